package org.fazhi.metrics.exact;

import org.fazhi.core.internal.Checks;
import org.fazhi.core.validation.InvalidValueException;

/**
 * The counts behind a rate (计数): a numerator and a denominator, with the cases removed from the
 * denominator in the manner of FHIR measure populations.
 *
 * <ul>
 *   <li>{@linkplain #exclusions() Exclusions} (排除) are removed from the denominator always, such
 *       as cancelled tasks in a task-completion rate; they are never in the numerator.
 *   <li>{@linkplain #exceptions() Exceptions} (例外) are cases removed from the denominator only
 *       because they are not in the numerator, such as findings under long-term rectification;
 *       only those not in the numerator are counted here.
 * </ul>
 *
 * <p>The rate is {@code numerator / (denominator − exclusions − exceptions)}. Tallies merge by
 * {@linkplain #plus(Tally) addition}, so partial tallies from units, partitions or machines
 * combine exactly, in any order. All arithmetic is overflow-checked.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Tally {

  /** The tally of nothing, the identity of {@link #plus(Tally)}. */
  public static final Tally ZERO = new Tally(0, 0, 0, 0);

  private final long numerator;
  private final long denominator;
  private final long exclusions;
  private final long exceptions;

  private Tally(long numerator, long denominator, long exclusions, long exceptions) {
    this.numerator = numerator;
    this.denominator = denominator;
    this.exclusions = exclusions;
    this.exceptions = exceptions;
  }

  /**
   * Returns a tally with nothing removed from the denominator.
   *
   * @param numerator the count meeting the criterion, zero or more
   * @param denominator the count of the population, zero or more
   * @return the tally
   * @throws InvalidValueException if a count is negative
   */
  public static Tally of(long numerator, long denominator) {
    return of(numerator, denominator, 0, 0);
  }

  /**
   * Returns a tally with exclusions and exceptions.
   *
   * @param numerator the count meeting the criterion, zero or more
   * @param denominator the count of the whole population, before removals, zero or more
   * @param exclusions the count removed from the denominator always, zero or more
   * @param exceptions the count removed from the denominator because not in the numerator, zero
   *     or more
   * @return the tally
   * @throws InvalidValueException if a count is negative, or the removals exceed the denominator
   * @throws ArithmeticException if the removals overflow a {@code long}
   */
  public static Tally of(long numerator, long denominator, long exclusions, long exceptions) {
    Checks.nonNegative("Tally.numerator", numerator);
    Checks.nonNegative("Tally.denominator", denominator);
    Checks.nonNegative("Tally.exclusions", exclusions);
    Checks.nonNegative("Tally.exceptions", exceptions);
    Checks.atMost(
        "Tally.exclusions + exceptions",
        Math.addExact(exclusions, exceptions),
        "denominator",
        denominator);
    return new Tally(numerator, denominator, exclusions, exceptions);
  }

  /**
   * Returns the count meeting the criterion (分子).
   *
   * @return zero or more
   */
  public long numerator() {
    return numerator;
  }

  /**
   * Returns the count of the whole population, before removals.
   *
   * @return zero or more
   */
  public long denominator() {
    return denominator;
  }

  /**
   * Returns the count removed from the denominator always.
   *
   * @return zero or more
   */
  public long exclusions() {
    return exclusions;
  }

  /**
   * Returns the count removed from the denominator because not in the numerator.
   *
   * @return zero or more
   */
  public long exceptions() {
    return exceptions;
  }

  /**
   * Returns the denominator the rate divides by (分母): the population less exclusions and
   * exceptions.
   *
   * @return zero or more
   */
  public long effectiveDenominator() {
    return denominator - exclusions - exceptions;
  }

  /**
   * Returns whether the tally can be a proportion: the numerator does not exceed the effective
   * denominator.
   *
   * @return true if {@code numerator <= effectiveDenominator()}
   */
  public boolean isProportion() {
    return numerator <= effectiveDenominator();
  }

  /**
   * Returns the rate, exactly.
   *
   * @return {@code numerator / effectiveDenominator()}, or undefined when that denominator is zero
   */
  public Outcome outcome() {
    return Outcome.ratio(numerator, effectiveDenominator());
  }

  /**
   * Returns the sum of two tallies, count by count.
   *
   * @param other the other tally; not null
   * @return the merged tally
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  public Tally plus(Tally other) {
    return new Tally(
        Math.addExact(numerator, other.numerator),
        Math.addExact(denominator, other.denominator),
        Math.addExact(exclusions, other.exclusions),
        Math.addExact(exceptions, other.exceptions));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Tally other
        && numerator == other.numerator
        && denominator == other.denominator
        && exclusions == other.exclusions
        && exceptions == other.exceptions;
  }

  @Override
  public int hashCode() {
    return ((Long.hashCode(numerator) * 31 + Long.hashCode(denominator)) * 31
            + Long.hashCode(exclusions)) * 31
        + Long.hashCode(exceptions);
  }

  /**
   * Prints the tally, such as {@code 900/930} or {@code 27/29 (excl. 1, exc. 0)}.
   *
   * @return the tally as text; not null
   */
  @Override
  public String toString() {
    String base = numerator + "/" + effectiveDenominator();
    return exclusions == 0 && exceptions == 0
        ? base
        : base + " (of " + denominator + ", excl. " + exclusions + ", exc. " + exceptions + ")";
  }
}
