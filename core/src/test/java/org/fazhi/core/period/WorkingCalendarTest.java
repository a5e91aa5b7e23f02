package org.fazhi.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.fazhi.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests {@link WorkingCalendar}. */
class WorkingCalendarTest {

  private static LocalDate date(int month, int day) {
    return LocalDate.of(2024, month, day);
  }

  /**
   * The autumn of 2024 by the State Council's notice: 中秋节 9月15日至17日放假调休, 9月14日（星期六）上班;
   * 国庆节 10月1日至7日放假调休, 9月29日（星期日）、10月12日（星期六）上班. Holidays are the weekdays off.
   */
  static final WorkingCalendar AUTUMN_2024 = WorkingCalendar.of(
      Set.of(date(9, 16), date(9, 17),
          date(10, 1), date(10, 2), date(10, 3), date(10, 4), date(10, 7)),
      Set.of(date(9, 14), date(9, 29), date(10, 12)));

  //-----------------------------------------------------------------------
  // weekendsOnly()
  //-----------------------------------------------------------------------
  @Test
  void weekendsOnly() {
    WorkingCalendar calendar = WorkingCalendar.weekendsOnly();
    assertThat(calendar.holidays()).isEmpty();
    assertThat(calendar.exchangedWorkdays()).isEmpty();
    for (LocalDate day = date(1, 1); day.getYear() == 2024; day = day.plusDays(1)) {
      boolean weekend =
          day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
      assertThat(calendar.isWorkingDay(day)).as("%s", day).isEqualTo(!weekend);
    }
  }

  //-----------------------------------------------------------------------
  // of(Set, Set)
  //-----------------------------------------------------------------------
  @Test
  void of_sortsTheDates() {
    Set<LocalDate> holidays = new LinkedHashSet<>(List.of(date(10, 7), date(10, 1), date(9, 16)));
    WorkingCalendar calendar = WorkingCalendar.of(holidays, Set.of(date(10, 12), date(9, 29)));
    assertThat(calendar.holidays()).containsExactly(date(9, 16), date(10, 1), date(10, 7));
    assertThat(calendar.exchangedWorkdays()).containsExactly(date(9, 29), date(10, 12));
  }

  @Test
  void of_copiesTheSets() {
    Set<LocalDate> holidays = new HashSet<>(Set.of(date(10, 1)));
    WorkingCalendar calendar = WorkingCalendar.of(holidays, Set.of());
    holidays.add(date(10, 2));
    assertThat(calendar.holidays()).containsExactly(date(10, 1));
    assertThat(calendar.isWorkingDay(date(10, 2))).isTrue();
  }

