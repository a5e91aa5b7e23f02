package org.fazhi.core.cases;

import org.fazhi.core.validation.ChineseTerm;

/** The kind of matter legal aid is given in (法律援助案件类型). */
public enum LegalAidKind implements ChineseTerm {
  /** A civil matter (民事). */
  CIVIL("民事"),
  /** A criminal matter (刑事). */
  CRIMINAL("刑事"),
  /** An administrative matter (行政). */
  ADMINISTRATIVE("行政");

  private final String chinese;

  LegalAidKind(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}
