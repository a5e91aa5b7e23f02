package org.fazhi.core.checklist;

import org.fazhi.core.validation.ChineseTerm;

/** The kind of a published checklist of government powers or matters (清单类型). */
public enum ChecklistKind implements ChineseTerm {
  /** The powers and responsibilities of departments (权责清单). */
  POWERS_AND_RESPONSIBILITIES("权责清单"),
  /** The matters subject to administrative law enforcement (行政执法事项清单). */
  ENFORCEMENT_MATTERS("行政执法事项清单"),
  /** The certificates the public may be asked to produce (证明事项清单). */
  CERTIFICATION_MATTERS("证明事项清单"),
  /** The intermediary services required in approvals (中介服务事项清单). */
  INTERMEDIARY_SERVICES("中介服务事项清单"),
  /** The duties townships perform (乡镇履职事项清单), including delegated enforcement. */
  TOWNSHIP_DUTIES("乡镇履职事项清单"),
  /** The government services offered to the public (政务服务事项清单). */
  GOVERNMENT_SERVICES("政务服务事项清单"),
  /** The administrative inspections of enterprises (涉企行政检查事项清单). */
  ENTERPRISE_INSPECTIONS("涉企行政检查事项清单");

  private final String chinese;

  ChecklistKind(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}
