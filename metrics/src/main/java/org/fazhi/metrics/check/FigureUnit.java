package org.fazhi.metrics.check;

import org.fazhi.core.validation.ChineseTerm;
import org.fazhi.metrics.exact.Fraction;

/**
 * The unit a figure is printed in: percent, per mille, percentage points, or none (a plain number,
 * possibly followed by a count word such as 件).
 *
 * <p>The {@linkplain #multiplier() multiplier} turns a value in natural units (the proportion
 * 0.9677, the relative change 4, the difference of proportions 0.0697) into the printed unit.
 */
public enum FigureUnit implements ChineseTerm {
  /** Percent, printed "%" (百分比): a proportion or relative change times 100. */
  PERCENT("%", Fraction.HUNDRED),
  /** Per mille, printed "‰" (千分比): a proportion times 1000. */
  PER_MILLE("‰", Fraction.of(1000)),
  /** Percentage points, printed "个百分点" (百分点): a difference of proportions times 100. */
  POINTS("个百分点", Fraction.HUNDRED),
  /** No unit: a plain number such as 3158 in "3158项". */
  NONE("", Fraction.ONE);

  private final String symbol;
  private final Fraction multiplier;

  FigureUnit(String symbol, Fraction multiplier) {
    this.symbol = symbol;
    this.multiplier = multiplier;
  }

  /**
   * Returns the symbol printed after the number.
   *
   * @return {@code "%"}, {@code "‰"}, {@code "个百分点"} or the empty string; not null
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Returns the factor from natural units to this unit.
   *
   * @return 100, 1000, 100 or 1; not null
   */
  public Fraction multiplier() {
    return multiplier;
  }

  /**
   * Returns the Chinese name of the unit.
   *
   * @return 百分比, 千分比, 百分点 or 数值; not null
   */
  @Override
  public String chinese() {
    return switch (this) {
      case PERCENT -> "百分比";
      case PER_MILLE -> "千分比";
      case POINTS -> "百分点";
      case NONE -> "数值";
    };
  }
}