  @Test
  void of_dayBothHolidayAndWorkday() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> WorkingCalendar.of(
            Set.of(date(10, 1), date(10, 2)), Set.of(date(9, 29), date(10, 2))))
        .withMessage("WorkingCalendar.exchangedWorkdays = 2024-10-02:"
            + " a day cannot be both a holiday and a working day")
        .satisfies(ex -> {
          assertThat(ex.field()).isEqualTo("WorkingCalendar.exchangedWorkdays");
          assertThat(ex.value()).isEqualTo("2024-10-02");
        });
  }

  @Test
  void of_nulls() {
    assertThatNullPointerException()
        .isThrownBy(() -> WorkingCalendar.of(
            new HashSet<>(Arrays.asList(date(10, 1), null)), Set.of()));
    new NullPointerTester().testAllPublicStaticMethods(WorkingCalendar.class);
    new NullPointerTester().testAllPublicInstanceMethods(AUTUMN_2024);
  }

  //-----------------------------------------------------------------------
  // isWorkingDay(LocalDate)
  //-----------------------------------------------------------------------
  static Stream<Arguments> workingDays() {
    return Stream.of(
        arguments(date(9, 13), true), // Friday
        arguments(date(9, 14), true), // Saturday worked in exchange
        arguments(date(9, 15), false), // Sunday, 中秋节
        arguments(date(9, 16), false), // Monday, holiday
        arguments(date(9, 17), false), // Tuesday, 中秋节
        arguments(date(9, 18), true),
        arguments(date(9, 28), false), // Saturday
        arguments(date(9, 29), true), // Sunday worked in exchange
        arguments(date(9, 30), true),
        arguments(date(10, 1), false), // 国庆节
        arguments(date(10, 5), false), // Saturday
        arguments(date(10, 7), false),
        arguments(date(10, 8), true),
        arguments(date(10, 12), true), // Saturday worked in exchange
        arguments(date(10, 13), false));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("workingDays")
  void isWorkingDay(LocalDate day, boolean working) {
    assertThat(AUTUMN_2024.isWorkingDay(day)).isEqualTo(working);
  }

  //-----------------------------------------------------------------------
  // plusWorkingDays(LocalDate, int)
  //-----------------------------------------------------------------------
  static Stream<Arguments> plusWorkingDaysWeekendsOnly() {
    return Stream.of(
        arguments(date(9, 27), 0, date(9, 27)), // Friday: zero days is the day itself
        arguments(date(9, 27), 1, date(9, 30)), // across a weekend
        arguments(date(9, 27), 3, date(10, 2)), // Friday + 3 = Wednesday
        arguments(date(9, 27), 5, date(10, 4)),
        arguments(date(9, 28), 0, date(9, 28)), // a Saturday start stays put
        arguments(date(9, 28), 1, date(9, 30)),
        arguments(date(9, 29), 1, date(9, 30)),
        arguments(date(9, 30), 1, date(10, 1)),
        arguments(date(12, 27), 3, LocalDate.of(2025, 1, 1)));
  }

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @MethodSource("plusWorkingDaysWeekendsOnly")
  void plusWorkingDays_weekendsOnly(LocalDate start, int days, LocalDate expected) {
    assertThat(WorkingCalendar.weekendsOnly().plusWorkingDays(start, days)).isEqualTo(expected);
  }

  static Stream<Arguments> plusWorkingDaysAutumn() {
    return Stream.of(
        arguments(date(9, 13), 1, date(9, 14)), // Saturday worked in exchange
        arguments(date(9, 13), 2, date(9, 18)), // over 中秋节
        arguments(date(9, 27), 1, date(9, 29)), // Sunday worked in exchange
        arguments(date(9, 27), 2, date(9, 30)),
        arguments(date(9, 27), 3, date(10, 8)), // over 国庆节
        arguments(date(9, 27), 6, date(10, 11)),
        arguments(date(9, 27), 7, date(10, 12)), // Saturday worked in exchange
        arguments(date(9, 27), 8, date(10, 14)),
        arguments(date(9, 30), 1, date(10, 8)),
        arguments(date(10, 1), 0, date(10, 1)), // a holiday start stays put
        arguments(date(10, 1), 1, date(10, 8)));
  }

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @MethodSource("plusWorkingDaysAutumn")
  void plusWorkingDays_holidaysAndExchangedWorkdays(
      LocalDate start, int days, LocalDate expected) {
    assertThat(AUTUMN_2024.plusWorkingDays(start, days)).isEqualTo(expected);
  }

  @Test
  void plusWorkingDays_countsWorkingDaysOnly() {
    for (int n = 0; n <= 40; n++) {
      LocalDate start = date(9, 1);
      LocalDate end = AUTUMN_2024.plusWorkingDays(start, n);
      long counted = start.plusDays(1).datesUntil(end.plusDays(1))
          .filter(AUTUMN_2024::isWorkingDay).count();
      assertThat(counted).as("%s working days", n).isEqualTo(n);
      if (n > 0) {
        assertThat(AUTUMN_2024.isWorkingDay(end)).as("the last day is worked").isTrue();
      }
    }
  }

  @Test
  void plusWorkingDays_negative() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> AUTUMN_2024.plusWorkingDays(date(9, 27), -1))
        .withMessage("workingDays = -1: must not be negative");
  }

  @Test
  void plusWorkingDays_null() {
    assertThatNullPointerException()
        .isThrownBy(() -> AUTUMN_2024.plusWorkingDays(null, 3))
        .withMessage("date");
    assertThatNullPointerException()
        .isThrownBy(() -> AUTUMN_2024.isWorkingDay(null))
        .withMessage("date");
  }

  //-----------------------------------------------------------------------
  // equals(Object), hashCode()
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(WorkingCalendar.weekendsOnly(), WorkingCalendar.of(Set.of(), Set.of()))
        .addEqualityGroup(
            WorkingCalendar.of(Set.of(date(10, 1), date(10, 2)), Set.of(date(9, 29))),
            WorkingCalendar.of(Set.of(date(10, 2), date(10, 1)), Set.of(date(9, 29))))
        .addEqualityGroup(WorkingCalendar.of(Set.of(date(10, 1)), Set.of(date(9, 29))))
        .addEqualityGroup(WorkingCalendar.of(Set.of(date(10, 1), date(10, 2)), Set.of()))
        .addEqualityGroup(AUTUMN_2024)
        .testEquals();
  }
}
