package org.fazhi.metrics.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.metrics.testing.Invalid.assertInvalid;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link RoundingPolicy}. */
class RoundingPolicyTest {

  private static final Set<RoundingMode> MODES =
      EnumSet.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN);

  //-----------------------------------------------------------------------
  // constants and factories
  //-----------------------------------------------------------------------
  @Test
  void constants() {
    assertThat(RoundingPolicy.DEFAULT.scale()).isEqualTo(2);
    assertThat(RoundingPolicy.DEFAULT.mode()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(RoundingPolicy.MAX_SCALE).isEqualTo(12);
  }

  @Test
  void factories() {
    for (int scale = 0; scale <= RoundingPolicy.MAX_SCALE; scale++) {
      assertThat(RoundingPolicy.halfUp(scale))
          .isEqualTo(RoundingPolicy.of(scale, RoundingMode.HALF_UP));
      assertThat(RoundingPolicy.halfEven(scale))
          .isEqualTo(RoundingPolicy.of(scale, RoundingMode.HALF_EVEN));
      assertThat(RoundingPolicy.truncate(scale)).isEqualTo(RoundingPolicy.of(scale, RoundingMode.DOWN));
      for (RoundingMode mode : MODES) {
        RoundingPolicy policy = RoundingPolicy.of(scale, mode);
        assertThat(policy.scale()).isEqualTo(scale);
        assertThat(policy.mode()).isEqualTo(mode);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 13, 100, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void of_scaleOutOfRange(int scale) {
    String message = "RoundingPolicy.scale = " + scale + ": must be from 0 to 12";
    for (RoundingMode mode : MODES) {
      assertInvalid(() -> RoundingPolicy.of(scale, mode), message);
    }
    assertInvalid(() -> RoundingPolicy.halfUp(scale), message);
    assertInvalid(() -> RoundingPolicy.halfEven(scale), message);
    assertInvalid(() -> RoundingPolicy.truncate(scale), message);
    assertInvalid(() -> RoundingPolicy.DEFAULT.withScale(scale), message);
  }

  @ParameterizedTest
  @EnumSource(value = RoundingMode.class, names = {"HALF_UP", "HALF_EVEN", "DOWN"},
      mode = EnumSource.Mode.EXCLUDE)
  void of_modeNotUsedInReports(RoundingMode mode) {
    assertInvalid(() -> RoundingPolicy.of(2, mode),
        "RoundingPolicy.mode = " + mode + ": must be HALF_UP, HALF_EVEN or DOWN");
  }

  @Test
  void withScale() {
    RoundingPolicy policy = RoundingPolicy.halfEven(2).withScale(5);
    assertThat(policy.scale()).isEqualTo(5);
    assertThat(policy.mode()).isEqualTo(RoundingMode.HALF_EVEN);
    assertThat(RoundingPolicy.truncate(3).withScale(0)).isEqualTo(RoundingPolicy.truncate(0));
  }

  @Test
  void chineseName() {
    assertThat(RoundingPolicy.halfUp(2).chineseName()).isEqualTo("四舍五入");
    assertThat(RoundingPolicy.halfEven(2).chineseName()).isEqualTo("四舍六入五成双");
    assertThat(RoundingPolicy.truncate(2).chineseName()).isEqualTo("截尾");
  }

  //-----------------------------------------------------------------------
  // parse(String), toString()
  //-----------------------------------------------------------------------
  @Test
  void parse_toString_roundTrip_exhaustive() {
    for (RoundingMode mode : MODES) {
      for (int scale = 0; scale <= RoundingPolicy.MAX_SCALE; scale++) {
        RoundingPolicy policy = RoundingPolicy.of(scale, mode);
        String text = mode.name() + "(" + scale + ")";
        assertThat(policy).hasToString(text);
        assertThat(RoundingPolicy.parse(text)).isEqualTo(policy);
        assertThat(RoundingPolicy.parse(policy.toString()).toString()).isEqualTo(text);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "HALF_UP", "half_up(2)", "Half_Up(2)", "UP(2)", "CEILING(2)",
      "HALF_DOWN(2)", "UNNECESSARY(2)", "HALF_UP(-1)", "HALF_UP(123)", "HALF_UP()", "HALF_UP(2) ",
      " HALF_UP(2)", "HALF_UP (2)", "HALF_UP[2]", "HALF_UP(2.0)", "四舍五入(2)"})
  void parse_malformed(String text) {
    assertInvalid(() -> RoundingPolicy.parse(text),
        "RoundingPolicy = \"" + text + "\": must be HALF_UP(n), HALF_EVEN(n) or DOWN(n)");
  }

  @Test
  void parse_scaleOutOfRange() {
    assertInvalid(() -> RoundingPolicy.parse("HALF_UP(13)"),
        "RoundingPolicy.scale = 13: must be from 0 to 12");
    assertInvalid(() -> RoundingPolicy.parse("DOWN(99)"),
        "RoundingPolicy.scale = 99: must be from 0 to 12");
  }

  //-----------------------------------------------------------------------
  // round(Fraction)
  //-----------------------------------------------------------------------
  static Stream<Arguments> examples() {
    return Stream.of(
        // value, policy, printed
        arguments(Fraction.of(900, 930).times(Fraction.HUNDRED), "HALF_UP(2)", "96.77"),
        arguments(Fraction.of(1, 8), "HALF_UP(2)", "0.13"),
        arguments(Fraction.of(1, 8), "HALF_EVEN(2)", "0.12"),
        arguments(Fraction.of(1, 8), "DOWN(2)", "0.12"),
        arguments(Fraction.of(135, 1000), "HALF_EVEN(2)", "0.14"),
        arguments(Fraction.of(135, 1000), "HALF_UP(2)", "0.14"),
        arguments(Fraction.of(-1, 8), "HALF_UP(2)", "-0.13"),
        arguments(Fraction.of(-1, 8), "HALF_EVEN(2)", "-0.12"),
        arguments(Fraction.of(-129, 1000), "DOWN(2)", "-0.12"),
        arguments(Fraction.of(99995, 1000), "HALF_UP(2)", "100.00"),
        arguments(Fraction.of(99995, 1000), "HALF_EVEN(2)", "100.00"),
        arguments(Fraction.of(99985, 1000), "HALF_EVEN(2)", "99.98"),
        arguments(Fraction.of(99995, 1000), "DOWN(2)", "99.99"),
        arguments(Fraction.of(2, 3), "DOWN(0)", "0"),
        arguments(Fraction.of(5, 2), "HALF_EVEN(0)", "2"),
        arguments(Fraction.of(7, 2), "HALF_EVEN(0)", "4"),
        arguments(Fraction.of(5, 2), "HALF_UP(0)", "3"),
        arguments(Fraction.ONE, "HALF_UP(2)", "1.00"),
        arguments(Fraction.of(1, 3), "HALF_UP(12)", "0.333333333333"),
        arguments(Fraction.of(2, 3), "HALF_UP(12)", "0.666666666667"),
        arguments(Fraction.of(Long.MAX_VALUE).plus(Fraction.of(1, 2)), "HALF_UP(0)",
            "9223372036854775808"),
        arguments(Fraction.of(Long.MAX_VALUE).plus(Fraction.of(1, 2)), "HALF_EVEN(0)",
            "9223372036854775808"),
        arguments(Fraction.of(Long.MAX_VALUE).plus(Fraction.of(1, 2)), "DOWN(1)",
            "9223372036854775807.5"));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void round_examples(Fraction value, String policy, String printed) {
    BigDecimal rounded = RoundingPolicy.parse(policy).round(value);
    assertThat(rounded.toPlainString()).isEqualTo(printed);
    assertThat(rounded.scale()).isEqualTo(RoundingPolicy.parse(policy).scale());
  }

  /** Rounds {@code n/d} at a scale under a mode with integer arithmetic only. */
  private static BigDecimal reference(long n, long d, int scale, RoundingMode mode) {
    BigInteger scaled = BigInteger.valueOf(Math.abs(n)).multiply(BigInteger.TEN.pow(scale));
    BigInteger[] qr = scaled.divideAndRemainder(BigInteger.valueOf(d));
    BigInteger q = qr[0];
    int half = qr[1].shiftLeft(1).compareTo(BigInteger.valueOf(d));
    boolean up = switch (mode) {
      case DOWN -> false;
      case HALF_UP -> half >= 0;
      case HALF_EVEN -> half > 0 || (half == 0 && q.testBit(0));
      default -> throw new AssertionError(mode);
    };
    if (up) {
      q = q.add(BigInteger.ONE);
    }
    return new BigDecimal(n < 0 ? q.negate() : q, scale);
  }

  /** Whether {@code d} is 2^a·5^b, so that {@code n/d} is a terminating decimal. */
  private static boolean terminates(long d) {
    while (d % 2 == 0) {
      d /= 2;
    }
    while (d % 5 == 0) {
      d /= 5;
    }
    return d == 1;
  }

  /**
   * Every n/d with -d ≤ n ≤ d ≤ 80 at scales 0 to 3 under each mode agrees with integer
   * arithmetic, with BigDecimal division, and, for terminating decimals, with {@code setScale} on
   * the exact decimal.
   */
  @Test
  void round_exhaustive_agreesWithReferences() {
    int checked = 0;
    int terminating = 0;
    for (long d = 1; d <= 80; d++) {
      boolean exact = terminates(d);
      for (long n = -d; n <= d; n++) {
        Fraction value = Fraction.of(n, d);
        BigDecimal exactDecimal = exact
            ? new BigDecimal(n).divide(new BigDecimal(d)) // terminating: exact, no context needed
            : null;
        for (int scale = 0; scale <= 3; scale++) {
          for (RoundingMode mode : MODES) {
            BigDecimal rounded = RoundingPolicy.of(scale, mode).round(value);
            assertThat(rounded.scale()).isEqualTo(scale);
            assertThat(rounded).as("%s/%s at %s %s", n, d, scale, mode)
                .isEqualTo(reference(n, d, scale, mode))
                .isEqualTo(BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), scale, mode));
            if (exactDecimal != null) {
              assertThat(rounded).isEqualTo(exactDecimal.setScale(scale, mode));
              terminating++;
            }
            checked++;
          }
        }
      }
    }
    assertThat(checked).isEqualTo(12 * 6_560); // 3 modes × 4 scales × Σ(2d + 1) for d ≤ 80
    assertThat(terminating).isPositive();
  }

  @Test
  void round_roundsTheExactValueOnce() {
    // 0.4449 rounds to 0.44 at two places; rounding to three places first (0.445) and then to
    // two would give 0.45
    Fraction value = Fraction.of(4449, 10_000);
    assertThat(RoundingPolicy.halfUp(2).round(value)).isEqualTo(new BigDecimal("0.44"));
    assertThat(RoundingPolicy.halfUp(2).round(Fraction.of(RoundingPolicy.halfUp(3).round(value))))
        .isEqualTo(new BigDecimal("0.45"));
  }

  //-----------------------------------------------------------------------
  // equals(), hashCode(), nulls
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(RoundingPolicy.DEFAULT, RoundingPolicy.halfUp(2),
            RoundingPolicy.of(2, RoundingMode.HALF_UP), RoundingPolicy.parse("HALF_UP(2)"),
            RoundingPolicy.halfUp(1).withScale(2))
        .addEqualityGroup(RoundingPolicy.halfUp(3))
        .addEqualityGroup(RoundingPolicy.halfUp(0))
        .addEqualityGroup(RoundingPolicy.halfEven(2), RoundingPolicy.parse("HALF_EVEN(2)"))
        .addEqualityGroup(RoundingPolicy.truncate(2), RoundingPolicy.parse("DOWN(2)"))
        .addEqualityGroup(RoundingPolicy.truncate(12))
        .addEqualityGroup("HALF_UP(2)")
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(RoundingPolicy.class);
    tester.testAllPublicInstanceMethods(RoundingPolicy.DEFAULT);
  }
}
