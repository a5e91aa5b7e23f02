package org.fazhi.metrics.exact;

import org.fazhi.core.validation.ChineseTerm;

/** Why a figure has no value (无法计算的原因). Rendered as "—" with the reason beside it. */
public enum UndefinedReason implements ChineseTerm {
  /** A rate whose denominator is zero: 0 of 0 cases (分母为零). */
  ZERO_DENOMINATOR("分母为零", "zero denominator"),
  /** A growth from a base of zero (基期为零). */
  ZERO_BASE("基期为零", "zero base"),
  /** An input was not reported (缺少数据). */
  MISSING_INPUT("缺少数据", "missing input"),
  /** A figure this one is computed from has no value itself (依据数值无定义). */
  INPUT_UNDEFINED("依据数值无定义", "an input is undefined");

  private final String chinese;
  private final String english;

  UndefinedReason(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  @Override
  public String chinese() {
    return chinese;
  }

  /**
   * Returns the reason in English.
   *
   * @return the reason, such as {@code "zero denominator"}; not null
   */
  public String english() {
    return english;
  }
}
