package org.fazhi.metrics.indicator;

import org.fazhi.core.validation.ChineseTerm;

/** Which direction of a figure is better (指标方向). */
public enum Polarity implements ChineseTerm {
  /** Higher is better (正向指标), such as a resolution rate. */
  HIGHER_IS_BETTER("正向"),
  /** Lower is better (逆向指标), such as a litigation loss rate. */
  LOWER_IS_BETTER("逆向"),
  /** Neither, such as a count of cases received (中性). */
  NEUTRAL("中性");

  private final String chinese;

  Polarity(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}
