package org.fazhi.metrics.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link Outcome}, {@link Outcome.Defined} and {@link Outcome.Undefined}. */
class OutcomeTest {

  //-----------------------------------------------------------------------
  // of(Fraction), undefined(UndefinedReason)
  //-----------------------------------------------------------------------
  @Test
  void of() {
    Outcome outcome = Outcome.of(Fraction.of(2, 4));
    assertThat(outcome.isDefined()).isTrue();
    assertThat(outcome.fraction()).contains(Fraction.of(1, 2));
    assertThat(outcome).isInstanceOf(Outcome.Defined.class);
    assertThat(((Outcome.Defined) outcome).value()).isEqualTo(Fraction.of(1, 2));
    assertThat(outcome).hasToString("1/2");
  }

  @ParameterizedTest
  @EnumSource(UndefinedReason.class)
  void undefined(UndefinedReason reason) {
    Outcome outcome = Outcome.undefined(reason);
    assertThat(outcome.isDefined()).isFalse();
    assertThat(outcome.fraction()).isEmpty();
    assertThat(outcome).isEqualTo(new Outcome.Undefined(reason));
    assertThat(((Outcome.Undefined) outcome).reason()).isEqualTo(reason);
    assertThat(outcome).hasToString("undefined(" + reason.name() + ")");
  }

  @Test
  void constructors_rejectNull() {
    assertThatNullPointerException().isThrownBy(() -> new Outcome.Defined(null))
        .withMessage("value");
    assertThatNullPointerException().isThrownBy(() -> new Outcome.Undefined(null))
        .withMessage("reason");
  }

  //-----------------------------------------------------------------------
  // ratio(long, long)
  //-----------------------------------------------------------------------
  static Stream<Arguments> ratios() {
    return Stream.of(
        arguments(900, 930, "30/31"),
        arguments(77, 122, "77/122"),
        arguments(13, 13, "1"),
        arguments(0, 5, "0"),
        arguments(5, -10, "-1/2"),
        arguments(45, 9, "5"),
        arguments(Long.MIN_VALUE, -1, "9223372036854775808"));
  }

  @ParameterizedTest
  @MethodSource("ratios")
  void ratio(long numerator, long denominator, String expected) {
    Outcome outcome = Outcome.ratio(numerator, denominator);
    assertThat(outcome.isDefined()).isTrue();
    assertThat(outcome.fraction()).contains(Fraction.parse(expected));
    assertThat(outcome).hasToString(expected);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 930, -1, Long.MAX_VALUE, Long.MIN_VALUE})
  void ratio_zeroDenominatorIsUndefined(long numerator) {
    assertThat(Outcome.ratio(numerator, 0))
        .isEqualTo(Outcome.undefined(UndefinedReason.ZERO_DENOMINATOR))
        .hasToString("undefined(ZERO_DENOMINATOR)");
  }

  //-----------------------------------------------------------------------
  // map(UnaryOperator), combine(Outcome, BinaryOperator)
  //-----------------------------------------------------------------------
  @Test
  void map_defined() {
    assertThat(Outcome.ratio(900, 930).map(f -> f.times(Fraction.HUNDRED)))
        .isEqualTo(Outcome.of(Fraction.of(3000, 31)));
  }

  @ParameterizedTest
  @EnumSource(UndefinedReason.class)
  void map_undefinedStaysUndefinedWithItsReasonAndNeverCallsTheFunction(UndefinedReason reason) {
    AtomicInteger calls = new AtomicInteger();
    Outcome mapped = Outcome.undefined(reason).map(f -> {
      calls.incrementAndGet();
      return f;
    });
    assertThat(mapped).isEqualTo(Outcome.undefined(reason));
    assertThat(calls).hasValue(0);
  }

  @Test
  void combine() {
    Outcome a = Outcome.ratio(1, 2);
    Outcome b = Outcome.ratio(1, 3);
    Outcome zero = Outcome.ratio(0, 0);
    assertThat(a.combine(b, Fraction::minus)).isEqualTo(Outcome.of(Fraction.of(1, 6)));
    assertThat(a.combine(zero, Fraction::minus))
        .isEqualTo(Outcome.undefined(UndefinedReason.INPUT_UNDEFINED));
    assertThat(zero.combine(a, Fraction::minus))
        .isEqualTo(Outcome.undefined(UndefinedReason.INPUT_UNDEFINED));
    assertThat(zero.combine(zero, Fraction::minus))
        .isEqualTo(Outcome.undefined(UndefinedReason.INPUT_UNDEFINED));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void combine_agreesWithFractionArithmetic(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 1_000; i++) {
      long n1 = random.nextInt(1000);
      long d1 = random.nextInt(4);
      long n2 = random.nextInt(1000);
      long d2 = random.nextInt(4);
      Outcome combined = Outcome.ratio(n1, d1).combine(Outcome.ratio(n2, d2), Fraction::plus);
      if (d1 == 0 || d2 == 0) {
        assertThat(combined).isEqualTo(Outcome.undefined(UndefinedReason.INPUT_UNDEFINED));
      } else {
        assertThat(combined.fraction())
            .contains(Fraction.of(n1, d1).plus(Fraction.of(n2, d2)));
      }
    }
  }

  //-----------------------------------------------------------------------
  // equals(), hashCode(), nulls
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(Outcome.of(Fraction.of(1, 2)), Outcome.of(Fraction.of(2, 4)),
            Outcome.ratio(1, 2), Outcome.ratio(-50, -100), new Outcome.Defined(Fraction.parse("1/2")))
        .addEqualityGroup(Outcome.of(Fraction.ZERO), Outcome.ratio(0, 7))
        .addEqualityGroup(Outcome.of(Fraction.of(Long.MIN_VALUE, -1)),
            Outcome.of(Fraction.of(Long.MAX_VALUE).plus(Fraction.ONE)))
        .addEqualityGroup(Outcome.undefined(UndefinedReason.ZERO_DENOMINATOR), Outcome.ratio(0, 0),
            Outcome.ratio(5, 0), new Outcome.Undefined(UndefinedReason.ZERO_DENOMINATOR),
            Outcome.ratio(1, 0).map(f -> f))
        .addEqualityGroup(Outcome.undefined(UndefinedReason.ZERO_BASE))
        .addEqualityGroup(Outcome.undefined(UndefinedReason.MISSING_INPUT))
        .addEqualityGroup(Outcome.undefined(UndefinedReason.INPUT_UNDEFINED),
            Outcome.ratio(1, 0).combine(Outcome.ratio(1, 2), Fraction::plus))
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester =
        new NullPointerTester().setDefault(Outcome.class, Outcome.ratio(1, 3));
    tester.testAllPublicStaticMethods(Outcome.class);
    tester.testAllPublicInstanceMethods(Outcome.ratio(1, 2));
    tester.testAllPublicInstanceMethods(Outcome.ratio(1, 0));
  }
}
