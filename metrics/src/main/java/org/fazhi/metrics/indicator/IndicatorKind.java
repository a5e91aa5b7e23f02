package org.fazhi.metrics.indicator;

import org.fazhi.core.validation.ChineseTerm;

/** The arithmetic form of an indicator (指标类型), read off its {@link Formula}. */
public enum IndicatorKind implements ChineseTerm {
  /** A part of a whole, at most 100% (比率), such as a resolution rate. */
  PROPORTION("比率"),
  /** A quotient of two different counts, possibly above 100% (比值). */
  RATIO("比值"),
  /** A count of records or persons (数量). */
  COUNT("数量"),
  /** A sum of amounts, such as yuan (金额). */
  SUM("金额"),
  /** The change of another indicator over time (变化). */
  CHANGE("变化");

  private final String chinese;

  IndicatorKind(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}
