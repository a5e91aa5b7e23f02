package org.fazhi.benchmarks.dashboard;

import java.math.BigInteger;

/**
 * The output of the job every implementation does: for every unit and every indicator of the
 * catalog, the value in the year evaluated and in the base year, and the year-on-year change,
 * each as an exact fraction of two longs.
 *
 * <ul>
 *   <li>A rate (proportion or ratio) is its tally: the numerator over the effective denominator
 *       (the population less exclusions and exceptions).
 *   <li>A count or sum is its total over 1.
 *   <li>A change indicator is the change, as a fraction; it has no base-year value.
 * </ul>
 *
 * <p>A figure without a value has denominator 0 (a rate of 0 cases, growth from a zero base, a
 * change of a figure without a value); its numerator is then the tally's numerator for a rate, and
 * 0 otherwise. The change of a rate is in points (the difference of the two fractions), of
 * anything else relative ({@code (this − last) / last}); change indicators have none. Changes are
 * compared by value ({@link #sameValue}), tallies and totals count for count.
 *
 * <p>A table is filled in place, so that a benchmark measures the implementation and not the
 * table; units and indicators are indexed as in the hierarchy and the catalog. Not thread-safe.
 */
public final class Dashboard {

  /** The index of the year evaluated. */
  public static final int CURRENT = 0;

  /** The index of the base year. */
  public static final int BASE = 1;

  private final int units;
  private final long[][] numerator;
  private final long[][] denominator;
  private final long[] changeNumerator;
  private final long[] changeDenominator;

  /**
   * Creates an empty table.
   *
   * @param indicators the number of indicators, one or more
   * @param units the number of units, one or more
   */
  public Dashboard(int indicators, int units) {
    this.units = units;
    this.numerator = new long[2][indicators * units];
    this.denominator = new long[2][indicators * units];
    this.changeNumerator = new long[indicators * units];
    this.changeDenominator = new long[indicators * units];
  }

  /**
   * Returns the number of units.
   *
   * @return the number of units
   */
  public int units() {
    return units;
  }

  /**
   * Sets a value.
   *
   * @param year {@link #CURRENT} or {@link #BASE}
   * @param indicator the indicator's index in the catalog
   * @param unit the unit's index in the hierarchy
   * @param numerator the numerator
   * @param denominator the denominator; 0 for no value
   */
  public void value(int year, int indicator, int unit, long numerator, long denominator) {
    int i = indicator * units + unit;
    this.numerator[year][i] = numerator;
    this.denominator[year][i] = denominator;
  }

  /**
   * Sets a year-on-year change.
   *
   * @param indicator the indicator's index in the catalog
   * @param unit the unit's index in the hierarchy
   * @param numerator the numerator
   * @param denominator the denominator; 0 for no value
   */
  public void change(int indicator, int unit, long numerator, long denominator) {
    int i = indicator * units + unit;
    changeNumerator[i] = numerator;
    changeDenominator[i] = denominator;
  }

  /** The numerators of a year, indicator by indicator, each indicator's units together. */
  long[] numerators(int year) {
    return numerator[year];
  }

  /** The denominators of a year, laid out as {@link #numerators}. */
  long[] denominators(int year) {
    return denominator[year];
  }

  /** The numerators of the changes, laid out as {@link #numerators}. */
  long[] changeNumerators() {
    return changeNumerator;
  }

  /** The denominators of the changes, laid out as {@link #numerators}. */
  long[] changeDenominators() {
    return changeDenominator;
  }

  /** Where an indicator's units start in the arrays. */
  int offset(int indicator) {
    return indicator * units;
  }

  /**
   * Returns the numerator of a value.
   *
   * @param year {@link #CURRENT} or {@link #BASE}
   * @param indicator the indicator's index
   * @param unit the unit's index
   * @return the numerator
   */
  public long numerator(int year, int indicator, int unit) {
    return numerator[year][indicator * units + unit];
  }

  /**
   * Returns the denominator of a value.
   *
   * @param year {@link #CURRENT} or {@link #BASE}
   * @param indicator the indicator's index
   * @param unit the unit's index
   * @return the denominator; 0 for no value
   */
  public long denominator(int year, int indicator, int unit) {
    return denominator[year][indicator * units + unit];
  }

  /**
   * Returns the numerator of a change.
   *
   * @param indicator the indicator's index
   * @param unit the unit's index
   * @return the numerator
   */
  public long changeNumerator(int indicator, int unit) {
    return changeNumerator[indicator * units + unit];
  }

  /**
   * Returns the denominator of a change.
   *
   * @param indicator the indicator's index
   * @param unit the unit's index
   * @return the denominator; 0 for no value
   */
  public long changeDenominator(int indicator, int unit) {
    return changeDenominator[indicator * units + unit];
  }

  /**
   * Returns whether two fractions have the same value, or both have none (denominator 0).
   *
   * @param n1 the first numerator
   * @param d1 the first denominator
   * @param n2 the second numerator
   * @param d2 the second denominator
   * @return true if {@code n1/d1 = n2/d2}, or both denominators are 0
   */
  public static boolean sameValue(long n1, long d1, long n2, long d2) {
    if (d1 == 0 || d2 == 0) {
      return d1 == d2;
    }
    return BigInteger.valueOf(n1).multiply(BigInteger.valueOf(d2))
        .equals(BigInteger.valueOf(n2).multiply(BigInteger.valueOf(d1)));
  }
}
