package org.fazhi.metrics.engine;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.validation.Checks;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.indicator.TargetBasis;

/**
 * The evaluation-time choices that decide what counts (统计口径): the day on which the state of
 * affairs is reckoned in each period (the as-of day), and whether targets and bands are judged on
 * full or rounded values.
 *
 * <p>The as-of day of a period is its last day plus a lag: with a lag of 0, a finding counts as
 * rectified in 2024 if it was rectified by 31 December 2024; with a lag of 59, by 28 February
 * 2025 (when the annual report is written). The same lag applies to every period compared, so a
 * year-on-year change compares like with like. The local filing time limit of normative
 * documents belongs to the {@link Ledger}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Caliber {

  private static final Caliber STANDARD = new Caliber(0, TargetBasis.FULL_VALUE);

  private final int asOfLagDays;
  private final TargetBasis targetBasis;

  private Caliber(int asOfLagDays, TargetBasis targetBasis) {
    this.asOfLagDays = asOfLagDays;
    this.targetBasis = targetBasis;
  }

  /**
   * Returns the standard caliber: reckoned on the last day of each period, targets judged on
   * full values.
   *
   * @return the standard caliber; not null
   */
  public static Caliber standard() {
    return STANDARD;
  }

  /**
   * Returns a caliber from its parts.
   *
   * @param asOfLagDays days after each period's end on which it is reckoned, from 0 to 366
   * @param targetBasis whether targets and bands are judged on full or rounded values; not null
   * @return the caliber
   * @throws InvalidValueException if the lag is out of range
   */
  public static Caliber of(int asOfLagDays, TargetBasis targetBasis) {
    Checks.nonNegative("Caliber.asOfLagDays", asOfLagDays);
    Checks.atMost("Caliber.asOfLagDays", asOfLagDays, "one year", 366);
    return new Caliber(asOfLagDays, requireNonNull(targetBasis, "targetBasis"));
  }

  /**
   * Returns the number of days after a period's end on which it is reckoned.
   *
   * @return from 0 to 366
   */
  public int asOfLagDays() {
    return asOfLagDays;
  }

  /**
   * Returns whether targets and bands are judged on full or rounded values.
   *
   * @return the basis; not null
   */
  public TargetBasis targetBasis() {
    return targetBasis;
  }

  /**
   * Returns the day a period is reckoned on.
   *
   * @param period the period; not null
   * @return its last day plus the lag
   */
  public LocalDate asOf(ReportingPeriod period) {
    return period.end().plusDays(asOfLagDays);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Caliber other
        && asOfLagDays == other.asOfLagDays
        && targetBasis == other.targetBasis;
  }

  @Override
  public int hashCode() {
    return asOfLagDays * 31 + targetBasis.ordinal();
  }

  @Override
  public String toString() {
    return "Caliber[as of period end + " + asOfLagDays + " days, " + targetBasis + "]";
  }
}
