package org.fazhi.metrics.exact;

import static java.util.Objects.requireNonNull;

import org.fazhi.core.internal.Checks;
import org.fazhi.core.validation.InvalidValueException;

/**
 * A change of a figure between a base period and the current one: relative (同比增长 x%),
 * absolute (增加 x 件) or in percentage points (提高 x 个百分点), year-on-year (同比) or
 * period-on-period (环比).
 *
 * <p>The kind travels with the value, so a change in points is never printed as a growth rate.
 * Growth from a base of zero is {@linkplain UndefinedReason#ZERO_BASE undefined}, not 100% and not
 * infinity. Values are exact: a proportion's change in points is the difference of the two
 * fractions (shown ×100).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Change {

  private final ChangeKind kind;
  private final Comparison comparison;
  private final Outcome current;
  private final Outcome base;
  private final Outcome outcome;

  private Change(
      ChangeKind kind, Comparison comparison, Outcome current, Outcome base, Outcome outcome) {
    this.kind = kind;
    this.comparison = comparison;
    this.current = current;
    this.base = base;
    this.outcome = outcome;
  }

  /**
   * Returns a change of a kind between two values.
   *
   * @param kind the kind of change; not null
   * @param comparison the comparison; not null
   * @param current the value in the current period; not null
   * @param base the value in the base period; not null
   * @return the change; undefined if either value is, or for a relative change from zero
   */
  public static Change of(ChangeKind kind, Comparison comparison, Outcome current, Outcome base) {
    requireNonNull(kind, "kind");
    requireNonNull(comparison, "comparison");
    requireNonNull(current, "current");
    requireNonNull(base, "base");
    Outcome outcome;
    if (kind == ChangeKind.RELATIVE
        && base.fraction().filter(b -> b.signum() == 0).isPresent()) {
      outcome = Outcome.undefined(UndefinedReason.ZERO_BASE);
    } else if (kind == ChangeKind.RELATIVE) {
      outcome = current.combine(base, (c, b) -> c.minus(b).dividedBy(b));
    } else {
      outcome = current.combine(base, Fraction::minus);
    }
    return new Change(kind, comparison, current, base, outcome);
  }

  /**
   * Returns the relative change between two counts: 45 against 9 is growth of 4 (400%).
   *
   * @param comparison the comparison; not null
   * @param current the count in the current period, zero or more
   * @param base the count in the base period, zero or more
   * @return the change; undefined with {@link UndefinedReason#ZERO_BASE} when {@code base} is 0
   * @throws InvalidValueException if a count is negative
   */
  public static Change relative(Comparison comparison, long current, long base) {
    Checks.nonNegative("Change.current", current);
    Checks.nonNegative("Change.base", base);
    return of(
        ChangeKind.RELATIVE, comparison, Outcome.of(Fraction.of(current)),
        Outcome.of(Fraction.of(base)));
  }

  /**
   * Returns the kind of change.
   *
   * @return the kind; not null
   */
  public ChangeKind kind() {
    return kind;
  }

  /**
   * Returns the comparison.
   *
   * @return the comparison; not null
   */
  public Comparison comparison() {
    return comparison;
  }

  /**
   * Returns the value in the current period.
   *
   * @return the current value; not null
   */
  public Outcome current() {
    return current;
  }

  /**
   * Returns the value in the base period.
   *
   * @return the base value; not null
   */
  public Outcome base() {
    return base;
  }

  /**
   * Returns the change: a fraction of the base for {@link ChangeKind#RELATIVE} (4 for 400%), a
   * difference in the figure's unit for {@link ChangeKind#ABSOLUTE}, a difference of proportions
   * for {@link ChangeKind#POINTS} (0.0697 for 6.97 points).
   *
   * @return the change, or undefined with a reason; not null
   */
  public Outcome outcome() {
    return outcome;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Change other
        && kind == other.kind
        && comparison == other.comparison
        && current.equals(other.current)
        && base.equals(other.base);
  }

  @Override
  public int hashCode() {
    return ((kind.ordinal() * 31 + comparison.ordinal()) * 31 + current.hashCode()) * 31
        + base.hashCode();
  }

  @Override
  public String toString() {
    return comparison + " " + kind + " " + base + " → " + current + " = " + outcome;
  }
}
