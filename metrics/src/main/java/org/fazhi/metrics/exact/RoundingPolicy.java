package org.fazhi.metrics.exact;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.core.validation.InvalidValueException;

/**
 * How a figure is rounded for print, once, at the edge: a number of decimal places and a
 * rounding mode.
 *
 * <p>Reports use three conventions, all provided: 四舍五入 ({@link RoundingMode#HALF_UP}, the
 * default at two decimals), GB/T 8170 "四舍六入五成双" ({@link RoundingMode#HALF_EVEN}) and
 * truncation (截尾, {@link RoundingMode#DOWN}). {@link #parse(String)} is the exact inverse of
 * {@link #toString()}, for example {@code HALF_UP(2)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RoundingPolicy {

  /** 四舍五入 to two decimals: the default for percentages in reports. */
  public static final RoundingPolicy DEFAULT = new RoundingPolicy(2, RoundingMode.HALF_UP);

  /** The largest number of decimal places accepted. */
  public static final int MAX_SCALE = 12;

  private static final Pattern FORMAT = Pattern.compile("(HALF_UP|HALF_EVEN|DOWN)\\((\\d{1,2})\\)");

  private final int scale;
  private final RoundingMode mode;

  private RoundingPolicy(int scale, RoundingMode mode) {
    this.scale = scale;
    this.mode = mode;
  }

  /**
   * Returns a policy from its parts.
   *
   * @param scale the number of decimal places, from 0 to {@value #MAX_SCALE}
   * @param mode {@link RoundingMode#HALF_UP}, {@link RoundingMode#HALF_EVEN} or
   *     {@link RoundingMode#DOWN}; not null
   * @return the policy
   * @throws InvalidValueException if the scale is out of range or the mode is not one of the
   *     three conventions used in reports
   */
  public static RoundingPolicy of(int scale, RoundingMode mode) {
    requireNonNull(mode, "mode");
    if (scale < 0 || scale > MAX_SCALE) {
      throw new InvalidValueException(
          "RoundingPolicy.scale", scale, "must be from 0 to " + MAX_SCALE);
    }
    if (mode != RoundingMode.HALF_UP && mode != RoundingMode.HALF_EVEN
        && mode != RoundingMode.DOWN) {
      throw new InvalidValueException(
          "RoundingPolicy.mode", mode, "must be HALF_UP, HALF_EVEN or DOWN");
    }
    return new RoundingPolicy(scale, mode);
  }

  /**
   * Returns 四舍五入 to a number of decimals.
   *
   * @param scale the number of decimal places, from 0 to {@value #MAX_SCALE}
   * @return the policy
   * @throws InvalidValueException if the scale is out of range
   */
  public static RoundingPolicy halfUp(int scale) {
    return of(scale, RoundingMode.HALF_UP);
  }

  /**
   * Returns GB/T 8170 rounding (四舍六入五成双) to a number of decimals.
   *
   * @param scale the number of decimal places, from 0 to {@value #MAX_SCALE}
   * @return the policy
   * @throws InvalidValueException if the scale is out of range
   */
  public static RoundingPolicy halfEven(int scale) {
    return of(scale, RoundingMode.HALF_EVEN);
  }

  /**
   * Returns truncation (截尾) to a number of decimals.
   *
   * @param scale the number of decimal places, from 0 to {@value #MAX_SCALE}
   * @return the policy
   * @throws InvalidValueException if the scale is out of range
   */
  public static RoundingPolicy truncate(int scale) {
    return of(scale, RoundingMode.DOWN);
  }

  /**
   * Parses a policy printed by {@link #toString()}, such as {@code HALF_EVEN(1)}.
   *
   * @param text the text; not null
   * @return the policy
   * @throws InvalidValueException if the text is not in that form
   */
  public static RoundingPolicy parse(String text) {
    Matcher m = FORMAT.matcher(requireNonNull(text, "text"));
    if (!m.matches()) {
      throw new InvalidValueException(
          "RoundingPolicy", "\"" + text + "\"", "must be HALF_UP(n), HALF_EVEN(n) or DOWN(n)");
    }
    return of(Integer.parseInt(m.group(2)), RoundingMode.valueOf(m.group(1)));
  }

  /**
   * Returns the number of decimal places.
   *
   * @return from 0 to {@value #MAX_SCALE}
   */
  public int scale() {
    return scale;
  }

  /**
   * Returns the rounding mode.
   *
   * @return {@code HALF_UP}, {@code HALF_EVEN} or {@code DOWN}; not null
   */
  public RoundingMode mode() {
    return mode;
  }

  /**
   * Returns this convention at another number of decimals.
   *
   * @param newScale the number of decimal places, from 0 to {@value #MAX_SCALE}
   * @return the policy
   * @throws InvalidValueException if the scale is out of range
   */
  public RoundingPolicy withScale(int newScale) {
    return of(newScale, mode);
  }

  /**
   * Rounds an exact value.
   *
   * @param value the value; not null
   * @return the value rounded to {@link #scale()} places under {@link #mode()}
   */
  public BigDecimal round(Fraction value) {
    return value.toBigDecimal(scale, mode);
  }

  /**
   * Returns the Chinese name of the convention.
   *
   * @return 四舍五入, 四舍六入五成双 or 截尾; not null
   */
  public String chineseName() {
    return switch (mode) {
      case HALF_UP -> "四舍五入";
      case HALF_EVEN -> "四舍六入五成双";
      default -> "截尾";
    };
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RoundingPolicy other && scale == other.scale && mode == other.mode;
  }

  @Override
  public int hashCode() {
    return scale * 31 + mode.ordinal();
  }

  /**
   * Prints the policy as {@link #parse(String)} reads it.
   *
   * @return for example {@code "HALF_UP(2)"}; not null
   */
  @Override
  public String toString() {
    return mode.name() + "(" + scale + ")";
  }
}
