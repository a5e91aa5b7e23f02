package org.fazhi.metrics.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.metrics.testing.Invalid.assertInvalid;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fazhi.metrics.exact.Fraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests {@link Bands}. */
class BandsTest {

  private static final Band FAIL = Band.of("不合格", "fail", "[0,60)");
  private static final Band PASS = Band.of("合格", "pass", "[60,85)");
  private static final Band GOOD = Band.of("良好", "good", "[85,95)");
  private static final Band EXCELLENT = Band.of("优秀", "excellent", "[95,100]");
  private static final Bands SCALE = Bands.of(List.of(FAIL, PASS, GOOD, EXCELLENT));

  private static Fraction f(String decimal) {
    return Fraction.of(new BigDecimal(decimal));
  }

  //-----------------------------------------------------------------------
  // of(List)
  //-----------------------------------------------------------------------
  @Test
  void of() {
    assertThat(SCALE.bands()).containsExactly(FAIL, PASS, GOOD, EXCELLENT);
    assertThat(Bands.of(List.of(EXCELLENT)).bands()).containsExactly(EXCELLENT);
    assertThat(Bands.of(List.of(Band.of("低", "low", "(-∞,0]"), Band.of("高", "high", "(0,+∞)")))
        .bands()).hasSize(2);
  }

  @Test
  void of_copiesTheList() {
    List<Band> bands = new ArrayList<>(List.of(FAIL, PASS));
    Bands scale = Bands.of(bands);
    bands.add(GOOD);
    assertThat(scale.bands()).containsExactly(FAIL, PASS);
  }

  @Test
  void of_empty() {
    assertInvalid(() -> Bands.of(List.of()), "Bands = []: must hold at least one band");
  }

  static Stream<Arguments> badNeighbours() {
    return Stream.of(
        // below, above, and what is wrong
        arguments("[0,60)", "(60,85)"),   // gap at 60
        arguments("[0,60]", "[60,85)"),   // overlap at 60
        arguments("[0,60)", "[61,85)"),   // gap
        arguments("[0,60)", "[59,85)"),   // overlap
        arguments("[60,85)", "[0,60)"),   // descending
        arguments("[0,+∞)", "[60,85)"),   // nothing above an unbounded band
        arguments("[0,60)", "(-∞,85)"));  // overlap below
  }

  @ParameterizedTest
  @MethodSource("badNeighbours")
  void of_neighboursMustMeet(String below, String above) {
    Band lower = Band.of("低", "low", below);
    Band upper = Band.of("高", "high", above);
    assertInvalid(() -> Bands.of(List.of(lower, upper)),
        "Bands[1] = 高/high " + Interval.parse(above) + ": must begin where 低/low "
            + Interval.parse(below) + " ends, the shared end in exactly one band"
            + " (no gap, no overlap)");
  }

  @Test
  void of_namesTheFirstBadNeighbour() {
    Band gap = Band.of("优秀", "excellent", "(95,100]");
    assertInvalid(() -> Bands.of(List.of(FAIL, PASS, GOOD, gap)),
        "Bands[3] = 优秀/excellent (95,100]: must begin where 良好/good [85,95) ends,"
            + " the shared end in exactly one band (no gap, no overlap)");
  }

  //-----------------------------------------------------------------------
  // bandOf(Fraction)
  //-----------------------------------------------------------------------
  static Stream<Arguments> edges() {
    return Stream.of(
        arguments("0", "不合格"),
        arguments("59.99", "不合格"),
        arguments("60", "合格"),
        arguments("84.999", "合格"),
        arguments("85", "良好"),
        arguments("85.00", "良好"),
        arguments("94.995", "良好"),
        arguments("95", "优秀"),
        arguments("100", "优秀"),
        arguments("100.0001", null),
        arguments("-0.0001", null));
  }

  @ParameterizedTest
  @MethodSource("edges")
  void bandOf_atTheEdges(String value, String band) {
    if (band == null) {
      assertThat(SCALE.bandOf(f(value))).isEmpty();
    } else {
      assertThat(SCALE.bandOf(f(value)).map(Band::chinese)).contains(band);
    }
  }

  /** Every value from -1 to 101 in steps of 0.01 lies in exactly the band its thresholds say. */
  @Test
  void bandOf_exhaustive() {
    for (int hundredths = -100; hundredths <= 10_100; hundredths++) {
      Fraction value = Fraction.of(hundredths, 100);
      Band expected = hundredths < 0 ? null
          : hundredths < 6_000 ? FAIL
          : hundredths < 8_500 ? PASS
          : hundredths < 9_500 ? GOOD
          : hundredths <= 10_000 ? EXCELLENT
          : null;
      assertThat(SCALE.bandOf(value).orElse(null)).as("%s", value).isEqualTo(expected);
      long containing = SCALE.bands().stream().filter(b -> b.interval().contains(value)).count();
      assertThat(containing).isEqualTo(expected == null ? 0 : 1);
    }
  }

  //-----------------------------------------------------------------------
  // equals(), hashCode(), toString(), nulls
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(SCALE, Bands.of(List.of(FAIL, PASS, GOOD, EXCELLENT)),
            Bands.of(List.of(Band.of("不合格", "fail", "[0.0,60)"), PASS, GOOD, EXCELLENT)))
        .addEqualityGroup(Bands.of(List.of(FAIL, PASS)))
        .addEqualityGroup(Bands.of(List.of(EXCELLENT)))
        .testEquals();
  }

  @Test
  void toString_listsTheBands() {
    assertThat(Bands.of(List.of(FAIL, PASS)))
        .hasToString("[不合格/fail [0,60), 合格/pass [60,85)]");
  }

  @Test
  void nulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Bands.class);
    tester.testAllPublicInstanceMethods(SCALE);
  }
}
