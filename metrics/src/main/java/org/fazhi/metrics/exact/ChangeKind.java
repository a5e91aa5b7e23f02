package org.fazhi.metrics.exact;

import org.fazhi.core.validation.ChineseTerm;

/**
 * What a change measures. The three are different figures and are never printed as one another.
 */
public enum ChangeKind implements ChineseTerm {
  /** Relative change {@code (current − base) / base}, printed "增长 x%" / "下降 x%" (增长率). */
  RELATIVE("增长率"),
  /** Absolute change {@code current − base}, in the figure's unit, printed "增加 x 件" (增减量). */
  ABSOLUTE("增减量"),
  /**
   * Change of a rate {@code current − base}, printed "提高 x 个百分点" (百分点); never a growth
   * rate.
   */
  POINTS("百分点");

  private final String chinese;

  ChangeKind(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}
