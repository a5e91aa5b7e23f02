package org.fazhi.metrics.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.fazhi.metrics.testing.Invalid.assertInvalid;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.fazhi.metrics.exact.ChangeKind;
import org.fazhi.metrics.exact.Comparison;
import org.fazhi.metrics.exact.Fraction;
import org.fazhi.metrics.exact.Outcome;
import org.fazhi.metrics.exact.RoundingPolicy;
import org.fazhi.metrics.exact.UndefinedReason;
import org.fazhi.metrics.measure.Measure;
import org.fazhi.metrics.measure.StandardMeasure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link Indicator}. */
class IndicatorTest {

  private static final Formula PROPORTION = Formula.proportion(
      Measure.of(StandardMeasure.MEDIATION_RESOLVED), Measure.of(StandardMeasure.MEDIATION_CASES));
  private static final Formula RATIO = Formula.ratio(
      Measure.of(StandardMeasure.RECONSIDERATION_RECEIVED),
      Measure.of(StandardMeasure.LITIGATION_FILED));
  private static final Formula TOTAL = Formula.total(Measure.of(StandardMeasure.MEDIATION_CASES));
  private static final Formula AMOUNT =
      Formula.total(Measure.of(StandardMeasure.MEDIATION_AMOUNT_YUAN));
  private static final Band FAIL = Band.of("不合格", "fail", "[0,60)");
  private static final Band PASS = Band.of("合格", "pass", "[60,85)");
  private static final Band GOOD = Band.of("良好", "good", "[85,95)");
  private static final Band EXCELLENT = Band.of("优秀", "excellent", "[95,100]");
  private static final Bands SCALE = Bands.of(List.of(FAIL, PASS, GOOD, EXCELLENT));

  private static Formula change(ChangeKind kind) {
    return Formula.changeOf("MED-CASES", kind, Comparison.YEAR_ON_YEAR);
  }

  /** A builder with every required attribute but the formula and unit. */
  private static Indicator.Builder named(String code) {
    return Indicator.builder()
        .code(code)
        .chineseName("矛盾纠纷化解率")
        .englishName("dispute resolution rate")
        .polarity(Polarity.HIGHER_IS_BETTER);
  }

  private static Indicator indicator(String code, Formula formula, IndicatorUnit unit) {
    return named(code).formula(formula).unit(unit).build();
  }

  private static Indicator rate() {
    return named("MED-RESOLUTION").formula(PROPORTION).unit(IndicatorUnit.PERCENT).build();
  }

  private static Indicator rateWith(Target target, Bands bands, RoundingPolicy rounding) {
    return named("MED-RESOLUTION").formula(PROPORTION).unit(IndicatorUnit.PERCENT)
        .target(target).bands(bands).rounding(rounding).build();
  }

