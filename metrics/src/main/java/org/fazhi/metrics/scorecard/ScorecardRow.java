package org.fazhi.metrics.scorecard;

import java.util.Optional;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.exact.Change;
import org.fazhi.metrics.check.CheckResult;
import org.fazhi.metrics.indicator.Band;
import org.fazhi.metrics.indicator.Indicator;
import org.fazhi.metrics.indicator.TargetStatus;
import org.fazhi.metrics.indicator.IndicatorValue;
import org.immutables.value.Value;

/**
 * One row of a scorecard: an indicator's value for the unit and period, its value a year before,
 * the change between them, and how the value stands against the target and the scale.
 *
 * <p>The change is in percentage points for a rate and relative (同比增长) for a count or sum; a
 * change indicator has none. Where a report printed the figure, the row carries the check of the
 * printed figure against the computed one. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScorecardRow {

  ScorecardRow() {}

  /**
   * Returns a row.
   *
   * @param value the value in the scorecard's period; not null
   * @param base the value in the base period, if the indicator has one; not null
   * @param change the change from the base period, if any; not null
   * @param target how the value stands against the target, if the indicator has one; not null
   * @param band the band of the scale the value falls in, if any; not null
   * @param printed the figure a report printed for the value, if any; not null
   * @param check the check of the printed figure against the value, if it was checked; not null
   * @return the row
   */
  public static ScorecardRow of(
      IndicatorValue value,
      Optional<IndicatorValue> base,
      Optional<Change> change,
      Optional<TargetStatus> target,
      Optional<Band> band,
      Optional<String> printed,
      Optional<CheckResult> check) {
    return new ImmutableScorecardRow(value, base, change, target, band, printed, check);
  }

  /**
   * Returns the value in the scorecard's period.
   *
   * @return the value; not null
   */
  @Value.Parameter
  public abstract IndicatorValue value();

  /**
   * Returns the value in the base period (the same period a year before).
   *
   * @return the base value, or empty for a change indicator
   */
  @Value.Parameter
  public abstract Optional<IndicatorValue> base();

  /**
   * Returns the change from the base period.
   *
   * @return the change, or empty for a change indicator
   */
  @Value.Parameter
  public abstract Optional<Change> change();

  /**
   * Returns how the value stands against the target.
   *
   * @return the status, or empty if the indicator has no target
   */
  @Value.Parameter
  public abstract Optional<TargetStatus> target();

  /**
   * Returns the band of the assessment scale the value falls in.
   *
   * @return the band, or empty if there is no scale or no value
   */
  @Value.Parameter
  public abstract Optional<Band> band();

  /**
   * Returns the figure a report printed for this value, as printed.
   *
   * @return the printed figure, such as {@code "96.77%"}, or empty if none was given
   */
  @Value.Parameter
  public abstract Optional<String> printed();

  /**
   * Returns the check of the printed figure against the value: whether it reproduces, and under
   * which convention.
   *
   * @return the check, or empty if no figure was printed or the value's inputs are missing (a
   *     figure printed without its inputs, such as "160余条", is shown but cannot be checked)
   */
  @Value.Parameter
  public abstract Optional<CheckResult> check();

  @Value.Check
  void checkConsistency() {
    if (check().isPresent() && printed().isEmpty()) {
      throw new InvalidValueException(
          "ScorecardRow.check", check().get(), "requires the printed figure it checks");
    }
  }

  /**
   * Returns the indicator of the row.
   *
   * @return the indicator; not null
   */
  public Indicator indicator() {
    return value().indicator();
  }
}
