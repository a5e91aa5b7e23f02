package org.fazhi.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.fazhi.core.testing.InvalidValues.assertInvalid;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.fazhi.core.period.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link FilingTimeLimit}. */
class FilingTimeLimitTest {

  private static LocalDate date(int month, int day) {
    return LocalDate.of(2024, month, day);
  }

  /** 中秋节 and 国庆节 2024: the weekdays off, and the weekend days worked in exchange. */
  private static final WorkingCalendar AUTUMN_2024 = WorkingCalendar.of(
      Set.of(date(9, 16), date(9, 17),
          date(10, 1), date(10, 2), date(10, 3), date(10, 4), date(10, 7)),
      Set.of(date(9, 14), date(9, 29), date(10, 12)));

  //-----------------------------------------------------------------------
  // calendarDays(int)
  //-----------------------------------------------------------------------
  @Test
  void calendarDays() {
    FilingTimeLimit limit = FilingTimeLimit.calendarDays(30);
    assertThat(limit.days()).isEqualTo(30);
    assertThat(limit.workingCalendar()).isEmpty();
    assertThat(limit).hasToString("30 calendar days");
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, -30, Integer.MIN_VALUE})
  void calendarDays_negative(int days) {
    assertInvalid(() -> FilingTimeLimit.calendarDays(days),
        "FilingTimeLimit.days = " + days + ": must not be negative");
  }

  //-----------------------------------------------------------------------
  // workingDays(int, WorkingCalendar)
  //-----------------------------------------------------------------------
  @Test
  void workingDays() {
    FilingTimeLimit limit = FilingTimeLimit.workingDays(3, AUTUMN_2024);
    assertThat(limit.days()).isEqualTo(3);
    assertThat(limit.workingCalendar()).containsSame(AUTUMN_2024);
    assertThat(limit).hasToString("3 working days");
  }

  @Test
  void workingDays_negative() {
    assertInvalid(() -> FilingTimeLimit.workingDays(-1, AUTUMN_2024),
        "FilingTimeLimit.days = -1: must not be negative");
  }

  @Test
  void staticFactories_nulls() {
    assertThatNullPointerException().isThrownBy(() -> FilingTimeLimit.workingDays(3, null))
        .withMessage("calendar");
    new NullPointerTester()
        .setDefault(WorkingCalendar.class, WorkingCalendar.weekendsOnly())
        .testAllPublicStaticMethods(FilingTimeLimit.class);
  }

  //-----------------------------------------------------------------------
  // deadline(LocalDate)
  //-----------------------------------------------------------------------
  static Stream<Arguments> calendarDeadlines() {
    return Stream.of(
        arguments(30, date(6, 3), date(7, 3)), // 自公布之日起30日内
        arguments(30, date(2, 1), date(3, 2)), // through 29 February
        arguments(30, date(12, 15), LocalDate.of(2025, 1, 14)),
        arguments(0, date(6, 3), date(6, 3)),
        arguments(1, date(6, 30), date(7, 1)),
        // calendar days pay no attention to weekends or holidays
        arguments(30, date(9, 1), date(10, 1)),
        arguments(1, date(9, 27), date(9, 28)));
  }

  @ParameterizedTest(name = "{1} + {0} = {2}")
  @MethodSource("calendarDeadlines")
  void deadline_calendarDays(int days, LocalDate start, LocalDate expected) {
    assertThat(FilingTimeLimit.calendarDays(days).deadline(start)).isEqualTo(expected);
  }

  static Stream<Arguments> workingDeadlines() {
    return Stream.of(
        arguments(0, date(9, 27), date(9, 27)),
        arguments(1, date(9, 13), date(9, 14)), // Saturday worked in exchange
        arguments(2, date(9, 13), date(9, 18)), // over 中秋节
        arguments(1, date(9, 27), date(9, 29)), // Sunday worked in exchange
        arguments(3, date(9, 27), date(10, 8)), // over 国庆节
        arguments(7, date(9, 27), date(10, 12)),
        arguments(8, date(9, 27), date(10, 14)),
        arguments(3, date(10, 5), date(10, 10))); // published on a holiday Saturday
  }

  @ParameterizedTest(name = "{1} + {0} = {2}")
  @MethodSource("workingDeadlines")
  void deadline_workingDays(int days, LocalDate start, LocalDate expected) {
    assertThat(FilingTimeLimit.workingDays(days, AUTUMN_2024).deadline(start))
        .isEqualTo(expected);
  }

  @Test
  void deadline_workingDaysAcrossAWeekend() {
    FilingTimeLimit limit = FilingTimeLimit.workingDays(3, WorkingCalendar.weekendsOnly());
    assertThat(limit.deadline(date(9, 27))).isEqualTo(date(10, 2)); // Friday → Wednesday
    assertThat(limit.deadline(date(9, 28))).isEqualTo(date(10, 2)); // Saturday → Wednesday
    assertThat(limit.deadline(date(9, 30))).isEqualTo(date(10, 3)); // Monday → Thursday
  }

  @Test
  void deadline_null() {
    assertThatNullPointerException()
        .isThrownBy(() -> FilingTimeLimit.calendarDays(30).deadline(null))
        .withMessage("start");
    assertThatNullPointerException()
        .isThrownBy(() -> FilingTimeLimit.workingDays(3, AUTUMN_2024).deadline(null))
        .withMessage("start");
  }

  //-----------------------------------------------------------------------
  // equals(Object), hashCode()
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(FilingTimeLimit.calendarDays(30), FilingTimeLimit.calendarDays(30))
        .addEqualityGroup(FilingTimeLimit.calendarDays(3))
        .addEqualityGroup(
            FilingTimeLimit.workingDays(30, WorkingCalendar.weekendsOnly()),
            FilingTimeLimit.workingDays(30, WorkingCalendar.of(Set.of(), Set.of())))
        .addEqualityGroup(FilingTimeLimit.workingDays(3, WorkingCalendar.weekendsOnly()))
        .addEqualityGroup(FilingTimeLimit.workingDays(30, AUTUMN_2024))
        .testEquals();
  }
}