  //-----------------------------------------------------------------------
  // builder()
  //-----------------------------------------------------------------------
  @Test
  void builder() {
    Indicator indicator = named("MED-RESOLUTION")
        .formula(PROPORTION)
        .unit(IndicatorUnit.PERCENT)
        .caliber("调解成功的矛盾纠纷 / 受理调解的矛盾纠纷")
        .target(Target.parse("≥95"))
        .bands(SCALE)
        .rounding(RoundingPolicy.halfEven(1))
        .build();
    assertThat(indicator.code()).isEqualTo("MED-RESOLUTION");
    assertThat(indicator.chineseName()).isEqualTo("矛盾纠纷化解率");
    assertThat(indicator.englishName()).isEqualTo("dispute resolution rate");
    assertThat(indicator.formula()).isEqualTo(PROPORTION);
    assertThat(indicator.unit()).isEqualTo(IndicatorUnit.PERCENT);
    assertThat(indicator.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(indicator.caliber()).isEqualTo("调解成功的矛盾纠纷 / 受理调解的矛盾纠纷");
    assertThat(indicator.target()).contains(Target.parse("≥95"));
    assertThat(indicator.bands()).contains(SCALE);
    assertThat(indicator.rounding()).isEqualTo(RoundingPolicy.halfEven(1));
  }

  @Test
  void builder_defaults() {
    Indicator indicator = rate();
    assertThat(indicator.caliber()).isEmpty();
    assertThat(indicator.target()).isEmpty();
    assertThat(indicator.bands()).isEmpty();
    assertThat(indicator.rounding()).isEqualTo(RoundingPolicy.DEFAULT);
  }

  @Test
  void builder_missingAttributes() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Indicator.builder().code("X").build())
        .withMessageContaining("[chineseName, englishName, formula, unit, polarity]");
  }

  @Test
  void builder_rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> Indicator.builder().code(null));
    assertThatNullPointerException().isThrownBy(() -> Indicator.builder().formula(null));
    assertThatNullPointerException().isThrownBy(() -> Indicator.builder().target((Target) null));
  }

  //-----------------------------------------------------------------------
  // validation: code and names
  //-----------------------------------------------------------------------
  @ParameterizedTest
  @ValueSource(strings = {"A", "A1", "MED-RESOLUTION", "X-1", "RECON-RECEIVED-YOY", "A1-B2-C3"})
  void code_valid(String code) {
    assertThat(indicator(code, PROPORTION, IndicatorUnit.PERCENT).code()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "med-resolution", "Med-Resolution", "A--B", "-A", "A-", "1A", "A B",
      "A_B", "A.B", "ÄB", "İ", " A"})
  void code_invalid(String code) {
    assertInvalid(() -> indicator(code, PROPORTION, IndicatorUnit.PERCENT),
        "Indicator.code = \"" + code + "\": must be upper-case letters and digits joined by"
            + " hyphens, such as MED-RESOLVE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "　"})
  void names_blank(String blank) {
    assertInvalid(() -> Indicator.builder().code("A").chineseName(blank).englishName("a")
            .formula(TOTAL).unit(IndicatorUnit.CASES).polarity(Polarity.NEUTRAL).build(),
        "Indicator.chineseName = \"" + blank + "\": must not be blank");
    assertInvalid(() -> Indicator.builder().code("A").chineseName("甲").englishName(blank)
            .formula(TOTAL).unit(IndicatorUnit.CASES).polarity(Polarity.NEUTRAL).build(),
        "Indicator.englishName = \"" + blank + "\": must not be blank");
  }

  //-----------------------------------------------------------------------
  // kind() and the units each kind may be printed in
  //-----------------------------------------------------------------------
  static Stream<Arguments> kinds() {
    return Stream.of(
        arguments(PROPORTION, IndicatorUnit.PERCENT, IndicatorKind.PROPORTION),
        arguments(RATIO, IndicatorUnit.PERCENT, IndicatorKind.RATIO),
        arguments(TOTAL, IndicatorUnit.CASES, IndicatorKind.COUNT),
        arguments(TOTAL, IndicatorUnit.PERSON_TIMES, IndicatorKind.COUNT),
        arguments(AMOUNT, IndicatorUnit.TEN_THOUSAND_YUAN, IndicatorKind.SUM),
        arguments(change(ChangeKind.RELATIVE), IndicatorUnit.PERCENT, IndicatorKind.CHANGE),
        arguments(change(ChangeKind.POINTS), IndicatorUnit.PERCENTAGE_POINTS, IndicatorKind.CHANGE),
        arguments(change(ChangeKind.ABSOLUTE), IndicatorUnit.CASES, IndicatorKind.CHANGE));
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void kind(Formula formula, IndicatorUnit unit, IndicatorKind kind) {
    assertThat(indicator("X", formula, unit).kind()).isEqualTo(kind);
  }

  /** Every formula against every unit: accepted exactly where the rules say, else named. */
  @Test
  void unit_rules_exhaustive() {
    List<Formula> formulas = List.of(PROPORTION, RATIO, TOTAL, change(ChangeKind.RELATIVE),
        change(ChangeKind.POINTS), change(ChangeKind.ABSOLUTE));
    for (Formula formula : formulas) {
      for (IndicatorUnit unit : IndicatorUnit.values()) {
        boolean percent = unit == IndicatorUnit.PERCENT;
        boolean points = unit == IndicatorUnit.PERCENTAGE_POINTS;
        String expectedMessage;
        if (formula == PROPORTION || formula == RATIO) {
          String kind = formula == PROPORTION ? "proportion" : "ratio";
          expectedMessage = percent ? null
              : "Indicator.unit = " + unit + ": must be PERCENT for a " + kind + " (indicator X)";
        } else if (formula == TOTAL) {
          expectedMessage = !(percent || points) ? null
              : "Indicator.unit = " + unit
                  + ": a total is printed in a count or amount unit (indicator X)";
        } else if (formula.equals(change(ChangeKind.RELATIVE))) {
          expectedMessage = percent ? null
              : "Indicator.unit = " + unit + ": must be PERCENT for a change (indicator X)";
        } else if (formula.equals(change(ChangeKind.POINTS))) {
          expectedMessage = points ? null
              : "Indicator.unit = " + unit
                  + ": must be PERCENTAGE_POINTS for a change in points (indicator X)";
        } else {
          expectedMessage = null; // an absolute change is in its indicator's unit: see Catalog
        }
        if (expectedMessage == null) {
          assertThat(indicator("X", formula, unit).unit()).isEqualTo(unit);
        } else {
          assertInvalid(() -> indicator("X", formula, unit), expectedMessage);
        }
      }
    }
  }

  @Test
  void unit_messages() {
    assertInvalid(() -> indicator("MED-RESOLUTION", PROPORTION, IndicatorUnit.CASES),
        "Indicator.unit = CASES: must be PERCENT for a proportion (indicator MED-RESOLUTION)");
    assertInvalid(() -> indicator("MED-CASES-YOY", change(ChangeKind.POINTS), IndicatorUnit.PERCENT),
        "Indicator.unit = PERCENT: must be PERCENTAGE_POINTS for a change in points"
            + " (indicator MED-CASES-YOY)");
    assertInvalid(() -> indicator("MED-CASES", TOTAL, IndicatorUnit.PERCENT),
        "Indicator.unit = PERCENT: a total is printed in a count or amount unit"
            + " (indicator MED-CASES)");
  }

  //-----------------------------------------------------------------------
  // printedValue(Fraction, TargetBasis)
  //-----------------------------------------------------------------------
  @Test
  void printedValue() {
    Indicator rate = rate();
    Fraction seed = Fraction.of(900, 930);
    assertThat(rate.printedValue(seed, TargetBasis.FULL_VALUE)).isEqualTo(Fraction.of(3000, 31));
    assertThat(rate.printedValue(seed, TargetBasis.ROUNDED_VALUE))
        .isEqualTo(Fraction.of(new BigDecimal("96.77")));
    Indicator amount = indicator("MED-AMOUNT", AMOUNT, IndicatorUnit.TEN_THOUSAND_YUAN);
    assertThat(amount.printedValue(Fraction.of(78_000_000), TargetBasis.FULL_VALUE))
        .isEqualTo(Fraction.of(7800));
    assertThat(amount.printedValue(Fraction.of(12_345), TargetBasis.ROUNDED_VALUE))
        .isEqualTo(Fraction.of(new BigDecimal("1.23")));
    Indicator count = indicator("MED-CASES", TOTAL, IndicatorUnit.CASES);
    assertThat(count.printedValue(Fraction.of(930), TargetBasis.FULL_VALUE))
        .isEqualTo(Fraction.of(930));
  }

  //-----------------------------------------------------------------------
  // judge(Outcome, TargetBasis)
  //-----------------------------------------------------------------------
  @Test
  void judge_fullVersusRoundedValue() {
    Indicator indicator = rateWith(Target.parse("≥100"), SCALE, RoundingPolicy.halfUp(2));
    Outcome almost = Outcome.of(Fraction.of(99_996, 100_000)); // 99.996%
    assertThat(indicator.judge(almost, TargetBasis.FULL_VALUE)).contains(TargetStatus.NOT_MET);
    assertThat(indicator.judge(almost, TargetBasis.ROUNDED_VALUE)).contains(TargetStatus.MET);
    Indicator truncating = rateWith(Target.parse("≥100"), SCALE, RoundingPolicy.truncate(2));
    assertThat(truncating.judge(almost, TargetBasis.ROUNDED_VALUE))
        .contains(TargetStatus.NOT_MET);
  }

  static Stream<Arguments> judgements() {
    return Stream.of(
        // target, numerator, denominator, status on the full value
        arguments("≥100", 13, 13, TargetStatus.MET),
        arguments("≥100", 2, 2, TargetStatus.MET),
        arguments("≥100", 900, 930, TargetStatus.NOT_MET),
        arguments("≥96.77", 900, 930, TargetStatus.MET),
        arguments("≥96.78", 900, 930, TargetStatus.NOT_MET),
        arguments("≤5", 1, 20, TargetStatus.MET),
        arguments("≤5", 2, 20, TargetStatus.NOT_MET),
        arguments("≤5", 0, 20, TargetStatus.MET),
        arguments("≥100", 0, 0, TargetStatus.UNDEFINED),
        arguments("≤5", 0, 0, TargetStatus.UNDEFINED));
  }

  @ParameterizedTest
  @MethodSource("judgements")
  void judge(String target, long numerator, long denominator, TargetStatus status) {
    Indicator indicator = rateWith(Target.parse(target), SCALE, RoundingPolicy.DEFAULT);
    for (TargetBasis basis : TargetBasis.values()) {
      assertThat(indicator.judge(Outcome.ratio(numerator, denominator), basis)).contains(status);
    }
  }

  @ParameterizedTest
  @EnumSource(UndefinedReason.class)
  void judge_undefinedOutcome(UndefinedReason reason) {
    Indicator indicator = rateWith(Target.parse("≥100"), SCALE, RoundingPolicy.DEFAULT);
    for (TargetBasis basis : TargetBasis.values()) {
      assertThat(indicator.judge(Outcome.undefined(reason), basis)).contains(TargetStatus.UNDEFINED);
    }
  }

  @Test
  void judge_withoutTarget() {
    assertThat(rate().judge(Outcome.ratio(1, 2), TargetBasis.FULL_VALUE)).isEmpty();
    assertThat(rate().judge(Outcome.ratio(0, 0), TargetBasis.FULL_VALUE)).isEmpty();
  }

  //-----------------------------------------------------------------------
  // bandOf(Outcome, TargetBasis)
  //-----------------------------------------------------------------------
  static Stream<Arguments> bandEdges() {
    return Stream.of(
        // numerator / 100000, band on the full value, band on the value rounded HALF_UP(2)
        arguments(95_000, EXCELLENT, EXCELLENT),   // 95% is the inclusive lower end of 优秀
        arguments(94_999, GOOD, EXCELLENT),        // 94.999% rounds to 95.00%
        arguments(94_995, GOOD, EXCELLENT),
        arguments(94_994, GOOD, GOOD),
        arguments(85_000, GOOD, GOOD),
        arguments(84_999, PASS, GOOD),
        arguments(60_000, PASS, PASS),
        arguments(59_995, FAIL, PASS),
        arguments(59_994, FAIL, FAIL),
        arguments(0, FAIL, FAIL),
        arguments(100_000, EXCELLENT, EXCELLENT));
  }

  @ParameterizedTest
  @MethodSource("bandEdges")
  void bandOf_atTheEdges(long numerator, Band full, Band rounded) {
    Indicator indicator = rateWith(Target.parse("≥95"), SCALE, RoundingPolicy.halfUp(2));
    Outcome value = Outcome.ratio(numerator, 100_000);
    assertThat(indicator.bandOf(value, TargetBasis.FULL_VALUE)).contains(full);
    assertThat(indicator.bandOf(value, TargetBasis.ROUNDED_VALUE)).contains(rounded);
  }

  @Test
  void bandOf_noValueNoScaleOrOffTheScale() {
    Indicator indicator = rateWith(Target.parse("≥95"), SCALE, RoundingPolicy.DEFAULT);
    assertThat(indicator.bandOf(Outcome.ratio(0, 0), TargetBasis.FULL_VALUE)).isEmpty();
    assertThat(rate().bandOf(Outcome.ratio(1, 2), TargetBasis.FULL_VALUE)).isEmpty();
    Indicator ratio = named("R").formula(RATIO).unit(IndicatorUnit.PERCENT).bands(SCALE).build();
    assertThat(ratio.bandOf(Outcome.ratio(3, 2), TargetBasis.FULL_VALUE)).isEmpty();
  }

  //-----------------------------------------------------------------------
  // equals(), hashCode(), toString()
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(rateWith(Target.parse("≥100"), SCALE, RoundingPolicy.DEFAULT),
            rateWith(Target.parse("≥100.00"), SCALE, RoundingPolicy.halfUp(2)),
            rateWith(Target.atLeast(BigDecimal.valueOf(100)),
                Bands.of(List.of(FAIL, PASS, GOOD, Band.of("优秀", "excellent", "[95.0,100]"))),
                RoundingPolicy.DEFAULT))
        .addEqualityGroup(rateWith(Target.parse("≤100"), SCALE, RoundingPolicy.DEFAULT))
        .addEqualityGroup(rateWith(Target.parse("≥100"), SCALE, RoundingPolicy.halfEven(2)))
        .addEqualityGroup(rateWith(Target.parse("≥100"), Bands.of(List.of(EXCELLENT)),
            RoundingPolicy.DEFAULT))
        .addEqualityGroup(rate(), named("MED-RESOLUTION").formula(PROPORTION)
            .unit(IndicatorUnit.PERCENT).caliber("").target(Optional.empty()).build())
        .addEqualityGroup(named("MED-RESOLUTION").formula(PROPORTION).unit(IndicatorUnit.PERCENT)
            .caliber("调解成功").build())
        .addEqualityGroup(named("MED-RESOLUTION-2").formula(PROPORTION).unit(IndicatorUnit.PERCENT)
            .build())
        .addEqualityGroup(Indicator.builder().code("MED-RESOLUTION").chineseName("矛盾纠纷化解率")
            .englishName("dispute resolution rate").polarity(Polarity.LOWER_IS_BETTER)
            .formula(PROPORTION).unit(IndicatorUnit.PERCENT).build())
        .testEquals();
  }

  @Test
  void toString_codeAndChineseName() {
    assertThat(rate()).hasToString("MED-RESOLUTION 矛盾纠纷化解率");
  }
}
