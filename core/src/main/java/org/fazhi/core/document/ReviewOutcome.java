package org.fazhi.core.document;

import org.fazhi.core.validation.ChineseTerm;

/** The outcome of the review of a filed normative document (备案审查结果). */
public enum ReviewOutcome implements ChineseTerm {
  /** Found lawful and in order (符合规定). */
  CONFORMING("符合规定"),
  /** Found unlawful or out of order, and returned for correction (不符合规定). */
  NONCONFORMING("不符合规定");

  private final String chinese;

  ReviewOutcome(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}
