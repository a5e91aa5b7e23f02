package org.fazhi.metrics.engine;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.internal.Checks;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.indicator.TargetBasis;

/**
 * The evaluation-time choices that decide what counts (统计口径): the day on which the state of
 * affairs is reckoned (the as-of day), and whether targets and bands are judged on full or
 * rounded values.
 *
 * <p>The as-of day is either a lag after the end of each period — with a lag of 0 a finding
 * counts as rectified in 2024 if it was rectified by 31 December 2024; with 59, by 28 February
 * 2025, when the annual report is written — or a fixed day for the period evaluated, such as
 * 2024-06-30 for a mid-year review. A fixed day inside the period makes it a period to date
 * (1–6月): only records up to that day count. Base periods are reckoned on the same day a year
 * (or a period) earlier, so a change compares like with like. The local filing time limit of
 * normative documents belongs to the {@link Ledger}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Caliber {

  private static final Caliber STANDARD = new Caliber(0, null, TargetBasis.FULL_VALUE);

  private final int asOfLagDays;
  private final LocalDate asOf;
  private final TargetBasis targetBasis;

  private Caliber(int asOfLagDays, LocalDate asOf, TargetBasis targetBasis) {
    this.asOfLagDays = asOfLagDays;
    this.asOf = asOf;
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
   * Returns a caliber reckoned a number of days after the end of each period.
   *
   * @param asOfLagDays days after each period's end, from 0 to 366
   * @param targetBasis whether targets and bands are judged on full or rounded values; not null
   * @return the caliber
   * @throws InvalidValueException if the lag is out of range
   */
  public static Caliber of(int asOfLagDays, TargetBasis targetBasis) {
    Checks.nonNegative("Caliber.asOfLagDays", asOfLagDays);
    Checks.atMost("Caliber.asOfLagDays", asOfLagDays, "one year", 366);
    return new Caliber(asOfLagDays, null, requireNonNull(targetBasis, "targetBasis"));
  }

  /**
   * Returns a caliber reckoned on a fixed day for the period evaluated.
   *
   * @param asOf the day; not null
   * @param targetBasis whether targets and bands are judged on full or rounded values; not null
   * @return the caliber
   */
  public static Caliber asOf(LocalDate asOf, TargetBasis targetBasis) {
    return new Caliber(0, requireNonNull(asOf, "asOf"), requireNonNull(targetBasis, "targetBasis"));
  }

  /**
   * Returns the number of days after a period's end on which it is reckoned.
   *
   * @return from 0 to 366; 0 for a fixed as-of day
   */
  public int asOfLagDays() {
    return asOfLagDays;
  }

  /**
   * Returns the fixed as-of day of the period evaluated.
   *
   * @return the day, or empty if the as-of day is a lag after each period's end
   */
  public Optional<LocalDate> fixedAsOf() {
    return Optional.ofNullable(asOf);
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
   * Returns the day a period is reckoned on, when another period is the one evaluated: a fixed
   * day moves back with the period, by whole months.
   *
   * @param period the period reckoned; not null
   * @param evaluated the period evaluated; not null
   * @return the as-of day of {@code period}
   */
  public LocalDate asOf(ReportingPeriod period, ReportingPeriod evaluated) {
    if (asOf == null) {
      return period.end().plusDays(asOfLagDays);
    }
    return asOf.minusMonths(ChronoUnit.MONTHS.between(period.start(), evaluated.start()));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Caliber other
        && asOfLagDays == other.asOfLagDays
        && Objects.equals(asOf, other.asOf)
        && targetBasis == other.targetBasis;
  }

  @Override
  public int hashCode() {
    return (asOfLagDays * 31 + (asOf == null ? 0 : asOf.hashCode())) * 31 + targetBasis.ordinal();
  }

  @Override
  public String toString() {
    return "Caliber[" + (asOf == null ? "as of period end + " + asOfLagDays + " days"
        : "as of " + asOf) + ", " + targetBasis + "]";
  }
}
