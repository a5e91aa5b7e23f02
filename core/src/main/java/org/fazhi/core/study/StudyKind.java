package org.fazhi.core.study;

import org.fazhi.core.validation.ChineseTerm;

/** The kind of a law-study session (学法形式). */
public enum StudyKind implements ChineseTerm {
  /** Study of law before a party committee or government executive meeting (会前学法). */
  PRE_MEETING("会前学法"),
  /** Study by a theory study central group (理论学习中心组学法). */
  CENTRAL_GROUP("中心组学法"),
  /** A lecture on a legal theme for leading officials (专题讲座). */
  LECTURE("专题讲座"),
  /** Training of law-enforcement or other staff (培训). */
  TRAINING("培训");

  private final String chinese;

  StudyKind(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}
