package org.fazhi.metrics.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.metrics.testing.Invalid.assertArithmetic;
import static org.fazhi.metrics.testing.Invalid.assertInvalid;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BinaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link Fraction}. */
class FractionTest {

  private static final long MIN = Long.MIN_VALUE;
  private static final long MAX = Long.MAX_VALUE;
  private static final BigInteger TWO_63 = BigInteger.TWO.pow(63);

  //-----------------------------------------------------------------------
  // reference arithmetic on BigInteger pairs
  //-----------------------------------------------------------------------

  /** A reference rational: numerator and positive denominator in lowest terms. */
  private record Ref(BigInteger num, BigInteger den) {
    static Ref of(BigInteger num, BigInteger den) {
      if (den.signum() < 0) {
        num = num.negate();
        den = den.negate();
      }
      BigInteger gcd = num.gcd(den);
      return new Ref(num.divide(gcd), den.divide(gcd));
    }

    static Ref of(Fraction f) {
      return of(f.numerator(), f.denominator());
    }

    Ref plus(Ref o) {
      return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Ref minus(Ref o) {
      return of(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
    }

    Ref times(Ref o) {
      return of(num.multiply(o.num), den.multiply(o.den));
    }

    Ref dividedBy(Ref o) {
      return of(num.multiply(o.den), den.multiply(o.num));
    }

    int compareTo(Ref o) {
      return num.multiply(o.den).compareTo(o.num.multiply(den));
    }
  }

  private static void assertValue(Fraction actual, Ref expected) {
    assertThat(actual.numerator()).isEqualTo(expected.num());
    assertThat(actual.denominator()).isEqualTo(expected.den());
    assertThat(actual.signum()).isEqualTo(expected.num().signum());
    assertThat(actual.toString())
        .isEqualTo(expected.den().equals(BigInteger.ONE)
            ? expected.num().toString()
            : expected.num() + "/" + expected.den());
  }

  /** A long from a mix of small values, values at either end of the range, and any value. */
  private static long anyLong(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> random.nextInt(201) - 100;
      case 1 -> MAX - random.nextInt(3);
      case 2 -> MIN + random.nextInt(3);
      case 3 -> (random.nextBoolean() ? 1L : -1L) << (61 + random.nextInt(2));
      default -> random.nextLong();
    };
  }

  private static long anyNonZeroLong(Random random) {
    long value;
    do {
      value = anyLong(random);
    } while (value == 0);
    return value;
  }

  /**
   * A fraction made in one of the ways the library makes them: from two longs, from big
   * integers, or as the result of arithmetic (not necessarily in lowest terms, possibly big).
   */
  private static Fraction anyFraction(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> Fraction.of(anyLong(random), anyNonZeroLong(random));
      case 1 -> Fraction.of(
          BigInteger.valueOf(anyLong(random)).multiply(BigInteger.valueOf(anyLong(random))),
          BigInteger.valueOf(anyNonZeroLong(random))
              .multiply(BigInteger.valueOf(anyNonZeroLong(random))));
      case 2 -> Fraction.of(anyLong(random), anyNonZeroLong(random))
          .plus(Fraction.of(anyLong(random), anyNonZeroLong(random)));
      default -> Fraction.of(random.nextInt(2001) - 1000, random.nextInt(1000) + 1);
    };
  }

  //-----------------------------------------------------------------------
  // constants
  //-----------------------------------------------------------------------
  @Test
  void constants() {
    assertValue(Fraction.ZERO, Ref.of(BigInteger.ZERO, BigInteger.ONE));
    assertValue(Fraction.ONE, Ref.of(BigInteger.ONE, BigInteger.ONE));
    assertValue(Fraction.HUNDRED, Ref.of(BigInteger.valueOf(100), BigInteger.ONE));
  }

  //-----------------------------------------------------------------------
  // of(long, long), of(long), of(BigInteger, BigInteger)
  //-----------------------------------------------------------------------
  static Stream<Arguments> ofLongs() {
    return Stream.of(
        arguments(1, 2, "1/2"),
        arguments(2, 4, "1/2"),
        arguments(-1, -2, "1/2"),
        arguments(3, -6, "-1/2"),
        arguments(-3, 6, "-1/2"),
        arguments(0, 5, "0"),
        arguments(0, -5, "0"),
        arguments(6, 3, "2"),
        arguments(900, 930, "30/31"),
        arguments(MIN, 1, "-9223372036854775808"),
        arguments(MIN, -1, "9223372036854775808"),
        arguments(1, MIN, "-1/9223372036854775808"),
        arguments(-1, MIN, "1/9223372036854775808"),
        arguments(MIN, MIN, "1"),
        arguments(MIN, 2, "-4611686018427387904"),
        arguments(MIN, -2, "4611686018427387904"),
        arguments(MAX, MIN, "-9223372036854775807/9223372036854775808"),
        arguments(MAX, -1, "-9223372036854775807"),
        arguments(MAX, MAX, "1"));
  }

