package org.fazhi.core.supervision;

import org.fazhi.core.validation.ChineseTerm;

/** The kind of a supervision activity (监督检查类型). */
public enum InspectionKind implements ChineseTerm {
  /** A rule-of-law inspection by the party committee or government (法治督察). */
  RULE_OF_LAW_INSPECTION("法治督察"),
  /** A review of enforcement case files (行政执法案卷评查). */
  CASE_FILE_REVIEW("案卷评查"),
  /** A special supervision of one field, such as enforcement against enterprises (专项监督). */
  SPECIAL_SUPERVISION("专项监督"),
  /** A sorting-out of prominent problems by the units themselves (突出问题梳理). */
  ISSUE_REVIEW("问题梳理");

  private final String chinese;

  InspectionKind(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}
