package org.fazhi.metrics.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.metrics.testing.Invalid.assertInvalid;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.metrics.exact.Change;
import org.fazhi.metrics.exact.ChangeKind;
import org.fazhi.metrics.exact.Comparison;
import org.fazhi.metrics.exact.Fraction;
import org.fazhi.metrics.exact.Outcome;
import org.fazhi.metrics.exact.UndefinedReason;
import org.fazhi.metrics.measure.Measure;
import org.fazhi.metrics.measure.StandardMeasure;
import org.fazhi.metrics.exact.Tally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests {@link IndicatorValue}. */
class IndicatorValueTest {

  private static final Catalog CATALOG = StandardCatalog.catalog();
  private static final String VERSION = StandardCatalog.VERSION;
  private static final UnitCode JINGYUAN = UnitCode.parse("640424");
  private static final UnitCode GUYUAN = UnitCode.parse("640400");
  private static final ReportingPeriod Y2024 = ReportingPeriod.year(2024);
  private static final ReportingPeriod Y2023 = ReportingPeriod.year(2023);
  private static final Indicator RESOLUTION = CATALOG.indicator("MED-RESOLUTION");
  private static final Indicator RECEIVED = CATALOG.indicator("RECON-RECEIVED");
  private static final Indicator RECEIVED_YOY = CATALOG.indicator("RECON-RECEIVED-YOY");
  private static final Indicator AMOUNT = CATALOG.indicator("MED-AMOUNT");
  private static final Indicator RATIO = Indicator.builder()
      .code("RECON-PER-LAWSUIT")
      .chineseName("复议诉讼比")
      .englishName("reconsiderations per lawsuit")
      .formula(Formula.ratio(Measure.of(StandardMeasure.RECONSIDERATION_RECEIVED),
          Measure.of(StandardMeasure.LITIGATION_FILED)))
      .unit(IndicatorUnit.PERCENT)
      .polarity(Polarity.NEUTRAL)
      .build();

  private static IndicatorValue rate(Indicator indicator, Tally tally) {
    return IndicatorValue.ofTally(indicator, VERSION, JINGYUAN, Y2024, tally);
  }

  //-----------------------------------------------------------------------
  // ofTally(...)
  //-----------------------------------------------------------------------
  @Test
  void ofTally() {
    IndicatorValue value = rate(RESOLUTION, Tally.of(900, 930));
    assertThat(value.indicator()).isSameAs(RESOLUTION);
    assertThat(value.catalogVersion()).isEqualTo("2024.1");
    assertThat(value.unit()).isEqualTo(JINGYUAN);
    assertThat(value.period()).isEqualTo(Y2024);
    assertThat(value.tally()).contains(Tally.of(900, 930));
    assertThat(value.total()).isEmpty();
    assertThat(value.change()).isEmpty();
    assertThat(value.outcome()).isEqualTo(Outcome.of(Fraction.of(30, 31)));
  }

  @Test
  void ofTally_proportionAtItsLimit() {
    assertThat(rate(RESOLUTION, Tally.of(930, 930)).outcome()).isEqualTo(Outcome.of(Fraction.ONE));
    Indicator rectification = CATALOG.indicator("RECT-COMPLETION");
    // 13 findings, 1 under long-term rectification, 12 rectified: 12/12
    assertThat(rate(rectification, Tally.of(12, 13, 0, 1)).outcome())
        .isEqualTo(Outcome.of(Fraction.ONE));
  }

  @Test
  void ofTally_proportionAboveItsEffectiveDenominator() {
    assertInvalid(() -> rate(RESOLUTION, Tally.of(931, 930)),
        "MED-RESOLUTION(640424, 2024).numerator = 931: must not exceed the effective denominator"
            + " (930) of a proportion");
    Indicator rectification = CATALOG.indicator("RECT-COMPLETION");
    assertInvalid(() -> rate(rectification, Tally.of(13, 13, 0, 1)),
        "RECT-COMPLETION(640424, 2024).numerator = 13: must not exceed the effective denominator"
            + " (12) of a proportion");
    assertInvalid(() -> IndicatorValue.ofTally(RESOLUTION, VERSION, GUYUAN,
            ReportingPeriod.parse("2024-Q3"), Tally.of(1, 0)),
        "MED-RESOLUTION(640400, 2024-Q3).numerator = 1: must not exceed the effective denominator"
            + " (0) of a proportion");
  }

