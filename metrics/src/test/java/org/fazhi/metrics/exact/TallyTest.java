package org.fazhi.metrics.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.metrics.testing.Invalid.assertArithmetic;
import static org.fazhi.metrics.testing.Invalid.assertInvalid;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link Tally}. */
class TallyTest {

  private static final long MAX = Long.MAX_VALUE;

  /** A valid tally with counts up to {@code bound}. */
  private static Tally anyTally(Random random, int bound) {
    long denominator = random.nextInt(bound + 1);
    long exclusions = denominator == 0 ? 0 : random.nextInt((int) denominator + 1);
    long exceptions = random.nextInt((int) (denominator - exclusions) + 1);
    long numerator = random.nextInt(bound + 1);
    return Tally.of(numerator, denominator, exclusions, exceptions);
  }

  //-----------------------------------------------------------------------
  // of(long, long), of(long, long, long, long)
  //-----------------------------------------------------------------------
  @Test
  void of() {
    Tally tally = Tally.of(27, 30, 1, 2);
    assertThat(tally.numerator()).isEqualTo(27);
    assertThat(tally.denominator()).isEqualTo(30);
    assertThat(tally.exclusions()).isEqualTo(1);
    assertThat(tally.exceptions()).isEqualTo(2);
    assertThat(tally.effectiveDenominator()).isEqualTo(27);
    assertThat(tally.isProportion()).isTrue();
    assertThat(tally.outcome()).isEqualTo(Outcome.of(Fraction.ONE));
  }

  @Test
  void of_twoCounts_removesNothing() {
    Tally tally = Tally.of(900, 930);
    assertThat(tally).isEqualTo(Tally.of(900, 930, 0, 0));
    assertThat(tally.exclusions()).isZero();
    assertThat(tally.exceptions()).isZero();
    assertThat(tally.effectiveDenominator()).isEqualTo(930);
  }

  @Test
  void of_zero() {
    assertThat(Tally.of(0, 0)).isEqualTo(Tally.ZERO);
    assertThat(Tally.ZERO.outcome()).isEqualTo(Outcome.undefined(UndefinedReason.ZERO_DENOMINATOR));
  }

