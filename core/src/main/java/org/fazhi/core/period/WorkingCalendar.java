package org.fazhi.core.period;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.fazhi.core.internal.Checks;
import org.fazhi.core.validation.InvalidValueException;
import org.immutables.value.Value;

/**
 * A calendar of working days (工作日): Monday to Friday, less public holidays (法定节假日), plus the
 * weekend days worked in exchange (调休上班).
 *
 * <p>Holidays and exchanged working days change every year by State Council notice, so they are
 * data: give them for the years a computation spans. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class WorkingCalendar {

  WorkingCalendar() {}

  /**
   * Returns the weekdays that are public holidays.
   *
   * @return the holidays, in date order; not null
   */
  @Value.Parameter
  public abstract ImmutableSortedSet<LocalDate> holidays();

  /**
   * Returns the weekend days that are worked in exchange for holidays.
   *
   * @return the exchanged working days, in date order; not null
   */
  @Value.Parameter
  public abstract ImmutableSortedSet<LocalDate> exchangedWorkdays();

  /**
   * Returns a calendar in which every Monday to Friday is a working day.
   *
   * @return the calendar
   */
  public static WorkingCalendar weekendsOnly() {
    return new ImmutableWorkingCalendar(ImmutableSortedSet.of(), ImmutableSortedSet.of());
  }

  /**
   * Returns a calendar with public holidays and exchanged working days.
   *
   * @param holidays the public holidays; not null, no null elements
   * @param exchangedWorkdays the weekend days worked in exchange; not null, no null elements
   * @return the calendar
   * @throws InvalidValueException if a date is in both sets
   */
  public static WorkingCalendar of(Set<LocalDate> holidays, Set<LocalDate> exchangedWorkdays) {
    return new ImmutableWorkingCalendar(
        ImmutableSortedSet.copyOf(holidays), ImmutableSortedSet.copyOf(exchangedWorkdays));
  }

  @Value.Check
  void check() {
    Set<LocalDate> both = Sets.intersection(holidays(), exchangedWorkdays());
    if (!both.isEmpty()) {
      throw new InvalidValueException(
          "WorkingCalendar.exchangedWorkdays",
          both.iterator().next(),
          "a day cannot be both a holiday and a working day");
    }
  }

  /**
   * Returns whether a date is a working day.
   *
   * @param date the date; not null
   * @return true for a working day
   */
  public boolean isWorkingDay(LocalDate date) {
    requireNonNull(date, "date");
    if (exchangedWorkdays().contains(date)) {
      return true;
    }
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays().contains(date);
  }

  /**
   * Returns the day on which a period of working days, counted from the day after {@code date},
   * ends: three working days from a Friday end on the following Wednesday.
   *
   * @param date the day the period is counted from; not null
   * @param workingDays the length of the period, zero or more
   * @return the last day of the period; {@code date} itself when {@code workingDays} is zero
   * @throws InvalidValueException if {@code workingDays} is negative
   */
  public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
    Checks.nonNegative("workingDays", workingDays);
    LocalDate day = requireNonNull(date, "date");
    for (int left = workingDays; left > 0; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }
}