  @Test
  void ofTally_ratioMayExceedOne() {
    IndicatorValue value = rate(RATIO, Tally.of(45, 9));
    assertThat(value.outcome()).isEqualTo(Outcome.of(Fraction.of(5)));
  }

  @Test
  void ofTally_zeroDenominatorIsUndefined() {
    assertThat(rate(RESOLUTION, Tally.ZERO).outcome())
        .isEqualTo(Outcome.undefined(UndefinedReason.ZERO_DENOMINATOR));
  }

  @Test
  void ofTally_wrongKind() {
    assertInvalid(() -> rate(RECEIVED, Tally.of(1, 2)),
        "IndicatorValue.indicator = RECON-RECEIVED: is a COUNT; this factory takes a PROPORTION"
            + " or RATIO");
    assertInvalid(() -> rate(RECEIVED_YOY, Tally.of(1, 2)),
        "IndicatorValue.indicator = RECON-RECEIVED-YOY: is a CHANGE; this factory takes a"
            + " PROPORTION or RATIO");
  }

  //-----------------------------------------------------------------------
  // ofTotal(...)
  //-----------------------------------------------------------------------
  @Test
  void ofTotal() {
    IndicatorValue value = IndicatorValue.ofTotal(RECEIVED, VERSION, JINGYUAN, Y2024, 45);
    assertThat(value.total()).hasValue(45);
    assertThat(value.tally()).isEmpty();
    assertThat(value.change()).isEmpty();
    assertThat(value.outcome()).isEqualTo(Outcome.of(Fraction.of(45)));
    IndicatorValue zero = IndicatorValue.ofTotal(RECEIVED, VERSION, JINGYUAN, Y2024, 0);
    assertThat(zero.total()).hasValue(0);
    assertThat(zero.outcome()).isEqualTo(Outcome.of(Fraction.ZERO));
  }

  @Test
  void ofTotal_sumInYuan() {
    IndicatorValue value = IndicatorValue.ofTotal(AMOUNT, VERSION, JINGYUAN, Y2024, 78_000_000);
    assertThat(value.outcome()).isEqualTo(Outcome.of(Fraction.of(78_000_000)));
    assertThat(AMOUNT.printedValue(value.outcome().fraction().orElseThrow(),
            TargetBasis.ROUNDED_VALUE))
        .isEqualTo(Fraction.of(7800));
  }

  @Test
  void ofTotal_invalid() {
    assertInvalid(() -> IndicatorValue.ofTotal(RECEIVED, VERSION, JINGYUAN, Y2024, -1),
        "RECON-RECEIVED(640424, 2024).total = -1: must not be negative");
    assertInvalid(() -> IndicatorValue.ofTotal(RESOLUTION, VERSION, JINGYUAN, Y2024, 1),
        "IndicatorValue.indicator = MED-RESOLUTION: is a PROPORTION; this factory takes a COUNT"
            + " or SUM");
  }

  //-----------------------------------------------------------------------
  // ofChange(...)
  //-----------------------------------------------------------------------
  @Test
  void ofChange() {
    Change change = Change.relative(Comparison.YEAR_ON_YEAR, 45, 9);
    IndicatorValue value = IndicatorValue.ofChange(RECEIVED_YOY, VERSION, JINGYUAN, Y2024, change);
    assertThat(value.change()).contains(change);
    assertThat(value.tally()).isEmpty();
    assertThat(value.total()).isEmpty();
    assertThat(value.outcome()).isEqualTo(Outcome.of(Fraction.of(4)));
  }

  @Test
  void ofChange_fromZeroBase() {
    IndicatorValue value = IndicatorValue.ofChange(RECEIVED_YOY, VERSION, JINGYUAN, Y2024,
        Change.relative(Comparison.YEAR_ON_YEAR, 45, 0));
    assertThat(value.outcome()).isEqualTo(Outcome.undefined(UndefinedReason.ZERO_BASE));
  }

