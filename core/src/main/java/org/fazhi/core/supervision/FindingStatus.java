package org.fazhi.core.supervision;

import org.fazhi.core.validation.ChineseTerm;

/** The state of a finding's rectification (整改状态). */
public enum FindingStatus implements ChineseTerm {
  /** Not yet rectified (未整改). */
  OPEN("未整改"),
  /** Rectified (已整改); the finding records the date. */
  RECTIFIED("已整改"),
  /** Under rectification that must be sustained over a long period (长期坚持、持续整改). */
  LONG_TERM("长期整改");

  private final String chinese;

  FindingStatus(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}
