package org.fazhi.core.task;

import org.fazhi.core.validation.ChineseTerm;

/** The state of a task (任务状态) on the day its record was taken. */
public enum TaskStatus implements ChineseTerm {
  /** Not yet started (未启动). */
  NOT_STARTED("未启动"),
  /** Under way (推进中). */
  IN_PROGRESS("推进中"),
  /** Completed (已完成); the task records its completion date. */
  COMPLETED("已完成"),
  /** Withdrawn by the issuer (已取消); excluded from completion rates. */
  CANCELLED("已取消");

  private final String chinese;

  TaskStatus(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}