  @Test
  void ofChange_invalid() {
    assertInvalid(() -> IndicatorValue.ofChange(RECEIVED_YOY, VERSION, JINGYUAN, Y2024,
            Change.relative(Comparison.PERIOD_ON_PERIOD, 45, 9)),
        "RECON-RECEIVED-YOY.change = PERIOD_ON_PERIOD RELATIVE: must be the indicator's"
            + " YEAR_ON_YEAR RELATIVE");
    assertInvalid(() -> IndicatorValue.ofChange(RECEIVED_YOY, VERSION, JINGYUAN, Y2024,
            Change.of(ChangeKind.ABSOLUTE, Comparison.YEAR_ON_YEAR,
                Outcome.of(Fraction.of(45)), Outcome.of(Fraction.of(9)))),
        "RECON-RECEIVED-YOY.change = YEAR_ON_YEAR ABSOLUTE: must be the indicator's"
            + " YEAR_ON_YEAR RELATIVE");
    assertInvalid(() -> IndicatorValue.ofChange(RECEIVED, VERSION, JINGYUAN, Y2024,
            Change.relative(Comparison.YEAR_ON_YEAR, 45, 9)),
        "IndicatorValue.indicator = RECON-RECEIVED: is a COUNT; this factory takes a CHANGE");
  }

  //-----------------------------------------------------------------------
  // the seed report's figures, through the standard catalog
  //-----------------------------------------------------------------------
  static Stream<Arguments> seedFigures() {
    return Stream.of(
        // indicator, numerator, denominator, printed (rounded under the indicator's policy)
        arguments("MED-RESOLUTION", 900, 930, "96.77"),
        arguments("EXAM-PASS", 77, 122, "63.11"),
        arguments("RECT-COMPLETION", 13, 13, "100.00"),
        arguments("DOC-FILING", 2, 2, "100.00"),
        arguments("DOC-TIMELY", 2, 2, "100.00"),
        arguments("DOC-CONFORMING", 2, 2, "100.00"),
        arguments("LIT-HEAD-APPEARANCE", 0, 0, null));
  }

  @ParameterizedTest
  @MethodSource("seedFigures")
  void seedFigures(String code, long numerator, long denominator, String printed) {
    Indicator indicator = CATALOG.indicator(code);
    IndicatorValue value = rate(indicator, Tally.of(numerator, denominator));
    if (printed == null) {
      assertThat(value.outcome()).isEqualTo(Outcome.undefined(UndefinedReason.ZERO_DENOMINATOR));
      indicator.target().ifPresent(t ->
          assertThat(indicator.judge(value.outcome(), TargetBasis.FULL_VALUE))
              .contains(TargetStatus.UNDEFINED));
    } else {
      Fraction shown = indicator.printedValue(value.outcome().fraction().orElseThrow(),
          TargetBasis.ROUNDED_VALUE);
      assertThat(shown).isEqualTo(Fraction.of(new BigDecimal(printed)));
      assertThat(indicator.rounding().round(indicator.unit().toPrinted(
              value.outcome().fraction().orElseThrow())))
          .isEqualTo(new BigDecimal(printed));
    }
  }

  @Test
  void seedFigure_growthOf400Percent() {
    IndicatorValue value = IndicatorValue.ofChange(RECEIVED_YOY, VERSION, JINGYUAN, Y2024,
        Change.relative(Comparison.YEAR_ON_YEAR, 45, 9));
    assertThat(RECEIVED_YOY.rounding().round(
            RECEIVED_YOY.unit().toPrinted(value.outcome().fraction().orElseThrow())))
        .isEqualTo(new BigDecimal("400.0"));
  }

