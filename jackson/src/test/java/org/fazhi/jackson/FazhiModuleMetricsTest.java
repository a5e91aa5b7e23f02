package org.fazhi.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.jackson.Samples.MAPPER;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.metrics.exact.Change;
import org.fazhi.metrics.exact.ChangeKind;
import org.fazhi.metrics.exact.Comparison;
import org.fazhi.metrics.check.CheckResult;
import org.fazhi.metrics.check.FigureCheck;
import org.fazhi.metrics.engine.Caliber;
import org.fazhi.metrics.engine.FormCount;
import org.fazhi.metrics.exact.Fraction;
import org.fazhi.metrics.exact.Outcome;
import org.fazhi.metrics.exact.RoundingPolicy;
import org.fazhi.metrics.exact.UndefinedReason;
import org.fazhi.metrics.indicator.Band;
import org.fazhi.metrics.indicator.Bands;
import org.fazhi.metrics.indicator.Catalog;
import org.fazhi.metrics.indicator.Formula;
import org.fazhi.metrics.indicator.Indicator;
import org.fazhi.metrics.indicator.IndicatorUnit;
import org.fazhi.metrics.indicator.Interval;
import org.fazhi.metrics.indicator.Polarity;
import org.fazhi.metrics.indicator.StandardCatalog;
import org.fazhi.metrics.indicator.Target;
import org.fazhi.metrics.indicator.TargetBasis;
import org.fazhi.metrics.indicator.TargetStatus;
import org.fazhi.metrics.measure.Measure;
import org.fazhi.metrics.scorecard.Scorecard;
import org.fazhi.metrics.scorecard.ScorecardRow;
import org.fazhi.metrics.exact.Tally;
import org.fazhi.metrics.indicator.IndicatorValue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FazhiModuleMetricsTest {

  static final Catalog STANDARD = StandardCatalog.catalog();
  static final Indicator RESOLUTION = STANDARD.indicator("MED-RESOLUTION");
  static final ReportingPeriod Y2024 = ReportingPeriod.year(2024);

  static final Bands SCALE = Bands.of(List.of(
      Band.of("不合格", "fail", "[0,60)"), Band.of("合格", "pass", "[60,85)"),
      Band.of("良好", "good", "[85,95)"), Band.of("优秀", "excellent", "[95,100]")));

  static final Indicator BANDED = Indicator.builder()
      .code("MED-RESOLUTION-LOCAL").chineseName("矛盾纠纷化解率（本地）")
      .englishName("dispute resolution rate (local)")
      .formula(Formula.proportion(Measure.parse("mediation.resolved"),
          Measure.parse("mediation.cases")).excluding(Measure.formOnly("mediation.withdrawn")))
      .unit(IndicatorUnit.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
      .target(Target.parse("≥95.5")).bands(SCALE).rounding(RoundingPolicy.halfEven(1))
      .build();

  static final Indicator RATIO = Indicator.builder()
      .code("CASES-PER-MEDIATOR").chineseName("人均调解").englishName("cases per mediator")
      .formula(Formula.ratio(Measure.parse("mediation.cases"), Measure.formOnly("mediation.staff")))
      .unit(IndicatorUnit.PERCENT).polarity(Polarity.NEUTRAL)
      .build();

  static Stream<Arguments> values() {
    IndicatorValue tally = IndicatorValue.ofTally(
        RESOLUTION, "2024.1", Samples.COUNTY, Y2024, Tally.of(900, 930));
    Change change = Change.relative(Comparison.YEAR_ON_YEAR, 45, 9);
    return Stream.of(
        Arguments.of(Catalog.class, STANDARD),
        Arguments.of(Indicator.class, BANDED),
        Arguments.of(Indicator.class, RATIO),
        Arguments.of(Indicator.class, STANDARD.indicator("RECON-RECEIVED-YOY")),
        Arguments.of(Indicator.class, STANDARD.indicator("RECT-COMPLETION")),
        Arguments.of(Indicator.class, STANDARD.indicator("MED-AMOUNT")),
        Arguments.of(Formula.class, BANDED.formula()),
        Arguments.of(Band.class, SCALE.bands().get(0)),
        Arguments.of(Bands.class, SCALE),
        Arguments.of(Outcome.class, Outcome.of(Fraction.of(30, 31))),
        Arguments.of(Outcome.class, Outcome.of(Fraction.of(-4))),
        Arguments.of(Outcome.class, Outcome.undefined(UndefinedReason.ZERO_BASE)),
        Arguments.of(Tally.class, Tally.of(27, 30, 1, 2)),
        Arguments.of(Change.class, change),
        Arguments.of(Change.class, Change.of(ChangeKind.POINTS, Comparison.PERIOD_ON_PERIOD,
            Outcome.of(Fraction.of(1, 2)), Outcome.undefined(UndefinedReason.MISSING_INPUT))),
        Arguments.of(IndicatorValue.class, tally),
        Arguments.of(IndicatorValue.class, IndicatorValue.ofTotal(
            STANDARD.indicator("RECON-RECEIVED"), "2024.1", Samples.COUNTY, Y2024, 45)),
        Arguments.of(IndicatorValue.class, IndicatorValue.ofChange(
            STANDARD.indicator("RECON-RECEIVED-YOY"), "2024.1", Samples.COUNTY, Y2024, change)),
        Arguments.of(IndicatorValue.class,
            IndicatorValue.missing(RESOLUTION, "2024.1", Samples.JUSTICE, Y2024)),
        Arguments.of(CheckResult.class, FigureCheck.check(tally.outcome(), "96.78%")),
        Arguments.of(CheckResult.class,
            FigureCheck.check(Outcome.undefined(UndefinedReason.ZERO_DENOMINATOR), "5%")),
        Arguments.of(Caliber.class, Caliber.of(59, TargetBasis.ROUNDED_VALUE)),
        Arguments.of(FormCount.class,
            new FormCount(Samples.COUNTY, Y2024,
                Measure.parse("finding.raised[ISSUE_REVIEW]"), 13)),
        Arguments.of(Measure.class, Measure.formOnly("legal_aid.consultations")),
        Arguments.of(Fraction.class, Fraction.of(-30, 31)),
        Arguments.of(RoundingPolicy.class, RoundingPolicy.truncate(0)),
        Arguments.of(Target.class, Target.parse("≤5.25")),
        Arguments.of(Interval.class, Interval.parse("(-∞,60)")),
        Arguments.of(TargetStatus.class, TargetStatus.NOT_MET),
        Arguments.of(ScorecardRow.class, ScorecardJsonTest.row("RECON-RECEIVED")),
        Arguments.of(ScorecardRow.class, ScorecardJsonTest.row("RECON-RECEIVED-YOY")),
        Arguments.of(Scorecard.class, ScorecardJsonTest.SCORECARD));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("values")
  <T> void everyMetricsTypeRoundTrips(Class<T> type, T value) throws Exception {
    String json = MAPPER.writeValueAsString(value);
    T read = MAPPER.readerFor(type)
        .withAttribute(FazhiModule.CATALOG_ATTRIBUTE, STANDARD)
        .readValue(json);

    assertThat(read).isEqualTo(value);
    assertThat(MAPPER.writeValueAsString(read)).isEqualTo(json);
  }

  @Nested
  class Format {

    @Test
    void anOutcomeIsAnExactFractionWithAnInformationalDecimal() throws Exception {
      assertThat(MAPPER.writeValueAsString(Outcome.of(Fraction.of(900, 930))))
          .isEqualTo("{\"value\":\"30/31\",\"decimal\":\"0.967741935484\"}");
      assertThat(MAPPER.writeValueAsString(Outcome.of(Fraction.of(4))))
          .isEqualTo("{\"value\":\"4\",\"decimal\":\"4.000000000000\"}");
      assertThat(MAPPER.writeValueAsString(Outcome.undefined(UndefinedReason.ZERO_DENOMINATOR)))
          .isEqualTo("{\"undefined\":\"ZERO_DENOMINATOR\"}");
    }

    @Test
    void formulasAreObjectsWithOneKey() throws Exception {
      assertThat(MAPPER.writeValueAsString(STANDARD.indicator("RECT-COMPLETION").formula()))
          .isEqualTo("{\"proportion\":{\"numerator\":\"finding.rectified\","
              + "\"denominator\":\"finding.raised\",\"exceptions\":\"finding.long_term\"}}");
      assertThat(MAPPER.writeValueAsString(STANDARD.indicator("MED-CASES").formula()))
          .isEqualTo("{\"total\":\"mediation.cases\"}");
      assertThat(MAPPER.writeValueAsString(STANDARD.indicator("RECON-RECEIVED-YOY").formula()))
          .isEqualTo("{\"changeOf\":{\"indicator\":\"RECON-RECEIVED\",\"kind\":\"RELATIVE\","
              + "\"comparison\":\"YEAR_ON_YEAR\"}}");
      assertThat(MAPPER.writeValueAsString(RATIO.formula()))
          .isEqualTo("{\"ratio\":{\"numerator\":\"mediation.cases\","
              + "\"denominator\":\"mediation.staff\"}}");
    }

    @Test
    void anIndicatorReadsUnitsAndPolaritiesInChinese() throws Exception {
      String json = """
          {"code": "MED-CASES-LOCAL", "chineseName": "调解案件", "englishName": "disputes",
           "unit": "件", "polarity": "中性", "formula": {"total": "mediation.cases"},
           "target": ">=100", "bands": [{"chinese": "达标", "english": "met",
           "interval": "[100,+∞)"}]}""";

      Indicator indicator = MAPPER.readValue(json, Indicator.class);

      assertThat(indicator.unit()).isEqualTo(IndicatorUnit.CASES);
      assertThat(indicator.polarity()).isEqualTo(Polarity.NEUTRAL);
      assertThat(indicator.target()).contains(Target.atLeast(BigDecimal.valueOf(100)));
      assertThat(indicator.rounding()).isEqualTo(RoundingPolicy.DEFAULT);
      assertThat(indicator.caliber()).isEmpty();
      assertThat(MAPPER.valueToTree(indicator).get("target").asText()).isEqualTo("≥100");
    }

    @Test
    void anIndicatorValueNamesItsIndicatorByCodeAndResolvesItInTheGivenCatalog()
        throws Exception {
      Catalog local = Catalog.builder().id("local").version("1").addIndicators(BANDED).build();
      IndicatorValue value = IndicatorValue.ofTally(
          BANDED, "1", Samples.TOWNSHIP, Y2024, Tally.of(90, 100, 5, 0));
      String json = MAPPER.writeValueAsString(value);

      assertThat(json).startsWith("{\"indicator\":\"MED-RESOLUTION-LOCAL\","
          + "\"catalogVersion\":\"1\",\"unit\":\"640424100\",\"period\":\"2024\",\"tally\":{\"numerator\":90,");
      IndicatorValue read = MAPPER.readerFor(IndicatorValue.class)
          .withAttribute(FazhiModule.CATALOG_ATTRIBUTE, local).readValue(json);
      assertThat(read).isEqualTo(value);
      assertThatThrownBy(() -> MAPPER.readValue(json, IndicatorValue.class))
          .hasMessageStartingWith("$.indicator (line 1, column 14): IndicatorValue.indicator ="
              + " \"MED-RESOLUTION-LOCAL\": is not an indicator of the catalog");
    }

    @Test
    void aMissingValueIsMarkedMissing() throws Exception {
      String json = MAPPER.writeValueAsString(
          IndicatorValue.missing(RESOLUTION, "2024.1", Samples.COUNTY, Y2024));

      assertThat(json).contains("\"missing\":true,\"outcome\":{\"undefined\":\"MISSING_INPUT\"}");
      assertThat(json).doesNotContain("tally").doesNotContain("total");
    }
  }

  @Nested
  class DerivedValuesAreCheckedNotTrusted {

    @Test
    void aDecimalThatIsNotTheValueIsRejected() {
      String json = "{\"value\": \"30/31\", \"decimal\": \"0.967800000000\"}";

      assertThatThrownBy(() -> MAPPER.readValue(json, Outcome.class))
          .hasMessage("$.decimal (line 1, column 31): Outcome.decimal = \"0.967800000000\": must"
              + " be the value 30/31 to 12 places, HALF_UP: 0.967741935484");
    }

    @Test
    void anOutcomeHasAValueOrAReasonNotBoth() {
      assertThatThrownBy(() -> MAPPER.readValue(
              "{\"value\": \"1\", \"undefined\": \"ZERO_BASE\"}", Outcome.class))
          .hasMessageContaining("must have either a value or an undefined reason");
      assertThatThrownBy(() -> MAPPER.readValue("{}", Outcome.class))
          .hasMessageContaining("must have either a value or an undefined reason");
    }

    @Test
    void aValueWhoseOutcomeIsNotItsCountsIsRejected() throws Exception {
      String json = MAPPER.writeValueAsString(IndicatorValue.ofTally(
              RESOLUTION, "2024.1", Samples.COUNTY, Y2024, Tally.of(900, 930)))
          .replace("\"30/31\"", "\"31/31\"").replace("0.967741935484", "1.000000000000");

      assertThatThrownBy(() -> MAPPER.readValue(json, IndicatorValue.class))
          .hasMessageContaining("$.outcome (line 1, column ")
          .hasMessageContaining("IndicatorValue.outcome = 1: must be the outcome of the value's"
              + " counts (30/31)");
    }

    @Test
    void aChangeWhoseOutcomeIsNotTheChangeIsRejected() throws Exception {
      String json = MAPPER.writeValueAsString(Change.relative(Comparison.YEAR_ON_YEAR, 45, 9))
          .replace("{\"value\":\"4\",\"decimal\":\"4.000000000000\"}", "{\"value\":\"5\"}");

      assertThatThrownBy(() -> MAPPER.readValue(json, Change.class))
          .hasMessageContaining("Change.outcome = 5: must be the change from base to current (4)");
    }

    @Test
    void aValueHasExactlyOneOfTallyTotalChangeOrMissing() {
      String json = """
          {"indicator": "RECON-RECEIVED", "catalogVersion": "2024.1", "unit": "640424",
           "period": "2024", "total": 45, "missing": true}""";

      assertThatThrownBy(() -> MAPPER.readValue(json, IndicatorValue.class))
          .hasMessage("$ (line 1, column 1): IndicatorValue = 2 of them: must have exactly one"
              + " of tally, total, change or missing");
    }

    @Test
    void aProportionAboveOneIsRejectedWithTheIndicatorAndUnit() {
      String json = """
          {"indicator": "MED-RESOLUTION", "catalogVersion": "2024.1", "unit": "640424",
           "period": "2024", "tally": {"numerator": 940, "denominator": 930}}""";

      assertThatThrownBy(() -> MAPPER.readValue(json, IndicatorValue.class))
          .hasMessage("$ (line 1, column 1): MED-RESOLUTION(640424, 2024).numerator = 940: must"
              + " not exceed the effective denominator (930) of a proportion");
    }
  }

  @Nested
  class Failures {

    @Test
    void aFormulaHoldsExactlyOneKind() {
      assertThatThrownBy(() -> MAPPER.readValue(
              "{\"total\": \"mediation.cases\", \"ratio\": {\"numerator\": \"mediation.cases\","
                  + " \"denominator\": \"mediation.resolved\"}}", Formula.class))
          .isInstanceOf(JsonMappingException.class)
          .hasMessage("$ (line 1, column 1): Formula = 2 formulas: must hold exactly one of"
              + " proportion, ratio, total or changeOf");
    }

    @Test
    void bandsThatLeaveAGapAreRejectedAtTheirArray() {
      String json = """
          {"code": "X", "chineseName": "x", "englishName": "x", "unit": "PERCENT",
           "polarity": "HIGHER_IS_BETTER",
           "formula": {"proportion": {"numerator": "exam.passed", "denominator": "exam.sat"}},
           "bands": [{"chinese": "合格", "english": "pass", "interval": "[60,80)"},
                     {"chinese": "优秀", "english": "excellent", "interval": "[85,100]"}]}""";

      assertThatThrownBy(() -> MAPPER.readValue(json, Indicator.class))
          .hasMessageStartingWith("$.bands (line 4, column 11): Bands[1] = 优秀/excellent"
              + " [85,100]: must begin where 合格/pass [60,80) ends");
    }

    @Test
    void aMalformedMeasureIsReportedAtItsPath() {
      String json = "{\"total\": \"Mediation Cases\"}";

      assertThatThrownBy(() -> MAPPER.readValue(json, Formula.class))
          .hasMessage("$.total (line 1, column 11): Formula.total = \"Mediation Cases\": must be"
              + " dotted lower-case words, optionally with a [QUALIFIER]");
    }

    @Test
    void aNegativeCountInATallyIsRejected() {
      assertThatThrownBy(() -> MAPPER.readValue(
              "{\"numerator\": -1, \"denominator\": 3}", Tally.class))
          .hasMessage("$.numerator (line 1, column 15): Tally.numerator = -1: must not be"
              + " negative");
    }

    @Test
    void theScalarTypesNameTheirRule() {
      assertThatThrownBy(() -> MAPPER.readValue("\"2024-Q5\"", ReportingPeriod.class))
          .hasMessage("$ (line 1, column 1): ReportingPeriod = \"2024-Q5\": must be YYYY,"
              + " YYYY-H1, YYYY-Q3 or YYYY-MM");
      assertThatThrownBy(() -> MAPPER.readValue("640424", UnitCode.class))
          .hasMessage("$ (line 1, column 1): UnitCode = 640424: must be a unit code in double"
              + " quotes");
      assertThatThrownBy(() -> MAPPER.readValue("\"HALF_DOWN(2)\"", RoundingPolicy.class))
          .hasMessageContaining("must be HALF_UP(n), HALF_EVEN(n) or DOWN(n)");
    }
  }

  @Test
  void theStandardCatalogRoundTripsIndicatorByIndicator() throws Exception {
    String json = MAPPER.writeValueAsString(STANDARD);
    Catalog read = MAPPER.readValue(json, Catalog.class);

    assertThat(read.indicators()).hasSize(STANDARD.indicators().size());
    for (int i = 0; i < read.indicators().size(); i++) {
      assertThat(read.indicators().get(i)).isEqualTo(STANDARD.indicators().get(i));
    }
    assertThat(read.id()).isEqualTo(StandardCatalog.ID);
    assertThat(read.version()).isEqualTo(StandardCatalog.VERSION);
    assertThat(Optional.of(read)).contains(STANDARD);
  }
}
