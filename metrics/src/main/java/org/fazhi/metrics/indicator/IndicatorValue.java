package org.fazhi.metrics.indicator;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.internal.Checks;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.exact.Change;
import org.fazhi.metrics.exact.Fraction;
import org.fazhi.metrics.exact.Outcome;
import org.fazhi.metrics.exact.UndefinedReason;
import org.fazhi.metrics.exact.Tally;

/**
 * The value of one indicator for one unit and period, with everything needed to explain it: the
 * definition (and the catalog version it came from), the tally of a rate or the total of a count,
 * the change a change indicator is, and the exact outcome.
 *
 * <p>A proportion whose numerator exceeds its effective denominator cannot be built: the error
 * names the indicator, unit, period and counts. This class is immutable and thread-safe.
 */
public final class IndicatorValue {

  private final Indicator indicator;
  private final String catalogVersion;
  private final UnitCode unit;
  private final ReportingPeriod period;
  private final Tally tally;
  private final long total;
  private final Change change;

  private IndicatorValue(
      Indicator indicator, String catalogVersion, UnitCode unit, ReportingPeriod period,
      Tally tally, long total, Change change) {
    this.indicator = indicator;
    this.catalogVersion = catalogVersion;
    this.unit = unit;
    this.period = period;
    this.tally = tally;
    this.total = total;
    this.change = change;
  }

  /**
   * Returns the value of a proportion or ratio from its tally.
   *
   * @param indicator a proportion or ratio indicator; not null
   * @param catalogVersion the version of the catalog the indicator is from; not null
   * @param unit the unit; not null
   * @param period the period; not null
   * @param tally the counts; not null
   * @return the value
   * @throws InvalidValueException if the indicator is not a proportion or ratio, or a
   *     proportion's numerator exceeds its effective denominator
   */
  public static IndicatorValue ofTally(
      Indicator indicator, String catalogVersion, UnitCode unit, ReportingPeriod period,
      Tally tally) {
    requireKind(indicator, IndicatorKind.PROPORTION, IndicatorKind.RATIO);
    requireNonNull(tally, "tally");
    if (indicator.kind() == IndicatorKind.PROPORTION && !tally.isProportion()) {
      throw new InvalidValueException(
          indicator.code() + "(" + unit + ", " + period + ").numerator",
          tally.numerator(),
          "must not exceed the effective denominator (" + tally.effectiveDenominator()
              + ") of a proportion");
    }
    return new IndicatorValue(
        indicator, requireNonNull(catalogVersion, "catalogVersion"), requireNonNull(unit, "unit"),
        requireNonNull(period, "period"), tally, 0, null);
  }

  /**
   * Returns the value of a count or sum.
   *
   * @param indicator a count or sum indicator; not null
   * @param catalogVersion the version of the catalog the indicator is from; not null
   * @param unit the unit; not null
   * @param period the period; not null
   * @param total the total, zero or more, in the measure's base unit (yuan for amounts)
   * @return the value
   * @throws InvalidValueException if the indicator is not a count or sum, or the total is
   *     negative
   */
  public static IndicatorValue ofTotal(
      Indicator indicator, String catalogVersion, UnitCode unit, ReportingPeriod period,
      long total) {
    requireKind(indicator, IndicatorKind.COUNT, IndicatorKind.SUM);
    Checks.nonNegative(indicator.code() + "(" + unit + ", " + period + ").total", total);
    return new IndicatorValue(
        indicator, requireNonNull(catalogVersion, "catalogVersion"), requireNonNull(unit, "unit"),
        requireNonNull(period, "period"), null, total, null);
  }

  /**
   * Returns the value of a change indicator.
   *
   * @param indicator a change indicator; not null
   * @param catalogVersion the version of the catalog the indicator is from; not null
   * @param unit the unit; not null
   * @param period the current period of the change; not null
   * @param change the change; not null
   * @return the value
   * @throws InvalidValueException if the indicator is not a change, or the change is of another
   *     kind or comparison than the indicator's formula
   */
  public static IndicatorValue ofChange(
      Indicator indicator, String catalogVersion, UnitCode unit, ReportingPeriod period,
      Change change) {
    requireKind(indicator, IndicatorKind.CHANGE, IndicatorKind.CHANGE);
    requireNonNull(change, "change");
    Formula.ChangeOf formula = (Formula.ChangeOf) indicator.formula();
    if (formula.kind() != change.kind() || formula.comparison() != change.comparison()) {
      throw new InvalidValueException(
          indicator.code() + ".change", change.comparison() + " " + change.kind(),
          "must be the indicator's " + formula.comparison() + " " + formula.kind());
    }
    return new IndicatorValue(
        indicator, requireNonNull(catalogVersion, "catalogVersion"), requireNonNull(unit, "unit"),
        requireNonNull(period, "period"), null, 0, change);
  }

