package org.fazhi.core.document;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.fazhi.core.period.WorkingCalendar;
import org.fazhi.core.internal.Checks;
import org.fazhi.core.validation.InvalidValueException;
import org.immutables.value.Value;

/**
 * The time within which an issued normative document must be filed (报备时限) with the body above:
 * a local rule, commonly 30 calendar days from publication (自公布之日起30日内), sometimes a number
 * of working days.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FilingTimeLimit {

  FilingTimeLimit() {}

  /**
   * Returns the length of the limit.
   *
   * @return the number of days, zero or more
   */
  @Value.Parameter
  public abstract int days();

  /**
   * Returns the calendar whose working days are counted, if the limit is in working days.
   *
   * @return the working calendar, or empty for a limit in calendar days
   */
  @Value.Parameter
  public abstract Optional<WorkingCalendar> workingCalendar();

  /**
   * Returns a limit in calendar days (日), such as 30.
   *
   * @param days the number of days, zero or more
   * @return the limit
   * @throws InvalidValueException if {@code days} is negative
   */
  public static FilingTimeLimit calendarDays(int days) {
    return new ImmutableFilingTimeLimit(days, Optional.empty());
  }

  /**
   * Returns a limit in working days (工作日), such as 3.
   *
   * @param days the number of working days, zero or more
   * @param calendar the calendar of working days; not null
   * @return the limit
   * @throws InvalidValueException if {@code days} is negative
   */
  public static FilingTimeLimit workingDays(int days, WorkingCalendar calendar) {
    return new ImmutableFilingTimeLimit(days, Optional.of(requireNonNull(calendar, "calendar")));
  }

  @Value.Check
  void check() {
    Checks.nonNegative("FilingTimeLimit.days", days());
  }

  /**
   * Returns the last day on which a document whose clock starts on a day may be filed.
   *
   * @param start the day the clock starts, the day of publication; not null
   * @return the last day within the limit
   */
  public LocalDate deadline(LocalDate start) {
    requireNonNull(start, "start");
    return workingCalendar()
        .map(calendar -> calendar.plusWorkingDays(start, days()))
        .orElseGet(() -> start.plusDays(days()));
  }

  @Override
  public String toString() {
    return days() + (workingCalendar().isPresent() ? " working days" : " calendar days");
  }
}
