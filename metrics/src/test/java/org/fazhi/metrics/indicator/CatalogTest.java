package org.fazhi.metrics.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.fazhi.metrics.testing.Invalid.assertInvalid;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.fazhi.core.supervision.InspectionKind;
import org.fazhi.metrics.exact.ChangeKind;
import org.fazhi.metrics.exact.Comparison;
import org.fazhi.metrics.measure.Measure;
import org.fazhi.metrics.measure.StandardMeasure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link Catalog}. */
class CatalogTest {

  private static final Measure RESOLVED = Measure.of(StandardMeasure.MEDIATION_RESOLVED);
  private static final Measure CASES = Measure.of(StandardMeasure.MEDIATION_CASES);
  private static final Measure AMOUNT = Measure.of(StandardMeasure.MEDIATION_AMOUNT_YUAN);
  private static final Measure RECTIFIED = Measure.of(StandardMeasure.FINDINGS_RECTIFIED);
  private static final Measure FINDINGS = Measure.of(StandardMeasure.FINDINGS);
  private static final Measure LONG_TERM = Measure.of(StandardMeasure.FINDINGS_LONG_TERM);

  private static final Indicator RESOLUTION =
      rate("MED-RESOLUTION", Formula.proportion(RESOLVED, CASES));
  private static final Indicator MED_CASES = count("MED-CASES", CASES, IndicatorUnit.CASES);
  private static final Indicator RECTIFICATION = rate("RECT-COMPLETION",
      Formula.proportion(RECTIFIED, FINDINGS).excepting(LONG_TERM));

  private static Indicator rate(String code, Formula formula) {
    return Indicator.builder().code(code).chineseName("率").englishName("rate").formula(formula)
        .unit(IndicatorUnit.PERCENT).polarity(Polarity.HIGHER_IS_BETTER).build();
  }

  private static Indicator count(String code, Measure measure, IndicatorUnit unit) {
    return Indicator.builder().code(code).chineseName("数").englishName("count")
        .formula(Formula.total(measure)).unit(unit).polarity(Polarity.NEUTRAL).build();
  }

  private static Indicator change(
      String code, String of, ChangeKind kind, Comparison comparison, IndicatorUnit unit) {
    return Indicator.builder().code(code).chineseName("变化").englishName("change")
        .formula(Formula.changeOf(of, kind, comparison)).unit(unit).polarity(Polarity.NEUTRAL)
        .build();
  }

  private static Catalog catalog(Indicator... indicators) {
    return Catalog.builder().id("test").version("1").addIndicators(indicators).build();
  }

  //-----------------------------------------------------------------------
  // builder()
  //-----------------------------------------------------------------------
  @Test
  void builder() {
    Catalog catalog = catalog(RESOLUTION, MED_CASES);
    assertThat(catalog.id()).isEqualTo("test");
    assertThat(catalog.version()).isEqualTo("1");
    assertThat(catalog.indicators()).containsExactly(RESOLUTION, MED_CASES);
  }

  @Test
  void builder_empty() {
    Catalog catalog = catalog();
    assertThat(catalog.indicators()).isEmpty();
    assertThat(catalog.measures()).isEmpty();
  }

