package org.fazhi.metrics.exact;

import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.validation.ChineseTerm;

/** Which earlier period a figure is compared with. */
public enum Comparison implements ChineseTerm {
  /** The same period a year earlier (同比). */
  YEAR_ON_YEAR("同比"),
  /** The period just before (环比). */
  PERIOD_ON_PERIOD("环比");

  private final String chinese;

  Comparison(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }

  /**
   * Returns the base period of a period under this comparison.
   *
   * @param period the period compared; not null
   * @return {@code period.sameTimeLastYear()} or {@code period.previous()}
   */
  public ReportingPeriod baseOf(ReportingPeriod period) {
    return this == YEAR_ON_YEAR ? period.sameTimeLastYear() : period.previous();
  }
}
