package org.fazhi.metrics.indicator;

import org.fazhi.core.validation.ChineseTerm;

/** Whether a figure meets its target (达标情况). */
public enum TargetStatus implements ChineseTerm {
  /** The figure meets the target (达标). */
  MET("达标"),
  /** The figure falls short of the target (未达标). */
  NOT_MET("未达标"),
  /** The figure has no value, so the target cannot be judged (无法判断). */
  UNDEFINED("无法判断");

  private final String chinese;

  TargetStatus(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}
