package org.fazhi.metrics.indicator;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.exact.Fraction;

/**
 * An interval of printed values with explicit open or closed ends, such as {@code [85,95)}; an end
 * may be unbounded ({@code [95,+∞)}, {@code (-∞,60)}).
 *
 * <p>{@link #parse(String)} is the exact inverse of {@link #toString()}. This class is immutable
 * and thread-safe.
 */
public final class Interval {

  private static final Pattern FORMAT =
      Pattern.compile("([\\[(])\\s*(-∞|-?\\d+(?:\\.\\d+)?)\\s*,\\s*(\\+∞|-?\\d+(?:\\.\\d+)?)\\s*([\\])])");

  private final BigDecimal lower;
  private final boolean lowerClosed;
  private final BigDecimal upper;
  private final boolean upperClosed;

  private Interval(BigDecimal lower, boolean lowerClosed, BigDecimal upper, boolean upperClosed) {
    this.lower = lower;
    this.lowerClosed = lowerClosed;
    this.upper = upper;
    this.upperClosed = upperClosed;
  }

  /**
   * Parses an interval such as {@code [85,95)}, {@code [95,+∞)} or {@code (-∞,60)}.
   *
   * @param text the interval; not null
   * @return the interval
   * @throws InvalidValueException if the text is malformed, an infinite end is closed, or the
   *     interval is empty
   */
  public static Interval parse(String text) {
    Matcher m = FORMAT.matcher(requireNonNull(text, "text").strip());
    if (!m.matches()) {
      throw new InvalidValueException(
          "Interval", "\"" + text + "\"", "must be like [85,95), [95,+∞) or (-∞,60)");
    }
    boolean lowerClosed = m.group(1).equals("[");
    boolean upperClosed = m.group(4).equals("]");
    BigDecimal lower = m.group(2).equals("-∞") ? null : new BigDecimal(m.group(2));
    BigDecimal upper = m.group(3).equals("+∞") ? null : new BigDecimal(m.group(3));
    if ((lower == null && lowerClosed) || (upper == null && upperClosed)) {
      throw new InvalidValueException("Interval", "\"" + text + "\"", "an infinite end is open");
    }
    if (lower != null && upper != null) {
      int order = lower.compareTo(upper);
      if (order > 0 || (order == 0 && !(lowerClosed && upperClosed))) {
        throw new InvalidValueException("Interval", "\"" + text + "\"", "must not be empty");
      }
    }
    return new Interval(lower, lowerClosed, upper, upperClosed);
  }

  /**
   * Returns the lower end.
   *
   * @return the lower end, or empty if unbounded below
   */
  public Optional<BigDecimal> lower() {
    return Optional.ofNullable(lower);
  }

  /**
   * Returns whether the lower end belongs to the interval.
   *
   * @return true for {@code [}
   */
  public boolean isLowerClosed() {
    return lowerClosed;
  }

  /**
   * Returns the upper end.
   *
   * @return the upper end, or empty if unbounded above
   */
  public Optional<BigDecimal> upper() {
    return Optional.ofNullable(upper);
  }

  /**
   * Returns whether the upper end belongs to the interval.
   *
   * @return true for {@code ]}
   */
  public boolean isUpperClosed() {
    return upperClosed;
  }

  /**
   * Returns whether an exact value lies in the interval.
   *
   * @param value the value, in printed units; not null
   * @return true if within the interval's ends, as open or closed as they are
   */
  public boolean contains(Fraction value) {
    requireNonNull(value, "value");
    if (lower != null) {
      int c = value.compareTo(Fraction.of(lower));
      if (c < 0 || (c == 0 && !lowerClosed)) {
        return false;
      }
    }
    if (upper != null) {
      int c = value.compareTo(Fraction.of(upper));
      return c < 0 || (c == 0 && upperClosed);
    }
    return true;
  }

  /**
   * Returns whether this interval ends exactly where another begins, the shared end belonging to
   * exactly one of the two: {@code [85,95)} meets {@code [95,100]}.
   *
   * @param next the interval above; not null
   * @return true if the two leave no gap and do not overlap
   */
  public boolean meets(Interval next) {
    requireNonNull(next, "next");
    return upper != null
        && next.lower != null
        && upper.compareTo(next.lower) == 0
        && upperClosed != next.lowerClosed;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Interval other
        && compare(lower, other.lower)
        && compare(upper, other.upper)
        && lowerClosed == other.lowerClosed
        && upperClosed == other.upperClosed;
  }

  private static boolean compare(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  @Override
  public int hashCode() {
    int h = lower == null ? 0 : lower.stripTrailingZeros().hashCode();
    h = h * 31 + (upper == null ? 0 : upper.stripTrailingZeros().hashCode());
    return h * 4 + (lowerClosed ? 2 : 0) + (upperClosed ? 1 : 0);
  }

  /**
   * Prints the interval as {@link #parse(String)} reads it.
   *
   * @return for example {@code "[85,95)"}; not null
   */
  @Override
  public String toString() {
    return (lowerClosed ? "[" : "(")
        + (lower == null ? "-∞" : lower.toPlainString())
        + ","
        + (upper == null ? "+∞" : upper.toPlainString())
        + (upperClosed ? "]" : ")");
  }
}
