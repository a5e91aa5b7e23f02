package org.fazhi.core.checklist;

import org.fazhi.core.validation.ChineseTerm;

/** The category of an administrative power (权力类别). */
public enum PowerCategory implements ChineseTerm {
  /** Administrative licensing (行政许可). */
  LICENSING("行政许可"),
  /** Administrative penalty (行政处罚). */
  PENALTY("行政处罚"),
  /** Administrative coercion (行政强制). */
  COERCION("行政强制"),
  /** Administrative levy (行政征收). */
  LEVY("行政征收"),
  /** Administrative benefit payment (行政给付). */
  BENEFIT("行政给付"),
  /** Administrative inspection (行政检查). */
  INSPECTION("行政检查"),
  /** Administrative confirmation (行政确认). */
  CONFIRMATION("行政确认"),
  /** Administrative reward (行政奖励). */
  REWARD("行政奖励"),
  /** Administrative adjudication (行政裁决). */
  ADJUDICATION("行政裁决"),
  /** Any other administrative power (其他行政权力). */
  OTHER("其他行政权力");

  private final String chinese;

  PowerCategory(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}
