package org.fazhi.metrics.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.metrics.testing.Invalid.assertInvalid;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.fazhi.core.period.PeriodKind;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.validation.ChineseTerm;
import org.fazhi.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests {@link Comparison}. */
class ComparisonTest {

  //-----------------------------------------------------------------------
  // baseOf(ReportingPeriod)
  //-----------------------------------------------------------------------
  static Stream<Arguments> bases() {
    return Stream.of(
        // period, year-on-year base (同比), period-on-period base (环比)
        arguments("2024", "2023", "2023"),
        arguments("2024-H1", "2023-H1", "2023-H2"),
        arguments("2024-H2", "2023-H2", "2024-H1"),
        arguments("2024-Q1", "2023-Q1", "2023-Q4"),
        arguments("2024-Q3", "2023-Q3", "2024-Q2"),
        arguments("2024-01", "2023-01", "2023-12"),
        arguments("2024-07", "2023-07", "2024-06"));
  }

  @ParameterizedTest
  @MethodSource("bases")
  void baseOf(String period, String yearOnYear, String periodOnPeriod) {
    ReportingPeriod p = ReportingPeriod.parse(period);
    assertThat(Comparison.YEAR_ON_YEAR.baseOf(p)).isEqualTo(ReportingPeriod.parse(yearOnYear));
    assertThat(Comparison.PERIOD_ON_PERIOD.baseOf(p))
        .isEqualTo(ReportingPeriod.parse(periodOnPeriod));
  }

  @Test
  void baseOf_everyMonthOfAYear() {
    for (int month = 1; month <= 12; month++) {
      ReportingPeriod p = ReportingPeriod.of(2024, PeriodKind.MONTH, month);
      assertThat(Comparison.YEAR_ON_YEAR.baseOf(p))
          .isEqualTo(ReportingPeriod.of(2023, PeriodKind.MONTH, month));
      assertThat(Comparison.PERIOD_ON_PERIOD.baseOf(p))
          .isEqualTo(month == 1
              ? ReportingPeriod.of(2023, PeriodKind.MONTH, 12)
              : ReportingPeriod.of(2024, PeriodKind.MONTH, month - 1));
      assertThat(Comparison.PERIOD_ON_PERIOD.baseOf(p).next()).isEqualTo(p);
    }
  }

  @ParameterizedTest
  @EnumSource(Comparison.class)
  void baseOf_beforeTheFirstYearFails(Comparison comparison) {
    ReportingPeriod first = ReportingPeriod.year(ReportingPeriod.MIN_YEAR);
    assertThatThrownBy(() -> comparison.baseOf(first))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("ReportingPeriod.year = 1948: must be from 1949 to 9999");
  }

  @ParameterizedTest
  @EnumSource(Comparison.class)
  void baseOf_null(Comparison comparison) {
    assertThatNullPointerException().isThrownBy(() -> comparison.baseOf(null));
  }

  //-----------------------------------------------------------------------
  // chinese(), parse
  //-----------------------------------------------------------------------
  @Test
  void chinese() {
    assertThat(Comparison.YEAR_ON_YEAR.chinese()).isEqualTo("同比");
    assertThat(Comparison.PERIOD_ON_PERIOD.chinese()).isEqualTo("环比");
  }

  @ParameterizedTest
  @EnumSource(Comparison.class)
  void parse_byChineseTermOrName(Comparison comparison) {
    assertThat(ChineseTerm.parse(Comparison.class, comparison.chinese())).isEqualTo(comparison);
    assertThat(ChineseTerm.parse(Comparison.class, comparison.name())).isEqualTo(comparison);
  }

  @Test
  void parse_unknown() {
    assertInvalid(() -> ChineseTerm.parse(Comparison.class, "year-on-year"),
        "Comparison = \"year-on-year\": must be one of 同比 (YEAR_ON_YEAR), 环比 (PERIOD_ON_PERIOD)");
  }
}
