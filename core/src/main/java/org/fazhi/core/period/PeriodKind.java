package org.fazhi.core.period;

/** The length of a reporting period (统计周期). */
public enum PeriodKind {
  /** A calendar year (年度), printed {@code 2024}. */
  YEAR(1, 12),
  /** A half-year (半年), printed {@code 2024-H1}. */
  HALF(2, 6),
  /** A quarter (季度), printed {@code 2024-Q3}. */
  QUARTER(4, 3),
  /** A month (月度), printed {@code 2024-07}. */
  MONTH(12, 1);

  private final int perYear;
  private final int months;

  PeriodKind(int perYear, int months) {
    this.perYear = perYear;
    this.months = months;
  }

  /**
   * Returns how many periods of this kind make a year.
   *
   * @return 1, 2, 4 or 12
   */
  public int perYear() {
    return perYear;
  }

  /**
   * Returns the number of months in a period of this kind.
   *
   * @return 12, 6, 3 or 1
   */
  public int months() {
    return months;
  }
}
