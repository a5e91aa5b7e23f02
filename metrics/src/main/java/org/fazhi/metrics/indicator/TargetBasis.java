package org.fazhi.metrics.indicator;

import org.fazhi.core.validation.ChineseTerm;

/** Which value a target or band is judged on (判定依据). */
public enum TargetBasis implements ChineseTerm {
  /** The exact value: a rounded 99.996% does not meet a 100% target (按精确值判定). The default. */
  FULL_VALUE("按精确值"),
  /** The value as printed, after rounding under the indicator's policy (按修约值判定). */
  ROUNDED_VALUE("按修约值");

  private final String chinese;

  TargetBasis(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}