  @ParameterizedTest
  @MethodSource("ofLongs")
  void of_longs(long numerator, long denominator, String expected) {
    Fraction fraction = Fraction.of(numerator, denominator);
    assertValue(fraction, Ref.of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator)));
    assertThat(fraction).hasToString(expected);
    assertThat(Fraction.of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator)))
        .isEqualTo(fraction)
        .hasSameHashCodeAs(fraction)
        .hasToString(expected);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, -1, 100, MIN, MAX})
  void of_wholeNumber(long value) {
    Fraction fraction = Fraction.of(value);
    assertValue(fraction, Ref.of(BigInteger.valueOf(value), BigInteger.ONE));
    assertThat(fraction).isEqualTo(Fraction.of(value, 1)).hasToString(Long.toString(value));
  }

  @Test
  void of_zeroDenominator() {
    String message = "Fraction.denominator = 0: division by zero has no value (use Outcome.ratio)";
    assertArithmetic(() -> Fraction.of(1, 0), message);
    assertArithmetic(() -> Fraction.of(0, 0), message);
    assertArithmetic(() -> Fraction.of(MIN, 0), message);
    assertArithmetic(() -> Fraction.of(BigInteger.ONE, BigInteger.ZERO), message);
  }

  @Test
  void of_bigIntegers_reduceToLowestTermsAndBackToLongs() {
    BigInteger big = TWO_63.multiply(BigInteger.valueOf(3));
    assertThat(Fraction.of(big, big)).isEqualTo(Fraction.ONE).hasToString("1");
    assertThat(Fraction.of(TWO_63.pow(2), TWO_63.pow(2).shiftRight(2))).hasToString("4");
    assertThat(Fraction.of(TWO_63, TWO_63.negate().multiply(BigInteger.TWO)))
        .hasToString("-1/2");
    assertThat(Fraction.of(TWO_63.pow(3).add(BigInteger.ONE), TWO_63))
        .hasToString(TWO_63.pow(3).add(BigInteger.ONE) + "/" + TWO_63);
  }

  //-----------------------------------------------------------------------
  // of(BigDecimal)
  //-----------------------------------------------------------------------
  static Stream<Arguments> decimals() {
    return Stream.of(
        arguments("96.77", "9677/100"),
        arguments("0.50", "1/2"),
        arguments("100.00", "100"),
        arguments("1E+2", "100"),
        arguments("-0.125", "-1/8"),
        arguments("0.000", "0"),
        arguments("-0", "0"),
        arguments("12345678901234567890.5", "24691357802469135781/2"),
        arguments("1E-30", "1/" + BigInteger.TEN.pow(30)));
  }

  @ParameterizedTest
  @MethodSource("decimals")
  void of_bigDecimal(String decimal, String expected) {
    assertThat(Fraction.of(new BigDecimal(decimal))).hasToString(expected);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void of_bigDecimal_compareToAgreesWithBigDecimal(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 500; i++) {
      BigDecimal a = new BigDecimal(BigInteger.valueOf(anyLong(random)), random.nextInt(25) - 4);
      BigDecimal b = random.nextInt(4) == 0
          ? a.setScale(a.scale() + random.nextInt(3))
          : new BigDecimal(BigInteger.valueOf(anyLong(random)), random.nextInt(25) - 4);
      Fraction fa = Fraction.of(a);
      Fraction fb = Fraction.of(b);
      assertThat(Integer.signum(fa.compareTo(fb))).as("%s vs %s", a, b)
          .isEqualTo(Integer.signum(a.compareTo(b)));
      assertThat(fa.equals(fb)).isEqualTo(a.compareTo(b) == 0);
      if (a.compareTo(b) == 0) {
        assertThat(fa.hashCode()).isEqualTo(fb.hashCode());
      }
      int scale = Math.max(a.scale(), 0);
      assertThat(fa.toBigDecimal(scale, RoundingMode.UNNECESSARY))
          .isEqualTo(a.setScale(scale, RoundingMode.UNNECESSARY));
    }
  }

  //-----------------------------------------------------------------------
  // parse(String), toString()
  //-----------------------------------------------------------------------
  @ParameterizedTest
  @ValueSource(strings = {"0", "4", "-4", "1/2", "-1/2", "30/31", "9223372036854775808",
      "-9223372036854775808", "-1/9223372036854775808",
      "170141183460469231731687303715884105728/3"})
  void parse_toString_roundTrip(String text) {
    Fraction fraction = Fraction.parse(text);
    assertThat(fraction).hasToString(text);
    assertThat(Fraction.parse(fraction.toString())).isEqualTo(fraction);
  }

  static Stream<Arguments> parseNotLowest() {
    return Stream.of(
        arguments("2/4", "1/2"),
        arguments("-2/-4", "1/2"),
        arguments("3/-6", "-1/2"),
        arguments("6/3", "2"),
        arguments("0/7", "0"),
        arguments("-0", "0"),
        arguments("18446744073709551616/4", "4611686018427387904"));
  }

  @ParameterizedTest
  @MethodSource("parseNotLowest")
  void parse_readsAnyTermsAndPrintsLowest(String text, String printed) {
    assertThat(Fraction.parse(text)).hasToString(printed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "1/0", "0/0", "a", "1/2/3", "1.5", "/2", "1/", "1 / 2", " 1",
      "½", "1/2 "})
  void parse_invalid(String text) {
    assertInvalid(() -> Fraction.parse(text),
        "Fraction = \"" + text + "\": must be an integer or p/q with q not zero");
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14})
  void parse_toString_roundTrip_random(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 500; i++) {
      Fraction fraction = anyFraction(random);
      Fraction parsed = Fraction.parse(fraction.toString());
      assertThat(parsed).isEqualTo(fraction).hasSameHashCodeAs(fraction);
      assertThat(parsed.toString()).isEqualTo(fraction.toString());
    }
  }

  //-----------------------------------------------------------------------
  // equals(), hashCode()
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    Fraction big = Fraction.of(MAX).plus(Fraction.ONE);
    new EqualsTester()
        .addEqualityGroup(Fraction.of(1, 2), Fraction.of(2, 4), Fraction.of(-1, -2),
            Fraction.parse("1/2"), Fraction.parse("50/100"), Fraction.of(new BigDecimal("0.50")),
            Fraction.of(TWO_63, TWO_63.shiftLeft(1)),
            Fraction.of(MIN, MIN).dividedBy(Fraction.of(2)),
            Fraction.of(MAX, 2).times(Fraction.of(1, MAX)))
        .addEqualityGroup(Fraction.of(-1, 2), Fraction.of(1, -2),
            Fraction.of(MIN, MIN).dividedBy(Fraction.of(-2)))
        .addEqualityGroup(Fraction.ZERO, Fraction.of(0), Fraction.of(0, -7), Fraction.parse("-0"),
            Fraction.of(new BigDecimal("0.000")), big.minus(big))
        .addEqualityGroup(Fraction.ONE, Fraction.of(MIN, MIN), Fraction.of(MAX, MAX),
            Fraction.of(MAX, 3).times(Fraction.of(3, MAX)))
        .addEqualityGroup(big, Fraction.of(TWO_63, BigInteger.ONE), Fraction.of(MIN, -1),
            Fraction.of(MIN).negate(), Fraction.of(MIN).times(Fraction.of(-1)),
            Fraction.parse("9223372036854775808"),
            Fraction.of(new BigDecimal("9223372036854775808.00")))
        .addEqualityGroup(Fraction.of(MIN), Fraction.of(TWO_63.negate(), BigInteger.ONE),
            big.negate(), Fraction.of(MAX).negate().minus(Fraction.ONE))
        .addEqualityGroup(Fraction.of(1, MIN), Fraction.of(BigInteger.ONE, TWO_63.negate()))
        .addEqualityGroup(Fraction.of(4), Fraction.of(TWO_63.pow(2), TWO_63.pow(2).shiftRight(2)),
            Fraction.of(8, 2))
        .addEqualityGroup(Fraction.HUNDRED, Fraction.of(new BigDecimal("1E+2")))
        .addEqualityGroup("1/2")
        .testEquals();
  }

  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23, 24})
  void hashCode_consistentWithEquals_acrossSmallAndBigForms(long seed) {
    Random random = new Random(seed);
    Fraction big = Fraction.of(MAX).plus(Fraction.of(MAX)).plus(Fraction.of(1, 3));
    for (int i = 0; i < 500; i++) {
      Fraction f = anyFraction(random);
      BigInteger k = BigInteger.valueOf(anyNonZeroLong(random)).multiply(TWO_63);
      List<Fraction> sameValue = new ArrayList<>();
      sameValue.add(Fraction.of(f.numerator().multiply(k), f.denominator().multiply(k)));
      sameValue.add(f.plus(big).minus(big));
      sameValue.add(f.times(big).dividedBy(big));
      sameValue.add(f.negate().negate());
      sameValue.add(Fraction.parse(f.toString()));
      for (Fraction g : sameValue) {
        assertThat(g).isEqualTo(f);
        assertThat(f).isEqualTo(g);
        assertThat(g.compareTo(f)).isZero();
        assertThat(f.compareTo(g)).isZero();
        assertThat(g.hashCode()).as("hash of %s", f).isEqualTo(f.hashCode());
        assertThat(g).hasToString(f.toString());
      }
    }
  }

  //-----------------------------------------------------------------------
  // arithmetic agrees with BigInteger, including at the ends of long
  //-----------------------------------------------------------------------
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void arithmetic_agreesWithBigInteger(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 400; i++) {
      Fraction a = anyFraction(random);
      Fraction b = anyFraction(random);
      Ref ra = Ref.of(a);
      Ref rb = Ref.of(b);
      assertValue(a.plus(b), ra.plus(rb));
      assertValue(a.minus(b), ra.minus(rb));
      assertValue(a.times(b), ra.times(rb));
      assertValue(a.negate(), Ref.of(ra.num().negate(), ra.den()));
      if (b.signum() != 0) {
        assertValue(a.dividedBy(b), ra.dividedBy(rb));
      }
    }
  }

  @Test
  void arithmetic_overflowMovesToBigFormAndNeverWraps() {
    assertThat(Fraction.of(MAX).plus(Fraction.ONE)).hasToString("9223372036854775808");
    assertThat(Fraction.of(MIN).minus(Fraction.ONE)).hasToString("-9223372036854775809");
    assertThat(Fraction.of(MIN).negate()).hasToString("9223372036854775808");
    assertThat(Fraction.of(MIN).times(Fraction.of(-1))).hasToString("9223372036854775808");
    assertThat(Fraction.of(MIN).dividedBy(Fraction.of(-1))).hasToString("9223372036854775808");
    assertThat(Fraction.of(MAX).times(Fraction.of(MAX)))
        .hasToString(BigInteger.valueOf(MAX).pow(2).toString());
    assertThat(Fraction.of(1, MAX).plus(Fraction.of(1, MAX - 1)))
        .hasToString(BigInteger.valueOf(MAX).shiftLeft(1).subtract(BigInteger.ONE) + "/"
            + BigInteger.valueOf(MAX).multiply(BigInteger.valueOf(MAX - 1)));
    assertThat(Fraction.of(MAX).dividedBy(Fraction.of(1, 2))).hasToString("18446744073709551614");
    assertThat(Fraction.of(MAX).plus(Fraction.of(MAX)).signum()).isEqualTo(1);
    assertThat(Fraction.of(MIN).plus(Fraction.of(MIN)).signum()).isEqualTo(-1);
    // and back to small once the value fits again
    Fraction big = Fraction.of(MAX).plus(Fraction.of(MAX));
    assertThat(big.minus(Fraction.of(MAX))).isEqualTo(Fraction.of(MAX)).hasToString(Long.toString(MAX));
  }

  @Test
  void dividedBy_zero() {
    assertArithmetic(() -> Fraction.ONE.dividedBy(Fraction.ZERO),
        "Fraction: division by zero has no value");
    Fraction big = Fraction.of(MAX).plus(Fraction.ONE);
    assertArithmetic(() -> big.dividedBy(big.minus(big)), "Fraction: division by zero has no value");
  }

  @Test
  void arithmetic_laws() {
    Random random = new Random(31);
    for (int i = 0; i < 500; i++) {
      Fraction a = anyFraction(random);
      Fraction b = anyFraction(random);
      Fraction c = anyFraction(random);
      assertThat(a.plus(b)).isEqualTo(b.plus(a));
      assertThat(a.times(b)).isEqualTo(b.times(a));
      assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
      assertThat(a.times(b.plus(c))).isEqualTo(a.times(b).plus(a.times(c)));
      assertThat(a.plus(Fraction.ZERO)).isEqualTo(a);
      assertThat(a.times(Fraction.ONE)).isEqualTo(a);
      assertThat(a.minus(a)).isEqualTo(Fraction.ZERO);
      if (a.signum() != 0) {
        assertThat(a.dividedBy(a)).isEqualTo(Fraction.ONE);
        assertThat(b.dividedBy(a).times(a)).isEqualTo(b);
      }
    }
  }

  //-----------------------------------------------------------------------
  // compareTo(), signum()
  //-----------------------------------------------------------------------
  @ParameterizedTest
  @ValueSource(longs = {41, 42, 43, 44, 45, 46})
  void compareTo_agreesWithBigIntegerAndEquals(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 600; i++) {
      Fraction a = anyFraction(random);
      Fraction b = random.nextInt(8) == 0 ? Fraction.parse(a.toString()) : anyFraction(random);
      int expected = Integer.signum(Ref.of(a).compareTo(Ref.of(b)));
      assertThat(Integer.signum(a.compareTo(b))).as("%s vs %s", a, b).isEqualTo(expected);
      assertThat(Integer.signum(b.compareTo(a))).isEqualTo(-expected);
      assertThat(a.equals(b)).isEqualTo(expected == 0);
      assertThat(a.signum()).isEqualTo(Ref.of(a).num().signum());
    }
  }

  static Stream<Arguments> closeNeighbours() {
    // pairs whose cross products overflow long and differ only in the low 64 bits
    return Stream.of(
        arguments(Fraction.of(MAX, MAX - 1), Fraction.of(MAX - 1, MAX - 2)),
        arguments(Fraction.of(MIN + 1, MAX - 1), Fraction.of(MIN + 1, MAX)),
        arguments(Fraction.of(MAX - 2, MAX), Fraction.of(MAX - 1, MAX)),
        arguments(Fraction.of(MIN, MAX), Fraction.of(MIN + 1, MAX)),
        arguments(Fraction.of(1, MAX), Fraction.of(1, MAX - 1)),
        arguments(Fraction.of(-1, MAX - 1), Fraction.of(-1, MAX)),
        arguments(Fraction.of(MIN), Fraction.of(MIN + 1)),
        arguments(Fraction.of(MAX - 1), Fraction.of(MAX)),
        arguments(Fraction.of(MAX), Fraction.of(MAX).plus(Fraction.of(1, MAX))));
  }

  @ParameterizedTest
  @MethodSource("closeNeighbours")
  void compareTo_closeNeighbours(Fraction smaller, Fraction larger) {
    assertThat(smaller).isLessThan(larger);
    assertThat(larger).isGreaterThan(smaller);
    assertThat(smaller).isNotEqualTo(larger);
  }

  //-----------------------------------------------------------------------
  // toBigDecimal(int, RoundingMode)
  //-----------------------------------------------------------------------
  @Test
  void toBigDecimal() {
    assertThat(Fraction.of(900, 930).times(Fraction.HUNDRED).toBigDecimal(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo("96.77")
        .hasScaleOf(2);
    assertThat(Fraction.of(1250).toBigDecimal(-2, RoundingMode.HALF_UP))
        .isEqualTo(new BigDecimal("1.3E+3"));
    assertThat(Fraction.of(1, 8).toBigDecimal(3, RoundingMode.UNNECESSARY))
        .isEqualTo(new BigDecimal("0.125"));
    assertThat(Fraction.of(MAX).plus(Fraction.ONE).toBigDecimal(1, RoundingMode.DOWN))
        .isEqualTo(new BigDecimal("9223372036854775808.0"));
    assertThatThrownBy(() -> Fraction.of(1, 3).toBigDecimal(5, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  //-----------------------------------------------------------------------
  // null handling
  //-----------------------------------------------------------------------
  @Test
  void nulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Fraction.class);
    tester.testAllPublicInstanceMethods(Fraction.of(1, 2));
    tester.testAllPublicInstanceMethods(Fraction.of(MAX).plus(Fraction.ONE));
  }
}
