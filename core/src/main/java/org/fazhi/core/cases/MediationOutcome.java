package org.fazhi.core.cases;

import org.fazhi.core.validation.ChineseTerm;

/** Where the mediation of a dispute stands (调解结果). */
public enum MediationOutcome implements ChineseTerm {
  /** Still being mediated (调解中). */
  PENDING("调解中"),
  /** Resolved by mediation (调解成功、化解). */
  RESOLVED("调解成功"),
  /** Mediation failed; the parties are pointed to other channels (调解不成). */
  UNRESOLVED("调解不成");

  private final String chinese;

  MediationOutcome(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}
