package org.fazhi.metrics.engine;

import static java.util.Objects.requireNonNull;

import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.internal.Checks;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.measure.Measure;

/**
 * A count typed in from a statistics form (统计报表数): the value of a measure for one unit and
 * period, where no records are kept.
 *
 * <p>Form counts add to what records give, and count only in an evaluation of exactly their
 * period (a year's count is not split into quarters).
 *
 * @param unit the unit; not null
 * @param period the period; not null
 * @param measure the measure; not null
 * @param value the count, zero or more
 */
public record FormCount(UnitCode unit, ReportingPeriod period, Measure measure, long value) {

  /**
   * Creates a form count.
   *
   * @param unit the unit; not null
   * @param period the period; not null
   * @param measure the measure; not null
   * @param value the count, zero or more
   * @throws InvalidValueException if the value is negative
   */
  public FormCount {
    requireNonNull(unit, "unit");
    requireNonNull(period, "period");
    requireNonNull(measure, "measure");
    Checks.nonNegative("FormCount(" + unit + ", " + period + ", " + measure + ").value", value);
  }
}