  @Test
  void builder_missingAttributes() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Catalog.builder().addIndicators(RESOLUTION).build())
        .withMessageContaining("[id, version]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void builder_blankIdOrVersion(String blank) {
    assertInvalid(() -> Catalog.builder().id(blank).version("1").build(),
        "Catalog.id = \"" + blank + "\": must not be blank");
    assertInvalid(() -> Catalog.builder().id("test").version(blank).build(),
        "Catalog.version = \"" + blank + "\": must not be blank");
  }

  //-----------------------------------------------------------------------
  // validation of the indicators
  //-----------------------------------------------------------------------
  @Test
  void duplicateCodes() {
    Indicator other = rate("MED-RESOLUTION", Formula.proportion(RECTIFIED, FINDINGS));
    assertInvalid(() -> catalog(RESOLUTION, MED_CASES, other),
        "Catalog.indicators.code = MED-RESOLUTION: must appear only once");
    assertInvalid(() -> catalog(MED_CASES, MED_CASES),
        "Catalog.indicators.code = MED-CASES: must appear only once");
  }

  @Test
  void change_ofAMissingCode() {
    Indicator yoy = change("MED-CASES-YOY", "MED-CASE", ChangeKind.RELATIVE,
        Comparison.YEAR_ON_YEAR, IndicatorUnit.PERCENT);
    assertInvalid(() -> catalog(MED_CASES, yoy),
        "Indicator(MED-CASES-YOY).formula.indicatorCode = MED-CASE: is not in the catalog");
  }

  @Test
  void change_ofAChange() {
    Indicator yoy = change("MED-CASES-YOY", "MED-CASES", ChangeKind.RELATIVE,
        Comparison.YEAR_ON_YEAR, IndicatorUnit.PERCENT);
    Indicator yoyOfYoy = change("MED-CASES-YOY-YOY", "MED-CASES-YOY", ChangeKind.RELATIVE,
        Comparison.YEAR_ON_YEAR, IndicatorUnit.PERCENT);
    assertInvalid(() -> catalog(MED_CASES, yoy, yoyOfYoy),
        "Indicator(MED-CASES-YOY-YOY).formula.indicatorCode = MED-CASES-YOY:"
            + " must not itself be a change");
  }

  @Test
  void change_ofItself() {
    Indicator self = change("SELF", "SELF", ChangeKind.RELATIVE, Comparison.YEAR_ON_YEAR,
        IndicatorUnit.PERCENT);
    assertInvalid(() -> catalog(self),
        "Indicator(SELF).formula.indicatorCode = SELF: must not itself be a change");
  }

  @Test
  void change_inPointsOfAnIndicatorNotInPercent() {
    Indicator points = change("MED-CASES-PTS", "MED-CASES", ChangeKind.POINTS,
        Comparison.YEAR_ON_YEAR, IndicatorUnit.PERCENTAGE_POINTS);
    assertInvalid(() -> catalog(MED_CASES, points),
        "Indicator(MED-CASES-PTS).formula.indicatorCode = MED-CASES:"
            + " a change in points needs an indicator in percent");
  }

  @Test
  void change_absoluteInAnotherUnit() {
    Indicator absolute = change("MED-CASES-DIFF", "MED-CASES", ChangeKind.ABSOLUTE,
        Comparison.YEAR_ON_YEAR, IndicatorUnit.ITEMS);
    assertInvalid(() -> catalog(MED_CASES, absolute),
        "Indicator(MED-CASES-DIFF).unit = ITEMS: an absolute change is in its indicator's unit"
            + " (CASES)");
  }

  @Test
  void change_absoluteOfAPercentageIsRejectedForPoints() {
    Indicator absolute = change("MED-RESOLUTION-DIFF", "MED-RESOLUTION", ChangeKind.ABSOLUTE,
        Comparison.YEAR_ON_YEAR, IndicatorUnit.PERCENT);
    assertInvalid(() -> catalog(RESOLUTION, absolute),
        "Indicator(MED-RESOLUTION-DIFF).formula.indicatorCode = MED-RESOLUTION: the difference of"
            + " two percentages is a change in points: use POINTS, not ABSOLUTE");
  }

  @ParameterizedTest
  @EnumSource(Comparison.class)
  void change_valid(Comparison comparison) {
    Catalog catalog = catalog(
        RESOLUTION,
        MED_CASES,
        change("MED-RESOLUTION-PTS", "MED-RESOLUTION", ChangeKind.POINTS, comparison,
            IndicatorUnit.PERCENTAGE_POINTS),
        change("MED-RESOLUTION-GROWTH", "MED-RESOLUTION", ChangeKind.RELATIVE, comparison,
            IndicatorUnit.PERCENT),
        change("MED-CASES-GROWTH", "MED-CASES", ChangeKind.RELATIVE, comparison,
            IndicatorUnit.PERCENT),
        change("MED-CASES-DIFF", "MED-CASES", ChangeKind.ABSOLUTE, comparison,
            IndicatorUnit.CASES));
    assertThat(catalog.indicators()).hasSize(6);
  }

  @Test
  void change_mayComeBeforeTheIndicatorItIsOf() {
    Indicator yoy = change("MED-CASES-YOY", "MED-CASES", ChangeKind.RELATIVE,
        Comparison.YEAR_ON_YEAR, IndicatorUnit.PERCENT);
    assertThat(catalog(yoy, MED_CASES).indicator("MED-CASES-YOY")).isEqualTo(yoy);
  }

  //-----------------------------------------------------------------------
  // indicator(String)
  //-----------------------------------------------------------------------
  @Test
  void indicator() {
    Catalog catalog = catalog(RESOLUTION, MED_CASES);
    assertThat(catalog.indicator("MED-RESOLUTION")).isSameAs(RESOLUTION);
    assertThat(catalog.indicator("MED-CASES")).isSameAs(MED_CASES);
  }

  @Test
  void indicator_unknown() {
    Catalog catalog = catalog(RESOLUTION);
    assertInvalid(() -> catalog.indicator("MED-CASES"),
        "Indicator.code = MED-CASES: is not in catalog test 1");
    assertInvalid(() -> catalog.indicator("med-resolution"),
        "Indicator.code = med-resolution: is not in catalog test 1");
    assertThatNullPointerException().isThrownBy(() -> catalog.indicator(null));
  }

  //-----------------------------------------------------------------------
  // measures()
  //-----------------------------------------------------------------------
  @Test
  void measures_distinctInOrderOfFirstUse() {
    Measure issueReview = Measure.of(StandardMeasure.FINDINGS, InspectionKind.ISSUE_REVIEW);
    Catalog catalog = catalog(
        MED_CASES,                                                        // cases
        RESOLUTION,                                                       // resolved, cases
        count("MED-AMOUNT", AMOUNT, IndicatorUnit.TEN_THOUSAND_YUAN),     // amount
        change("MED-CASES-YOY", "MED-CASES", ChangeKind.RELATIVE, Comparison.YEAR_ON_YEAR,
            IndicatorUnit.PERCENT),                                       // none
        RECTIFICATION,                                  // rectified, findings, long term
        count("FINDINGS-ISSUE-REVIEW", issueReview, IndicatorUnit.ENTRIES), // findings[ISSUE_REVIEW]
        count("FINDINGS", FINDINGS, IndicatorUnit.ENTRIES));              // findings again
    assertThat(catalog.measures())
        .containsExactly(CASES, RESOLVED, AMOUNT, RECTIFIED, FINDINGS, LONG_TERM, issueReview);
  }

  //-----------------------------------------------------------------------
  // extending a catalog: builder().from(Catalog)
  //-----------------------------------------------------------------------
  @Test
  void from_extendsACatalog() {
    Catalog base = catalog(RESOLUTION, MED_CASES);
    Indicator yoy = change("MED-CASES-YOY", "MED-CASES", ChangeKind.RELATIVE,
        Comparison.YEAR_ON_YEAR, IndicatorUnit.PERCENT);
    Catalog extended = Catalog.builder().from(base).version("1+local").addIndicators(yoy).build();
    assertThat(extended.id()).isEqualTo("test");
    assertThat(extended.version()).isEqualTo("1+local");
    assertThat(extended.indicators()).containsExactly(RESOLUTION, MED_CASES, yoy);
    assertThat(extended.indicator("MED-CASES-YOY")).isEqualTo(yoy);
    assertThat(base.indicators()).containsExactly(RESOLUTION, MED_CASES);
  }

  @Test
  void from_extendsTheStandardCatalog() {
    Catalog standard = StandardCatalog.catalog();
    Indicator bands = Indicator.builder().code("MED-RESOLUTION-LOCAL").chineseName("矛盾纠纷化解率")
        .englishName("dispute resolution rate").formula(Formula.proportion(RESOLVED, CASES))
        .unit(IndicatorUnit.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
        .bands(Bands.of(List.of(Band.of("合格", "pass", "[0,95)"),
            Band.of("优秀", "excellent", "[95,100]"))))
        .build();
    Catalog local = Catalog.builder().from(standard).version("2024.1+local")
        .addIndicators(bands).build();
    assertThat(local.id()).isEqualTo(StandardCatalog.ID);
    assertThat(local.indicators()).hasSize(standard.indicators().size() + 1);
    assertThat(local.indicators()).startsWith(standard.indicators().toArray(new Indicator[0]));
    assertThat(local.indicators()).endsWith(bands);
    assertThat(local.measures()).containsExactlyElementsOf(standard.measures());
  }

  @Test
  void from_validatesTheExtension() {
    Catalog base = catalog(RESOLUTION, MED_CASES);
    assertInvalid(() -> Catalog.builder().from(base).version("2").addIndicators(MED_CASES).build(),
        "Catalog.indicators.code = MED-CASES: must appear only once");
    Indicator points = change("MED-CASES-PTS", "MED-CASES", ChangeKind.POINTS,
        Comparison.YEAR_ON_YEAR, IndicatorUnit.PERCENTAGE_POINTS);
    assertInvalid(() -> Catalog.builder().from(base).version("2").addIndicators(points).build(),
        "Indicator(MED-CASES-PTS).formula.indicatorCode = MED-CASES:"
            + " a change in points needs an indicator in percent");
  }

  @Test
  void from_leavesTheVersionToBeSet() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Catalog.builder().from(catalog(RESOLUTION)).build())
        .withMessageContaining("[version]");
    assertThatNullPointerException().isThrownBy(() -> Catalog.builder().from(null));
  }

  //-----------------------------------------------------------------------
  // equals(), hashCode(), toString()
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(catalog(RESOLUTION, MED_CASES), catalog(RESOLUTION, MED_CASES),
            Catalog.builder().from(catalog(RESOLUTION)).version("1").addIndicators(MED_CASES).build())
        .addEqualityGroup(catalog(MED_CASES, RESOLUTION))
        .addEqualityGroup(catalog(RESOLUTION))
        .addEqualityGroup(Catalog.builder().id("test").version("2")
            .addIndicators(RESOLUTION, MED_CASES).build())
        .addEqualityGroup(Catalog.builder().id("other").version("1")
            .addIndicators(RESOLUTION, MED_CASES).build())
        .testEquals();
  }

  @Test
  void toString_idVersionAndSize() {
    assertThat(catalog(RESOLUTION, MED_CASES)).hasToString("Catalog test 1 (2 indicators)");
  }
}
