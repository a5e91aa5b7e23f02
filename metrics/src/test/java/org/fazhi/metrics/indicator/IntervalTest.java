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
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link Interval}. */
class IntervalTest {

  private static Fraction f(String decimal) {
    return Fraction.of(new BigDecimal(decimal));
  }

  //-----------------------------------------------------------------------
  // parse(String), toString(), accessors
  //-----------------------------------------------------------------------
  @Test
  void parse() {
    Interval interval = Interval.parse("[85,95)");
    assertThat(interval.lower()).contains(new BigDecimal("85"));
    assertThat(interval.isLowerClosed()).isTrue();
    assertThat(interval.upper()).contains(new BigDecimal("95"));
    assertThat(interval.isUpperClosed()).isFalse();
  }

  @Test
  void parse_unboundedEnds() {
    Interval above = Interval.parse("[95,+∞)");
    assertThat(above.lower()).contains(new BigDecimal("95"));
    assertThat(above.upper()).isEmpty();
    assertThat(above.isUpperClosed()).isFalse();
    Interval below = Interval.parse("(-∞,60)");
    assertThat(below.lower()).isEmpty();
    assertThat(below.isLowerClosed()).isFalse();
    assertThat(below.upper()).contains(new BigDecimal("60"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"[85,95)", "[95,+∞)", "(-∞,60)", "[0,60)", "(0.5,1]", "[-5,-1]",
      "[85.0,95)", "(-∞,+∞)", "[5,5]", "[95,100]", "[100.00,100.00]", "(-0.5,0)"})
  void parse_toString_roundTrip(String text) {
    Interval interval = Interval.parse(text);
    assertThat(interval).hasToString(text);
    assertThat(Interval.parse(interval.toString())).isEqualTo(interval);
  }

  static Stream<Arguments> spaced() {
    return Stream.of(
        arguments(" [85,95) ", "[85,95)"),
        arguments("[ 85 , 95 )", "[85,95)"),
        arguments("(\t-∞ ,60)", "(-∞,60)"),
        arguments("[95, +∞)", "[95,+∞)"));
  }

  @ParameterizedTest
  @MethodSource("spaced")
  void parse_allowsSpaces(String text, String printed) {
    assertThat(Interval.parse(text)).hasToString(printed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "85,95", "[85;95)", "[85,95", "85,95)", "[+∞,95)", "[85,-∞)",
      "{85,95}", "[85,95)%", "[a,b)", "[1e2,200)", "[.5,1)", "[85,95))", "[,95)", "[85,)",
      "[+5,10)", "[85 95)", "[∞,95)", "[85,∞)", "[85%,95%)"})
  void parse_malformed(String text) {
    assertInvalid(() -> Interval.parse(text),
        "Interval = \"" + text + "\": must be like [85,95), [95,+∞) or (-∞,60)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[-∞,60)", "(95,+∞]", "[-∞,+∞]", "[-∞,+∞)", "(-∞,+∞]"})
  void parse_closedInfiniteEnd(String text) {
    assertInvalid(() -> Interval.parse(text),
        "Interval = \"" + text + "\": an infinite end is open");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[95,85]", "[5,5)", "(5,5]", "(5,5)", "[5.00,5)", "(0.5,0.25)"})
  void parse_empty(String text) {
    assertInvalid(() -> Interval.parse(text), "Interval = \"" + text + "\": must not be empty");
  }

  //-----------------------------------------------------------------------
  // every interval over a small domain, exhaustively
  //-----------------------------------------------------------------------
  private static final List<String> ENDS = List.of("-1", "0", "0.5", "60", "100.00");

  /** Whether {@code value} lies in the interval, from the textual parts directly. */
  private static boolean reference(
      boolean lowerClosed, String lower, String upper, boolean upperClosed, Fraction value) {
    if (!lower.equals("-∞")) {
      int c = value.compareTo(f(lower));
      if (c < 0 || (c == 0 && !lowerClosed)) {
        return false;
      }
    }
    if (!upper.equals("+∞")) {
      int c = value.compareTo(f(upper));
      if (c > 0 || (c == 0 && !upperClosed)) {
        return false;
      }
    }
    return true;
  }

  @Test
  void parse_contains_exhaustive() {
    List<String> lowers = new ArrayList<>(ENDS);
    lowers.add("-∞");
    List<String> uppers = new ArrayList<>(ENDS);
    uppers.add("+∞");
    List<Fraction> probes = new ArrayList<>();
    for (String end : ENDS) {
      probes.add(f(end));
      probes.add(f(end).minus(Fraction.of(1, 1000)));
      probes.add(f(end).plus(Fraction.of(1, 1000)));
    }
    probes.add(Fraction.of(-1_000_000));
    probes.add(Fraction.of(1_000_000));
    int valid = 0;
    for (String lower : lowers) {
      for (String upper : uppers) {
        for (boolean lowerClosed : new boolean[] {true, false}) {
          for (boolean upperClosed : new boolean[] {true, false}) {
            String text = (lowerClosed ? "[" : "(") + lower + "," + upper + (upperClosed ? "]" : ")");
            boolean infiniteClosed = (lower.equals("-∞") && lowerClosed)
                || (upper.equals("+∞") && upperClosed);
            boolean empty = !lower.equals("-∞") && !upper.equals("+∞")
                && (f(lower).compareTo(f(upper)) > 0
                    || (f(lower).equals(f(upper)) && !(lowerClosed && upperClosed)));
            if (infiniteClosed) {
              assertInvalid(() -> Interval.parse(text),
                  "Interval = \"" + text + "\": an infinite end is open");
            } else if (empty) {
              assertInvalid(() -> Interval.parse(text),
                  "Interval = \"" + text + "\": must not be empty");
            } else {
              Interval interval = Interval.parse(text);
              assertThat(interval).hasToString(text);
              assertThat(Interval.parse(interval.toString())).isEqualTo(interval);
              for (Fraction probe : probes) {
                assertThat(interval.contains(probe)).as("%s contains %s", text, probe)
                    .isEqualTo(reference(lowerClosed, lower, upper, upperClosed, probe));
              }
              valid++;
            }
          }
        }
      }
    }
    // finite ends in order (4 bracket pairs), equal closed ends, one end unbounded, both
    assertThat(valid).isEqualTo(10 * 4 + 5 + 5 * 2 + 5 * 2 + 1);
  }

  //-----------------------------------------------------------------------
  // contains(Fraction)
  //-----------------------------------------------------------------------
  @Test
  void contains_atTheEnds() {
    Interval good = Interval.parse("[85,95)");
    assertThat(good.contains(Fraction.of(85))).isTrue();
    assertThat(good.contains(f("84.99"))).isFalse();
    assertThat(good.contains(f("94.999999"))).isTrue();
    assertThat(good.contains(Fraction.of(95))).isFalse();
    assertThat(good.contains(Fraction.of(3000, 31))).isFalse(); // 96.77…
    assertThat(Interval.parse("(85,95]").contains(Fraction.of(85))).isFalse();
    assertThat(Interval.parse("(85,95]").contains(Fraction.of(95))).isTrue();
    assertThat(Interval.parse("[95,+∞)").contains(Fraction.of(Long.MAX_VALUE).plus(Fraction.ONE)))
        .isTrue();
    assertThat(Interval.parse("(-∞,60)").contains(Fraction.of(Long.MIN_VALUE).minus(Fraction.ONE)))
        .isTrue();
    assertThat(Interval.parse("[95.0,100.00]").contains(Fraction.of(95))).isTrue();
    assertThat(Interval.parse("[95.0,100.00]").contains(Fraction.HUNDRED)).isTrue();
  }

  //-----------------------------------------------------------------------
  // meets(Interval)
  //-----------------------------------------------------------------------
  static Stream<Arguments> meetings() {
    return Stream.of(
        arguments("[85,95)", "[95,100]", true),
        arguments("[85,95]", "(95,100]", true),
        arguments("[85,95.0)", "[95.00,100]", true),
        arguments("(-∞,60)", "[60,+∞)", true),
        arguments("[85,95]", "[95,100]", false),   // overlap at 95
        arguments("[85,95)", "(95,100]", false),   // gap at 95
        arguments("[85,95)", "[96,100]", false),   // gap
        arguments("[85,95)", "[94,100]", false),   // overlap
        arguments("[85,+∞)", "[95,100]", false),
        arguments("[85,95)", "(-∞,100]", false),
        arguments("[95,100]", "[85,95)", false));  // wrong order
  }

  @ParameterizedTest
  @MethodSource("meetings")
  void meets(String below, String above, boolean meets) {
    assertThat(Interval.parse(below).meets(Interval.parse(above))).isEqualTo(meets);
  }

  //-----------------------------------------------------------------------
  // equals(), hashCode(), nulls
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(Interval.parse("[85,95)"), Interval.parse("[85.0,95)"),
            Interval.parse("[85.00,95.000)"), Interval.parse(" [ 85 , 95 ) "))
        .addEqualityGroup(Interval.parse("(85,95)"))
        .addEqualityGroup(Interval.parse("[85,95]"))
        .addEqualityGroup(Interval.parse("(85,95]"))
        .addEqualityGroup(Interval.parse("[85,96)"))
        .addEqualityGroup(Interval.parse("[84,95)"))
        .addEqualityGroup(Interval.parse("[85,+∞)"))
        .addEqualityGroup(Interval.parse("(-∞,95)"))
        .addEqualityGroup(Interval.parse("(-∞,+∞)"))
        .addEqualityGroup(Interval.parse("[0,1)"), Interval.parse("[0.00,1.0)"),
            Interval.parse("[-0,1)"))
        .addEqualityGroup(Interval.parse("(-∞,0)"))
        .addEqualityGroup("[85,95)")
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Interval.class);
    tester.testAllPublicInstanceMethods(Interval.parse("[85,95)"));
    tester.testAllPublicInstanceMethods(Interval.parse("[95,+∞)"));
    tester.testAllPublicInstanceMethods(Interval.parse("(-∞,+∞)"));
  }
}