  @Test
  void of_extremes() {
    Tally tally = Tally.of(MAX, MAX, MAX - 1, 1);
    assertThat(tally.effectiveDenominator()).isZero();
    assertThat(tally.outcome()).isEqualTo(Outcome.undefined(UndefinedReason.ZERO_DENOMINATOR));
    assertThat(Tally.of(MAX, MAX).outcome()).isEqualTo(Outcome.of(Fraction.ONE));
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        arguments(-1, 0, 0, 0, "Tally.numerator = -1: must not be negative"),
        arguments(Long.MIN_VALUE, 5, 0, 0,
            "Tally.numerator = -9223372036854775808: must not be negative"),
        arguments(0, -1, 0, 0, "Tally.denominator = -1: must not be negative"),
        arguments(0, 5, -1, 0, "Tally.exclusions = -1: must not be negative"),
        arguments(0, 5, 0, -2, "Tally.exceptions = -2: must not be negative"),
        arguments(0, 4, 3, 2, "Tally.exclusions + exceptions = 5: must not exceed denominator (4)"),
        arguments(0, 4, 5, 0, "Tally.exclusions + exceptions = 5: must not exceed denominator (4)"),
        arguments(0, 0, 0, 1, "Tally.exclusions + exceptions = 1: must not exceed denominator (0)"),
        // the numerator is checked before the denominator
        arguments(-1, -1, 0, 0, "Tally.numerator = -1: must not be negative"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void of_invalid(long numerator, long denominator, long exclusions, long exceptions,
      String message) {
    assertInvalid(() -> Tally.of(numerator, denominator, exclusions, exceptions), message);
  }

  @Test
  void of_invalid_twoCounts() {
    assertInvalid(() -> Tally.of(-1, 4), "Tally.numerator = -1: must not be negative");
    assertInvalid(() -> Tally.of(1, -4), "Tally.denominator = -4: must not be negative");
  }

  @Test
  void of_removalsOverflow() {
    assertArithmetic(() -> Tally.of(0, MAX, MAX, 1), "long overflow");
  }

  //-----------------------------------------------------------------------
  // effectiveDenominator(), isProportion(), outcome()
  //-----------------------------------------------------------------------
  @Test
  void isProportion() {
    assertThat(Tally.of(930, 930).isProportion()).isTrue();
    assertThat(Tally.of(931, 930).isProportion()).isFalse();
    assertThat(Tally.of(28, 30, 2, 0).isProportion()).isTrue();
    assertThat(Tally.of(29, 30, 2, 0).isProportion()).isFalse();
    assertThat(Tally.of(28, 30, 1, 1).isProportion()).isTrue();
    assertThat(Tally.of(0, 0).isProportion()).isTrue();
  }

  @Test
  void outcome_dividesByTheEffectiveDenominator() {
    // 29 findings, 1 under long-term rectification (an exception), 27 rectified: 27/28
    assertThat(Tally.of(27, 29, 0, 1).outcome()).isEqualTo(Outcome.of(Fraction.of(27, 28)));
    // 30 tasks, 2 cancelled (exclusions), 1 exception, 20 completed: 20/27
    assertThat(Tally.of(20, 30, 2, 1).outcome()).isEqualTo(Outcome.of(Fraction.of(20, 27)));
    // everything removed: 0 of 0
    assertThat(Tally.of(0, 3, 3, 0).outcome())
        .isEqualTo(Outcome.undefined(UndefinedReason.ZERO_DENOMINATOR));
    // a ratio may exceed one
    assertThat(Tally.of(45, 9).outcome()).isEqualTo(Outcome.of(Fraction.of(5)));
  }

  /** The seed report's rates, 四舍五入 to two decimals of a percent. */
  static Stream<Arguments> seedRates() {
    return Stream.of(
        arguments(900, 930, "96.77"),
        arguments(77, 122, "63.11"),
        arguments(13, 152, "8.55"),
        arguments(13, 13, "100.00"),
        arguments(2, 2, "100.00"),
        arguments(0, 0, null));
  }

  @ParameterizedTest
  @MethodSource("seedRates")
  void outcome_seedRates(long numerator, long denominator, String printed) {
    Outcome outcome = Tally.of(numerator, denominator).outcome();
    if (printed == null) {
      assertThat(outcome).isEqualTo(Outcome.undefined(UndefinedReason.ZERO_DENOMINATOR));
    } else {
      BigDecimal percent = RoundingPolicy.DEFAULT.round(
          outcome.fraction().orElseThrow().times(Fraction.HUNDRED));
      assertThat(percent).isEqualTo(new BigDecimal(printed));
    }
  }

  //-----------------------------------------------------------------------
  // plus(Tally)
  //-----------------------------------------------------------------------
  @Test
  void plus() {
    assertThat(Tally.of(1, 2, 0, 1).plus(Tally.of(90, 100, 3, 4)))
        .isEqualTo(Tally.of(91, 102, 3, 5));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void plus_isAssociativeAndCommutativeWithZeroAsIdentity(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 1_000; i++) {
      Tally a = anyTally(random, 1_000);
      Tally b = anyTally(random, 1_000);
      Tally c = anyTally(random, 1_000);
      assertThat(a.plus(b)).isEqualTo(b.plus(a));
      assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
      assertThat(a.plus(Tally.ZERO)).isEqualTo(a);
      assertThat(Tally.ZERO.plus(a)).isEqualTo(a);
      Tally sum = a.plus(b);
      assertThat(sum).isEqualTo(Tally.of(a.numerator() + b.numerator(),
          a.denominator() + b.denominator(), a.exclusions() + b.exclusions(),
          a.exceptions() + b.exceptions()));
      assertThat(sum.effectiveDenominator())
          .isEqualTo(a.effectiveDenominator() + b.effectiveDenominator());
      assertThat(sum.outcome()).isEqualTo(
          Outcome.ratio(a.numerator() + b.numerator(),
              a.effectiveDenominator() + b.effectiveDenominator()));
      if (a.isProportion() && b.isProportion()) {
        assertThat(sum.isProportion()).isTrue();
      }
    }
  }

  @Test
  void plus_overflow() {
    assertArithmetic(() -> Tally.of(MAX, MAX).plus(Tally.of(1, 1)), "long overflow");
    assertArithmetic(() -> Tally.of(0, MAX).plus(Tally.of(0, 1)), "long overflow");
    assertArithmetic(() -> Tally.of(0, MAX, MAX, 0).plus(Tally.of(0, 1, 1, 0)), "long overflow");
    assertArithmetic(() -> Tally.of(0, MAX, 0, MAX).plus(Tally.of(0, 1, 0, 1)), "long overflow");
    assertThat(Tally.of(MAX - 1, MAX - 1).plus(Tally.of(1, 1))).isEqualTo(Tally.of(MAX, MAX));
  }

  //-----------------------------------------------------------------------
  // equals(), hashCode(), toString(), nulls
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(Tally.of(900, 930), Tally.of(900, 930, 0, 0),
            Tally.of(400, 430).plus(Tally.of(500, 500)))
        .addEqualityGroup(Tally.of(901, 930))
        .addEqualityGroup(Tally.of(900, 931))
        // the same rate from other counts is another tally
        .addEqualityGroup(Tally.of(90, 93))
        .addEqualityGroup(Tally.of(900, 931, 1, 0))
        .addEqualityGroup(Tally.of(900, 931, 0, 1))
        .addEqualityGroup(Tally.ZERO, Tally.of(0, 0, 0, 0))
        .testEquals();
  }

  @Test
  void toString_showsRemovalsOnlyWhenThereAreAny() {
    assertThat(Tally.of(900, 930)).hasToString("900/930");
    assertThat(Tally.of(27, 29, 1, 0)).hasToString("27/28 (of 29, excl. 1, exc. 0)");
    assertThat(Tally.of(27, 30, 1, 2)).hasToString("27/27 (of 30, excl. 1, exc. 2)");
    assertThat(Tally.ZERO).hasToString("0/0");
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicInstanceMethods(Tally.of(1, 2));
  }
}
