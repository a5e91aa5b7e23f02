package org.fazhi.core.study;

import org.fazhi.core.validation.ChineseTerm;

/** The kind of a law examination (考法形式). */
public enum ExamKind implements ChineseTerm {
  /** The law examination of officials before appointment (任前考法). */
  PRE_APPOINTMENT("任前考法"),
  /** The examination for an administrative law-enforcement certificate (执法证件申领考试). */
  ENFORCEMENT_CERTIFICATE("执法证件考试"),
  /** Any other law examination. */
  OTHER("其他考试");

  private final String chinese;

  ExamKind(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}
