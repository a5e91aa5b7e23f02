package org.fazhi.metrics.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link Change}. */
class ChangeTest {

  private static final Outcome ZERO_DENOMINATOR =
      Outcome.undefined(UndefinedReason.ZERO_DENOMINATOR);
  private static final Outcome INPUT_UNDEFINED =
      Outcome.undefined(UndefinedReason.INPUT_UNDEFINED);

  private static Outcome count(long value) {
    return Outcome.of(Fraction.of(value));
  }

  //-----------------------------------------------------------------------
  // relative(Comparison, long, long)
  //-----------------------------------------------------------------------
  @Test
  void relative_seed_45Against9IsGrowthOf400Percent() {
    Change change = Change.relative(Comparison.YEAR_ON_YEAR, 45, 9);
    assertThat(change.kind()).isEqualTo(ChangeKind.RELATIVE);
    assertThat(change.comparison()).isEqualTo(Comparison.YEAR_ON_YEAR);
    assertThat(change.current()).isEqualTo(count(45));
    assertThat(change.base()).isEqualTo(count(9));
    assertThat(change.outcome()).isEqualTo(Outcome.of(Fraction.of(4)));
    assertThat(RoundingPolicy.halfUp(1).round(
            change.outcome().fraction().orElseThrow().times(Fraction.HUNDRED)))
        .isEqualTo(new BigDecimal("400.0"));
  }

  static Stream<Arguments> relatives() {
    return Stream.of(
        arguments(45, 9, "4"),
        arguments(9, 9, "0"),
        arguments(30, 50, "-2/5"),
        arguments(0, 7, "-1"),
        arguments(1, 3, "-2/3"),
        arguments(Long.MAX_VALUE, 1, "9223372036854775806"),
        arguments(Long.MAX_VALUE, Long.MAX_VALUE - 1, "1/9223372036854775806"));
  }

