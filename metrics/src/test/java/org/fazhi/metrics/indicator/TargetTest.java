package org.fazhi.metrics.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.metrics.testing.Invalid.assertInvalid;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.fazhi.metrics.exact.Fraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link Target}. */
class TargetTest {

  private static final List<String> THRESHOLDS =
      List.of("0", "5", "-1", "60", "96.5", "100", "100.00", "0.001", "-0.5", "12345678901234567890");

  //-----------------------------------------------------------------------
  // atLeast(BigDecimal), atMost(BigDecimal)
  //-----------------------------------------------------------------------
  @Test
  void atLeast() {
    Target target = Target.atLeast(BigDecimal.valueOf(100));
    assertThat(target.isAtLeast()).isTrue();
    assertThat(target.threshold()).isEqualTo(BigDecimal.valueOf(100));
    assertThat(target).hasToString("≥100");
  }

  @Test
  void atMost() {
    Target target = Target.atMost(new BigDecimal("5.0"));
    assertThat(target.isAtLeast()).isFalse();
    assertThat(target.threshold()).isEqualTo(new BigDecimal("5.0"));
    assertThat(target).hasToString("≤5.0");
  }

  //-----------------------------------------------------------------------
  // parse(String), toString()
  //-----------------------------------------------------------------------
  @Test
  void parse_toString_roundTrip_exhaustive() {
    for (String threshold : THRESHOLDS) {
      for (boolean atLeast : new boolean[] {true, false}) {
        String text = (atLeast ? "≥" : "≤") + threshold;
        Target target = atLeast
            ? Target.atLeast(new BigDecimal(threshold))
            : Target.atMost(new BigDecimal(threshold));
        assertThat(target).hasToString(text);
        assertThat(Target.parse(text)).isEqualTo(target).hasToString(text);
        assertThat(Target.parse(target.toString()).threshold()).isEqualTo(target.threshold());
        assertThat(Target.parse(text).isAtLeast()).isEqualTo(atLeast);
      }
    }
  }

  static Stream<Arguments> alternativeSpellings() {
    return Stream.of(
        arguments(">=100", "≥100"),
        arguments("<=5", "≤5"),
        arguments("≥ 100", "≥100"),
        arguments(" ≤5 ", "≤5"),
        arguments(">=  96.5", "≥96.5"));
  }

  @ParameterizedTest
  @MethodSource("alternativeSpellings")
  void parse_alternativeSpellings(String text, String printed) {
    assertThat(Target.parse(text)).hasToString(printed);
  }

  @Test
  void toString_ofExponentNotationIsPlain() {
    assertThat(Target.atLeast(new BigDecimal("1E+2"))).hasToString("≥100");
    assertThat(Target.parse(Target.atLeast(new BigDecimal("1E+2")).toString()))
        .isEqualTo(Target.atLeast(new BigDecimal("1E+2")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "100", "=100", ">100", "<5", "≥", "≥100%", "≥1e2", "≥.5", "≥+5",
      "≧100", "≥100 ≤5", "at least 100", "≥ ≥100", "=>100"})
  void parse_malformed(String text) {
    assertInvalid(() -> Target.parse(text), "Target = \"" + text + "\": must be like ≥100 or ≤5");
  }

  //-----------------------------------------------------------------------
  // isMetBy(Fraction)
  //-----------------------------------------------------------------------
  @Test
  void isMetBy_atTheThreshold() {
    Target full = Target.parse("≥100");
    assertThat(full.isMetBy(Fraction.HUNDRED)).isTrue();
    assertThat(full.isMetBy(Fraction.of(99_996, 1000))).isFalse();
    assertThat(full.isMetBy(Fraction.HUNDRED.minus(Fraction.of(1, Long.MAX_VALUE)))).isFalse();
    assertThat(full.isMetBy(Fraction.of(101))).isTrue();
    Target low = Target.parse("≤5");
    assertThat(low.isMetBy(Fraction.of(5))).isTrue();
    assertThat(low.isMetBy(Fraction.of(5).plus(Fraction.of(1, Long.MAX_VALUE)))).isFalse();
    assertThat(low.isMetBy(Fraction.of(-5))).isTrue();
    assertThat(Target.parse("≥96.5").isMetBy(Fraction.of(193, 2))).isTrue();
    assertThat(Target.parse("≥96.5").isMetBy(Fraction.of(3000, 31))).isTrue(); // 96.77…
    assertThat(Target.parse("≥96.78").isMetBy(Fraction.of(3000, 31))).isFalse();
  }

  @Test
  void isMetBy_exhaustive() {
    for (String threshold : THRESHOLDS) {
      Fraction t = Fraction.of(new BigDecimal(threshold));
      for (int step = -3; step <= 3; step++) {
        Fraction value = t.plus(Fraction.of(step, 1000));
        assertThat(Target.atLeast(new BigDecimal(threshold)).isMetBy(value)).isEqualTo(step >= 0);
        assertThat(Target.atMost(new BigDecimal(threshold)).isMetBy(value)).isEqualTo(step <= 0);
      }
    }
  }

  //-----------------------------------------------------------------------
  // equals(), hashCode(), nulls
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(Target.parse("≥100"), Target.parse("≥100.00"), Target.parse(">=100"),
            Target.atLeast(BigDecimal.valueOf(100)), Target.atLeast(new BigDecimal("1E+2")),
            Target.atLeast(new BigDecimal("100.0")))
        .addEqualityGroup(Target.parse("≤100"), Target.parse("≤100.0"))
        .addEqualityGroup(Target.parse("≥99.99"))
        .addEqualityGroup(Target.parse("≥0"), Target.parse("≥0.000"), Target.parse("≥-0"))
        .addEqualityGroup(Target.parse("≤0"))
        .addEqualityGroup("≥100")
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Target.class);
    tester.testAllPublicInstanceMethods(Target.parse("≥100"));
  }
}