  //-----------------------------------------------------------------------
  // equals(), hashCode(), toString(), nulls
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    Change growth = Change.relative(Comparison.YEAR_ON_YEAR, 45, 9);
    new EqualsTester()
        .addEqualityGroup(rate(RESOLUTION, Tally.of(900, 930)),
            rate(RESOLUTION, Tally.of(400, 430).plus(Tally.of(500, 500))))
        .addEqualityGroup(rate(RESOLUTION, Tally.of(90, 93)))
        .addEqualityGroup(IndicatorValue.ofTally(RESOLUTION, "2024.2", JINGYUAN, Y2024,
            Tally.of(900, 930)))
        .addEqualityGroup(IndicatorValue.ofTally(RESOLUTION, VERSION, GUYUAN, Y2024,
            Tally.of(900, 930)))
        .addEqualityGroup(IndicatorValue.ofTally(RESOLUTION, VERSION, JINGYUAN, Y2023,
            Tally.of(900, 930)))
        .addEqualityGroup(rate(CATALOG.indicator("EXAM-PASS"), Tally.of(900, 930)))
        .addEqualityGroup(IndicatorValue.ofTotal(RECEIVED, VERSION, JINGYUAN, Y2024, 45))
        .addEqualityGroup(IndicatorValue.ofTotal(RECEIVED, VERSION, JINGYUAN, Y2024, 0))
        .addEqualityGroup(IndicatorValue.ofChange(RECEIVED_YOY, VERSION, JINGYUAN, Y2024, growth),
            IndicatorValue.ofChange(RECEIVED_YOY, VERSION, JINGYUAN, Y2024,
                Change.of(ChangeKind.RELATIVE, Comparison.YEAR_ON_YEAR,
                    Outcome.ratio(90, 2), Outcome.ratio(9, 1))))
        .addEqualityGroup(IndicatorValue.ofChange(RECEIVED_YOY, VERSION, JINGYUAN, Y2024,
            Change.relative(Comparison.YEAR_ON_YEAR, 45, 0)))
        .testEquals();
  }

  @Test
  void toString_explainsTheFigure() {
    assertThat(rate(RESOLUTION, Tally.of(900, 930)))
        .hasToString("MED-RESOLUTION(640424, 2024) = 30/31 [900/930]");
    assertThat(rate(CATALOG.indicator("RECT-COMPLETION"), Tally.of(12, 13, 0, 1)))
        .hasToString("RECT-COMPLETION(640424, 2024) = 1 [12/12 (of 13, excl. 0, exc. 1)]");
    assertThat(IndicatorValue.ofTotal(RECEIVED, VERSION, JINGYUAN, Y2024, 45))
        .hasToString("RECON-RECEIVED(640424, 2024) = 45 [45]");
    assertThat(IndicatorValue.ofChange(RECEIVED_YOY, VERSION, JINGYUAN, Y2024,
            Change.relative(Comparison.YEAR_ON_YEAR, 45, 9)))
        .hasToString("RECON-RECEIVED-YOY(640424, 2024) = 4 [YEAR_ON_YEAR RELATIVE 9 → 45 = 4]");
  }

  /** A tester whose sample indicator suits the factory under test. */
  private static NullPointerTester tester(Indicator indicator) {
    return new NullPointerTester()
        .setDefault(Indicator.class, indicator)
        .setDefault(String.class, VERSION)
        .setDefault(UnitCode.class, JINGYUAN)
        .setDefault(ReportingPeriod.class, Y2024)
        .setDefault(Tally.class, Tally.of(1, 2))
        .setDefault(Change.class, Change.relative(Comparison.YEAR_ON_YEAR, 45, 9));
  }

  @Test
  void nulls() throws NoSuchMethodException {
    Class<?> i = Indicator.class;
    Class<?> s = String.class;
    Class<?> u = UnitCode.class;
    Class<?> p = ReportingPeriod.class;
    Method ofTally = IndicatorValue.class.getMethod("ofTally", i, s, u, p, Tally.class);
    Method ofTotal = IndicatorValue.class.getMethod("ofTotal", i, s, u, p, long.class);
    Method ofChange = IndicatorValue.class.getMethod("ofChange", i, s, u, p, Change.class);
    tester(RESOLUTION).testMethod(null, ofTally);
    tester(RATIO).testMethod(null, ofTally);
    tester(RECEIVED).testMethod(null, ofTotal);
    tester(AMOUNT).testMethod(null, ofTotal);
    tester(RECEIVED_YOY).testMethod(null, ofChange);
    tester(RESOLUTION).testAllPublicInstanceMethods(rate(RESOLUTION, Tally.of(1, 2)));
  }
}
