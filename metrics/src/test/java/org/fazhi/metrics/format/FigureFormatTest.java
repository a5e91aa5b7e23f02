package org.fazhi.metrics.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.metrics.exact.Change;
import org.fazhi.metrics.exact.ChangeKind;
import org.fazhi.metrics.exact.Comparison;
import org.fazhi.metrics.exact.Fraction;
import org.fazhi.metrics.exact.Outcome;
import org.fazhi.metrics.exact.RoundingPolicy;
import org.fazhi.metrics.exact.UndefinedReason;
import org.fazhi.metrics.indicator.IndicatorUnit;
import org.fazhi.metrics.indicator.StandardCatalog;
import org.fazhi.metrics.exact.Tally;
import org.fazhi.metrics.indicator.IndicatorValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FigureFormatTest {

  static final FigureFormat ZH = FigureFormat.of(Language.ZH);
  static final FigureFormat EN = FigureFormat.of(Language.EN);

  static Outcome v(long numerator, long denominator) {
    return Outcome.of(Fraction.of(numerator, denominator));
  }

  static Stream<Arguments> outcomes() {
    return Stream.of(
        arguments(v(900, 930), IndicatorUnit.PERCENT, RoundingPolicy.DEFAULT, "96.77%", "96.77%"),
        arguments(v(77, 122), IndicatorUnit.PERCENT, RoundingPolicy.halfUp(1), "63.1%", "63.1%"),
        arguments(v(1, 8), IndicatorUnit.PERCENT, RoundingPolicy.halfEven(0), "12%", "12%"),
        arguments(v(2, 3), IndicatorUnit.PERCENT, RoundingPolicy.truncate(2), "66.66%", "66.66%"),
        arguments(v(3158, 1), IndicatorUnit.ITEMS, RoundingPolicy.halfUp(0), "3158项",
            "3158 items"),
        arguments(v(78_000_000, 1), IndicatorUnit.TEN_THOUSAND_YUAN, RoundingPolicy.DEFAULT,
            "7800.00万元", "7800.00 10k yuan"),
        arguments(v(3140, 1), IndicatorUnit.PERSON_TIMES, RoundingPolicy.halfUp(0), "3140人次",
            "3140 person-times"),
        arguments(v(-7, 100), IndicatorUnit.PERCENT, RoundingPolicy.DEFAULT, "-7.00%", "-7.00%"),
        arguments(Outcome.undefined(UndefinedReason.ZERO_DENOMINATOR), IndicatorUnit.PERCENT,
            RoundingPolicy.DEFAULT, "—", "—"));
  }

  @ParameterizedTest
  @MethodSource("outcomes")
  void outcome(Outcome outcome, IndicatorUnit unit, RoundingPolicy policy, String zh, String en) {
    assertThat(ZH.outcome(outcome, unit, policy)).isEqualTo(zh);
    assertThat(EN.outcome(outcome, unit, policy)).isEqualTo(en);
  }

  static Change change(ChangeKind kind, Comparison comparison, Outcome current, Outcome base) {
    return Change.of(kind, comparison, current, base);
  }

  static Stream<Arguments> changes() {
    Comparison yoy = Comparison.YEAR_ON_YEAR;
    Comparison pop = Comparison.PERIOD_ON_PERIOD;
    return Stream.of(
        arguments(change(ChangeKind.RELATIVE, yoy, v(45, 1), v(9, 1)), IndicatorUnit.CASES,
            RoundingPolicy.halfUp(0), "同比增长400%", "up 400% year on year"),
        arguments(change(ChangeKind.RELATIVE, yoy, v(615, 1), v(1000, 1)), IndicatorUnit.CASES,
            RoundingPolicy.halfUp(1), "同比下降38.5%", "down 38.5% year on year"),
        arguments(change(ChangeKind.POINTS, yoy, v(8976, 10000), v(9677, 10000)),
            IndicatorUnit.PERCENT, RoundingPolicy.DEFAULT, "同比下降7.01个百分点",
            "down 7.01 percentage points year on year"),
        arguments(change(ChangeKind.POINTS, pop, v(9677, 10000), v(8980, 10000)),
            IndicatorUnit.PERCENT, RoundingPolicy.DEFAULT, "环比提高6.97个百分点",
            "up 6.97 percentage points period on period"),
        arguments(change(ChangeKind.ABSOLUTE, yoy, v(45, 1), v(9, 1)), IndicatorUnit.CASES,
            RoundingPolicy.halfUp(0), "同比增加36件", "up 36 cases year on year"),
        arguments(change(ChangeKind.ABSOLUTE, yoy, v(9, 1), v(12, 1)), IndicatorUnit.CASES,
            RoundingPolicy.halfUp(0), "同比减少3件", "down 3 cases year on year"),
        arguments(change(ChangeKind.RELATIVE, yoy, v(1000, 1), v(1000, 1)), IndicatorUnit.CASES,
            RoundingPolicy.halfUp(1), "同比持平", "unchanged year on year"),
        // A change that rounds to zero is printed as no change, not as "增长0.0%".
        arguments(change(ChangeKind.RELATIVE, yoy, v(10001, 1), v(10000, 1)), IndicatorUnit.CASES,
            RoundingPolicy.halfUp(1), "同比持平", "unchanged year on year"),
        arguments(change(ChangeKind.RELATIVE, yoy, v(3, 1), v(0, 1)), IndicatorUnit.CASES,
            RoundingPolicy.halfUp(1), "—", "—"));
  }

  @ParameterizedTest
  @MethodSource("changes")
  void change(Change change, IndicatorUnit unit, RoundingPolicy policy, String zh, String en) {
    assertThat(ZH.change(change, unit, policy)).isEqualTo(zh);
    assertThat(EN.change(change, unit, policy)).isEqualTo(en);
  }

  @Test
  void tallyShowsRemovalsOnlyWhenThereAreAny() {
    assertThat(ZH.tally(Tally.of(900, 930))).isEqualTo("900/930");
    assertThat(ZH.tally(Tally.of(27, 29, 1, 0))).isEqualTo("27/28（总数29，排除1）");
    assertThat(ZH.tally(Tally.of(5, 10, 0, 1))).isEqualTo("5/9（总数10，例外1）");
    assertThat(EN.tally(Tally.of(5, 10, 2, 1))).isEqualTo("5/7 (of 10, excl. 2, exc. 1)");
    assertThat(EN.tally(Tally.of(5, 10))).isEqualTo("5/10");
  }

  @Test
  void valueUsesTheIndicatorsUnitAndRounding() {
    IndicatorValue value = IndicatorValue.ofTally(
        StandardCatalog.catalog().indicator("MED-RESOLUTION"), "2024.1", UnitCode.parse("640424"),
        ReportingPeriod.year(2024), Tally.of(900, 930));

    assertThat(ZH.value(value)).isEqualTo("96.77%");
  }

  @Test
  void reasonsInBothLanguages() {
    assertThat(ZH.reason(UndefinedReason.ZERO_BASE)).isEqualTo("基期为零");
    assertThat(EN.reason(UndefinedReason.ZERO_BASE)).isEqualTo("zero base");
  }

  @Test
  void theDefaultLocaleIsNeverUsed() {
    // Tests run under tr-TR, whose decimal separator is a comma.
    assertThat(ZH.outcome(v(1, 3), IndicatorUnit.PERCENT, RoundingPolicy.DEFAULT))
        .isEqualTo("33.33%");
    assertThat(ZH.language()).isEqualTo(Language.ZH);
    assertThat(EN.toString()).isEqualTo("FigureFormat[EN]");
  }
}