  /**
   * Returns the value of an indicator whose inputs are not known for the unit and period: no
   * tally, total or change, and an outcome undefined with {@link UndefinedReason#MISSING_INPUT}.
   *
   * @param indicator the indicator; not null
   * @param catalogVersion the version of the catalog the indicator is from; not null
   * @param unit the unit; not null
   * @param period the period; not null
   * @return the value
   */
  public static IndicatorValue missing(
      Indicator indicator, String catalogVersion, UnitCode unit, ReportingPeriod period) {
    return new IndicatorValue(
        requireNonNull(indicator, "indicator"), requireNonNull(catalogVersion, "catalogVersion"),
        requireNonNull(unit, "unit"), requireNonNull(period, "period"), null, -1, null);
  }

  /**
   * Returns whether the inputs of the value were missing.
   *
   * @return true for a value built by {@link #missing}
   */
  public boolean isMissing() {
    return tally == null && change == null && total < 0;
  }

  private static void requireKind(Indicator indicator, IndicatorKind a, IndicatorKind b) {
    IndicatorKind kind = requireNonNull(indicator, "indicator").kind();
    if (kind != a && kind != b) {
      throw new InvalidValueException(
          "IndicatorValue.indicator", indicator.code(),
          "is a " + kind + "; this factory takes a " + a + (a == b ? "" : " or " + b));
    }
  }

  /**
   * Returns the indicator's definition.
   *
   * @return the indicator; not null
   */
  public Indicator indicator() {
    return indicator;
  }

  /**
   * Returns the version of the catalog the definition was taken from.
   *
   * @return the version; not null
   */
  public String catalogVersion() {
    return catalogVersion;
  }

  /**
   * Returns the unit the value is for.
   *
   * @return the unit's code; not null
   */
  public UnitCode unit() {
    return unit;
  }

  /**
   * Returns the period the value is for.
   *
   * @return the period; not null
   */
  public ReportingPeriod period() {
    return period;
  }

  /**
   * Returns the counts of a proportion or ratio.
   *
   * @return the tally, or empty for other kinds
   */
  public Optional<Tally> tally() {
    return Optional.ofNullable(tally);
  }

  /**
   * Returns the total of a count or sum, in the measure's base unit (yuan for amounts).
   *
   * @return the total, or empty for other kinds and for missing inputs
   */
  public OptionalLong total() {
    return tally == null && change == null && total >= 0
        ? OptionalLong.of(total)
        : OptionalLong.empty();
  }

  /**
   * Returns the change a change indicator is.
   *
   * @return the change, or empty for other kinds
   */
  public Optional<Change> change() {
    return Optional.ofNullable(change);
  }

  /**
   * Returns the exact value: the rate as a fraction of one, the total, or the change; undefined
   * with a reason where there is none (0/0, growth from zero).
   *
   * @return the outcome; not null
   */
  public Outcome outcome() {
    if (tally != null) {
      return tally.outcome();
    }
    if (change != null) {
      return change.outcome();
    }
    return total >= 0
        ? Outcome.of(Fraction.of(total))
        : Outcome.undefined(UndefinedReason.MISSING_INPUT);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof IndicatorValue other
        && indicator.equals(other.indicator)
        && catalogVersion.equals(other.catalogVersion)
        && unit.equals(other.unit)
        && period.equals(other.period)
        && Objects.equals(tally, other.tally)
        && total == other.total
        && Objects.equals(change, other.change);
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicator.code(), unit, period, tally, total, change);
  }

  @Override
  public String toString() {
    String counts = tally != null ? tally.toString() : change != null ? change.toString()
        : total >= 0 ? Long.toString(total) : "missing";
    return indicator.code() + "(" + unit + ", " + period + ") = " + outcome() + " [" + counts + "]";
  }
}
