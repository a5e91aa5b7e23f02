package org.fazhi.metrics.indicator;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.exact.Fraction;

/**
 * A target (目标值) in printed units: at least ({@code ≥100}, for 100%) or at most
 * ({@code ≤5}).
 *
 * <p>{@link #parse(String)} is the exact inverse of {@link #toString()}. This class is immutable
 * and thread-safe.
 */
public final class Target {

  private static final Pattern FORMAT = Pattern.compile("(≥|≤|>=|<=)\\s*(-?\\d+(?:\\.\\d+)?)");

  private final boolean atLeast;
  private final BigDecimal threshold;

  private Target(boolean atLeast, BigDecimal threshold) {
    this.atLeast = atLeast;
    this.threshold = threshold;
  }

  /**
   * Returns a target that a figure must reach.
   *
   * @param threshold the lowest value that meets it, in printed units; not null
   * @return the target
   */
  public static Target atLeast(BigDecimal threshold) {
    return new Target(true, requireNonNull(threshold, "threshold"));
  }

  /**
   * Returns a target that a figure must not exceed.
   *
   * @param threshold the highest value that meets it, in printed units; not null
   * @return the target
   */
  public static Target atMost(BigDecimal threshold) {
    return new Target(false, requireNonNull(threshold, "threshold"));
  }

  /**
   * Parses a target such as {@code ≥100} or {@code ≤5} ({@code >=} and {@code <=} are also read).
   *
   * @param text the target; not null
   * @return the target
   * @throws InvalidValueException if the text is not in that form
   */
  public static Target parse(String text) {
    Matcher m = FORMAT.matcher(requireNonNull(text, "text").strip());
    if (!m.matches()) {
      throw new InvalidValueException("Target", "\"" + text + "\"", "must be like ≥100 or ≤5");
    }
    BigDecimal threshold = new BigDecimal(m.group(2));
    return m.group(1).startsWith("≥") || m.group(1).startsWith(">")
        ? atLeast(threshold)
        : atMost(threshold);
  }

  /**
   * Returns whether the figure must reach the threshold, rather than stay below it.
   *
   * @return true for an at-least target
   */
  public boolean isAtLeast() {
    return atLeast;
  }

  /**
   * Returns the threshold, in printed units.
   *
   * @return the threshold; not null
   */
  public BigDecimal threshold() {
    return threshold;
  }

  /**
   * Returns whether a value in printed units meets the target.
   *
   * @param printedValue the value (96.77 for 96.77%); not null
   * @return true if met
   */
  public boolean isMetBy(Fraction printedValue) {
    int c = printedValue.compareTo(Fraction.of(threshold));
    return atLeast ? c >= 0 : c <= 0;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Target other
        && atLeast == other.atLeast
        && threshold.compareTo(other.threshold) == 0;
  }

  @Override
  public int hashCode() {
    return threshold.stripTrailingZeros().hashCode() * 2 + (atLeast ? 1 : 0);
  }

  /**
   * Prints the target as {@link #parse(String)} reads it.
   *
   * @return for example {@code "≥100"}; not null
   */
  @Override
  public String toString() {
    return (atLeast ? "≥" : "≤") + threshold.toPlainString();
  }
}
