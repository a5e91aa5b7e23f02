package org.fazhi.core.report;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.internal.Checks;
import org.fazhi.core.validation.InvalidValueException;
import org.immutables.value.Value;

/**
 * A unit's annual report on rule-of-law government construction (法治政府建设年度报告) for one
 * year, due to the body above by 1 March (报送) and to the public by 1 April (公开) of the next
 * year.
 *
 * <p>One record per unit required to report; a report not yet published has no publication date.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AnnualReport {

  /** The day of the following year by which the report must be submitted (3月1日). */
  public static final MonthDay SUBMISSION_DEADLINE = MonthDay.of(3, 1);

  /** The day of the following year by which the report must be published (4月1日). */
  public static final MonthDay PUBLICATION_DEADLINE = MonthDay.of(4, 1);

  AnnualReport() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnnualReport}; the unit and year are required. */
  public static final class Builder extends ImmutableAnnualReport.Builder {
    Builder() {}
  }

  /**
   * Returns the unit that must report.
   *
   * @return the unit's code; not null
   */
  public abstract UnitCode unit();

  /**
   * Returns the year reported on.
   *
   * @return the year, from {@value ReportingPeriod#MIN_YEAR} to {@value ReportingPeriod#MAX_YEAR},
   *     the range of a {@link ReportingPeriod}
   */
  public abstract int year();

  /**
   * Returns the day the report was submitted to the body above (报送).
   *
   * @return the submission date, or empty if not submitted
   */
  public abstract Optional<LocalDate> submittedDate();

  /**
   * Returns the day the report was made public (向社会公开).
   *
   * @return the publication date, or empty if not published
   */
  public abstract Optional<LocalDate> publishedDate();

  @Value.Check
  void check() {
    if (year() < ReportingPeriod.MIN_YEAR || year() > ReportingPeriod.MAX_YEAR) {
      throw new InvalidValueException(
          "AnnualReport.year", year(),
          "must be from " + ReportingPeriod.MIN_YEAR + " to " + ReportingPeriod.MAX_YEAR);
    }
    Optional<LocalDate> yearStart = Optional.of(LocalDate.of(year(), 1, 1));
    Checks.notBefore("AnnualReport.submittedDate", submittedDate(), "the year reported", yearStart);
    Checks.notBefore("AnnualReport.publishedDate", publishedDate(), "the year reported", yearStart);
  }

  /**
   * Returns the last day for publication: 1 April of the following year.
   *
   * @return the publication deadline; not null
   */
  public LocalDate publicationDeadline() {
    return PUBLICATION_DEADLINE.atYear(year() + 1);
  }

  /**
   * Returns whether the report was published by its deadline.
   *
   * @return true if published on or before 1 April of the following year
   */
  public boolean isPublishedOnTime() {
    return publishedDate().filter(day -> !day.isAfter(publicationDeadline())).isPresent();
  }

  /**
   * Returns whether the report was submitted by its deadline.
   *
   * @return true if submitted on or before 1 March of the following year
   */
  public boolean isSubmittedOnTime() {
    return submittedDate()
        .filter(day -> !day.isAfter(SUBMISSION_DEADLINE.atYear(year() + 1)))
        .isPresent();
  }
}
