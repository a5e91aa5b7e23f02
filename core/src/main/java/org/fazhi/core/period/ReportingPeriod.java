package org.fazhi.core.period;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.core.validation.InvalidValueException;

/**
 * A reporting period (统计周期): a calendar year, half-year, quarter or month.
 *
 * <p>Periods compare year-on-year through {@link #sameTimeLastYear()} (同比) and
 * period-on-period through {@link #previous()} (环比). {@link #parse(String)} is the exact inverse
 * of {@link #toString()}: {@code 2024}, {@code 2024-H1}, {@code 2024-Q3}, {@code 2024-07}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportingPeriod implements Comparable<ReportingPeriod> {

  /** The earliest year accepted. */
  public static final int MIN_YEAR = 1949;

  /** The latest year accepted. */
  public static final int MAX_YEAR = 9999;

  private static final Pattern FORMAT =
      Pattern.compile("(\\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?");

  private static final Comparator<ReportingPeriod> ORDER =
      Comparator.comparing(ReportingPeriod::start).thenComparing(ReportingPeriod::end);

  private final int year;
  private final PeriodKind kind;
  private final int number;

  private ReportingPeriod(int year, PeriodKind kind, int number) {
    this.year = year;
    this.kind = kind;
    this.number = number;
  }

  /**
   * Returns a period from its parts.
   *
   * @param year the calendar year, from {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @param kind the length of the period; not null
   * @param number the period's number within the year, from 1 to {@code kind.perYear()}
   * @return the period
   * @throws InvalidValueException if the year or number is out of range
   */
  public static ReportingPeriod of(int year, PeriodKind kind, int number) {
    requireNonNull(kind, "kind");
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidValueException(
          "ReportingPeriod.year", year, "must be from " + MIN_YEAR + " to " + MAX_YEAR);
    }
    if (number < 1 || number > kind.perYear()) {
      throw new InvalidValueException(
          "ReportingPeriod.number", number, "must be from 1 to " + kind.perYear() + " for " + kind);
    }
    return new ReportingPeriod(year, kind, number);
  }

  /**
   * Returns a calendar year.
   *
   * @param year the year, from {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @return the period
   * @throws InvalidValueException if the year is out of range
   */
  public static ReportingPeriod year(int year) {
    return of(year, PeriodKind.YEAR, 1);
  }

  /**
   * Returns the period of a kind that contains a date.
   *
   * @param date the date; not null
   * @param kind the length of the period; not null
   * @return the period containing {@code date}
   * @throws InvalidValueException if the date's year is out of range
   */
  public static ReportingPeriod containing(LocalDate date, PeriodKind kind) {
    requireNonNull(date, "date");
    requireNonNull(kind, "kind");
    return of(date.getYear(), kind, (date.getMonthValue() - 1) / kind.months() + 1);
  }

  /**
   * Parses a period printed as {@code 2024}, {@code 2024-H1}, {@code 2024-Q3} or
   * {@code 2024-07}.
   *
   * @param text the text; not null
   * @return the period
   * @throws InvalidValueException if the text is not in one of those forms or is out of range
   */
  public static ReportingPeriod parse(String text) {
    requireNonNull(text, "text");
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      throw new InvalidValueException(
          "ReportingPeriod", "\"" + text + "\"", "must be YYYY, YYYY-H1, YYYY-Q3 or YYYY-MM");
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) != null) {
      return of(year, PeriodKind.HALF, Integer.parseInt(m.group(2)));
    }
    if (m.group(3) != null) {
      return of(year, PeriodKind.QUARTER, Integer.parseInt(m.group(3)));
    }
    if (m.group(4) != null) {
      return of(year, PeriodKind.MONTH, Integer.parseInt(m.group(4)));
    }
    return year(year);
  }

  /**
   * Returns the calendar year the period lies in.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns the length of the period.
   *
   * @return the kind; not null
   */
  public PeriodKind kind() {
    return kind;
  }

  /**
   * Returns the period's number within its year: the half, quarter or month; 1 for a year.
   *
   * @return from 1 to {@code kind().perYear()}
   */
  public int number() {
    return number;
  }

  /**
   * Returns the first day of the period.
   *
   * @return the first day; not null
   */
  public LocalDate start() {
    return LocalDate.of(year, (number - 1) * kind.months() + 1, 1);
  }

  /**
   * Returns the last day of the period, inclusive.
   *
   * @return the last day; not null
   */
  public LocalDate end() {
    return start().plusMonths(kind.months()).minusDays(1);
  }

  /**
   * Returns whether a date falls within the period, first and last days included.
   *
   * @param date the date; not null
   * @return true if {@code start() <= date <= end()}
   */
  public boolean contains(LocalDate date) {
    requireNonNull(date, "date");
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /**
   * Returns the same period one year earlier, the base of a year-on-year comparison (同比).
   *
   * @return the period a year before
   * @throws InvalidValueException if that year is before {@value #MIN_YEAR}
   */
  public ReportingPeriod sameTimeLastYear() {
    return of(year - 1, kind, number);
  }

  /**
   * Returns the period just before, the base of a period-on-period comparison (环比): the
   * previous quarter for a quarter, the previous year for a year.
   *
   * @return the preceding period of the same kind
   * @throws InvalidValueException if that period is before {@value #MIN_YEAR}
   */
  public ReportingPeriod previous() {
    return number > 1 ? of(year, kind, number - 1) : of(year - 1, kind, kind.perYear());
  }

  /**
   * Returns the period just after.
   *
   * @return the following period of the same kind
   * @throws InvalidValueException if that period is after {@value #MAX_YEAR}
   */
  public ReportingPeriod next() {
    return number < kind.perYear() ? of(year, kind, number + 1) : of(year + 1, kind, 1);
  }

  /**
   * Orders periods by their first day, then by their last day, so that a year comes after its
   * first quarter and before its second.
   *
   * @param other the other period; not null
   * @return negative, zero or positive as this period comes before, with or after {@code other}
   */
  @Override
  public int compareTo(ReportingPeriod other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ReportingPeriod other
        && year == other.year
        && kind == other.kind
        && number == other.number;
  }

  @Override
  public int hashCode() {
    return (year * 31 + kind.ordinal()) * 31 + number;
  }

  /**
   * Prints the period as {@link #parse(String)} reads it.
   *
   * @return {@code 2024}, {@code 2024-H1}, {@code 2024-Q3} or {@code 2024-07}; not null
   */
  @Override
  public String toString() {
    return switch (kind) {
      case YEAR -> Integer.toString(year);
      case HALF -> year + "-H" + number;
      case QUARTER -> year + "-Q" + number;
      case MONTH -> year + (number < 10 ? "-0" : "-") + number;
    };
  }
}