  @ParameterizedTest
  @MethodSource("relatives")
  void relative(long current, long base, String expected) {
    assertThat(Change.relative(Comparison.PERIOD_ON_PERIOD, current, base).outcome())
        .isEqualTo(Outcome.of(Fraction.parse(expected)));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 45, Long.MAX_VALUE})
  void relative_fromZeroBaseIsUndefined(long current) {
    for (Comparison comparison : Comparison.values()) {
      assertThat(Change.relative(comparison, current, 0).outcome())
          .isEqualTo(Outcome.undefined(UndefinedReason.ZERO_BASE));
    }
  }

  /** Growth applied to its base gives back the current value, exactly. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void relative_appliedToItsBaseGivesTheCurrentValue(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 1_000; i++) {
      long current = random.nextBoolean() ? random.nextInt(10_000) : random.nextLong() >>> 1;
      long base = 1 + (random.nextBoolean() ? random.nextInt(10_000) : random.nextLong() >>> 2);
      Fraction growth =
          Change.relative(Comparison.YEAR_ON_YEAR, current, base).outcome().fraction().orElseThrow();
      assertThat(Fraction.of(base).times(Fraction.ONE.plus(growth)))
          .as("%s from %s", current, base)
          .isEqualTo(Fraction.of(current));
      assertThat(growth.signum()).isEqualTo(Long.compare(current, base));
    }
  }

  //-----------------------------------------------------------------------
  // of(ChangeKind, Comparison, Outcome, Outcome)
  //-----------------------------------------------------------------------
  @Test
  void of_points_isTheDifferenceOfTheRates() {
    // 96.77% last year, 100% this year: 3.23 points, never "growth of 3.33%"
    Outcome current = Tally.of(13, 13).outcome();
    Outcome base = Tally.of(900, 930).outcome();
    Change points = Change.of(ChangeKind.POINTS, Comparison.YEAR_ON_YEAR, current, base);
    assertThat(points.outcome()).isEqualTo(Outcome.of(Fraction.of(1, 31)));
    Change relative = Change.of(ChangeKind.RELATIVE, Comparison.YEAR_ON_YEAR, current, base);
    assertThat(relative.outcome()).isEqualTo(Outcome.of(Fraction.of(1, 30)));
    assertThat(points.outcome()).isNotEqualTo(relative.outcome());
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14})
  void of_points_equalsDifferenceOfFractions(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 1_000; i++) {
      long d1 = 1 + random.nextInt(500);
      long d2 = 1 + random.nextInt(500);
      Tally current = Tally.of(random.nextInt((int) d1 + 1), d1);
      Tally base = Tally.of(random.nextInt((int) d2 + 1), d2);
      Change points =
          Change.of(ChangeKind.POINTS, Comparison.YEAR_ON_YEAR, current.outcome(), base.outcome());
      assertThat(points.outcome().fraction()).contains(Fraction.of(current.numerator(), d1)
          .minus(Fraction.of(base.numerator(), d2)));
      Change absolute =
          Change.of(ChangeKind.ABSOLUTE, Comparison.YEAR_ON_YEAR, count(d1), count(d2));
      assertThat(absolute.outcome().fraction()).contains(Fraction.of(d1 - d2));
    }
  }

  @Test
  void of_pointsAndAbsolute_fromZeroAreDefined() {
    assertThat(Change.of(ChangeKind.POINTS, Comparison.YEAR_ON_YEAR,
            Outcome.ratio(1, 2), Outcome.ratio(0, 5)).outcome())
        .isEqualTo(Outcome.of(Fraction.of(1, 2)));
    assertThat(Change.of(ChangeKind.ABSOLUTE, Comparison.YEAR_ON_YEAR, count(45), count(0))
            .outcome())
        .isEqualTo(count(45));
  }

  @Test
  void of_relative_fromZeroBaseIsUndefinedEvenFromAFraction() {
    assertThat(Change.of(ChangeKind.RELATIVE, Comparison.YEAR_ON_YEAR,
            Outcome.ratio(1, 2), Outcome.ratio(0, 5)).outcome())
        .isEqualTo(Outcome.undefined(UndefinedReason.ZERO_BASE));
    assertThat(Change.of(ChangeKind.RELATIVE, Comparison.YEAR_ON_YEAR,
            ZERO_DENOMINATOR, Outcome.ratio(0, 5)).outcome())
        .isEqualTo(Outcome.undefined(UndefinedReason.ZERO_BASE));
  }

  @ParameterizedTest
  @EnumSource(ChangeKind.class)
  void of_undefinedInputGivesUndefined(ChangeKind kind) {
    Outcome defined = Outcome.ratio(1, 2);
    assertThat(Change.of(kind, Comparison.YEAR_ON_YEAR, ZERO_DENOMINATOR, defined).outcome())
        .isEqualTo(INPUT_UNDEFINED);
    assertThat(Change.of(kind, Comparison.YEAR_ON_YEAR, defined, ZERO_DENOMINATOR).outcome())
        .isEqualTo(INPUT_UNDEFINED);
    assertThat(Change.of(kind, Comparison.YEAR_ON_YEAR, ZERO_DENOMINATOR, ZERO_DENOMINATOR)
            .outcome())
        .isEqualTo(INPUT_UNDEFINED);
  }

  @Test
  void of_keepsItsInputs() {
    Change change = Change.of(ChangeKind.ABSOLUTE, Comparison.PERIOD_ON_PERIOD, count(3), count(5));
    assertThat(change.kind()).isEqualTo(ChangeKind.ABSOLUTE);
    assertThat(change.comparison()).isEqualTo(Comparison.PERIOD_ON_PERIOD);
    assertThat(change.current()).isEqualTo(count(3));
    assertThat(change.base()).isEqualTo(count(5));
    assertThat(change.outcome()).isEqualTo(count(-2));
  }

  //-----------------------------------------------------------------------
  // equals(), hashCode(), toString(), nulls
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(Change.relative(Comparison.YEAR_ON_YEAR, 45, 9),
            Change.of(ChangeKind.RELATIVE, Comparison.YEAR_ON_YEAR, count(45), count(9)),
            Change.of(ChangeKind.RELATIVE, Comparison.YEAR_ON_YEAR,
                Outcome.ratio(90, 2), Outcome.ratio(27, 3)))
        .addEqualityGroup(Change.relative(Comparison.PERIOD_ON_PERIOD, 45, 9))
        .addEqualityGroup(Change.of(ChangeKind.ABSOLUTE, Comparison.YEAR_ON_YEAR, count(45), count(9)))
        .addEqualityGroup(Change.of(ChangeKind.POINTS, Comparison.YEAR_ON_YEAR, count(45), count(9)))
        .addEqualityGroup(Change.relative(Comparison.YEAR_ON_YEAR, 46, 9))
        .addEqualityGroup(Change.relative(Comparison.YEAR_ON_YEAR, 45, 10))
        .addEqualityGroup(Change.relative(Comparison.YEAR_ON_YEAR, 45, 0))
        .addEqualityGroup(Change.of(ChangeKind.RELATIVE, Comparison.YEAR_ON_YEAR,
            count(45), ZERO_DENOMINATOR))
        .testEquals();
  }

  @Test
  void toString_namesKindComparisonValuesAndOutcome() {
    assertThat(Change.relative(Comparison.YEAR_ON_YEAR, 45, 9))
        .hasToString("YEAR_ON_YEAR RELATIVE 9 → 45 = 4");
    assertThat(Change.relative(Comparison.YEAR_ON_YEAR, 45, 0))
        .hasToString("YEAR_ON_YEAR RELATIVE 0 → 45 = undefined(ZERO_BASE)");
    assertThat(Change.of(ChangeKind.POINTS, Comparison.PERIOD_ON_PERIOD,
            Outcome.ratio(1, 2), Outcome.ratio(1, 4)))
        .hasToString("PERIOD_ON_PERIOD POINTS 1/4 → 1/2 = 1/4");
  }

  @Test
  void nulls() {
    NullPointerTester tester =
        new NullPointerTester().setDefault(Outcome.class, Outcome.ratio(1, 2));
    tester.testAllPublicStaticMethods(Change.class);
    tester.testAllPublicInstanceMethods(Change.relative(Comparison.YEAR_ON_YEAR, 45, 9));
  }

  @Test
  void relative_negativeCountsAreRejected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Change.relative(Comparison.YEAR_ON_YEAR, -1, 9))
        .isInstanceOf(org.fazhi.core.validation.InvalidValueException.class)
        .hasMessage("Change.current = -1: must not be negative");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Change.relative(Comparison.YEAR_ON_YEAR, 1, -9))
        .isInstanceOf(org.fazhi.core.validation.InvalidValueException.class)
        .hasMessage("Change.base = -9: must not be negative");
  }
}
