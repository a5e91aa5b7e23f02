package org.fazhi.core.checklist;

import org.fazhi.core.validation.ChineseTerm;

/** A way a government service can be obtained (办理方式), beyond the counter. */
public enum ServiceMode implements ChineseTerm {
  /** Wholly online through the unified platform (“一网通办”). */
  ONLINE("一网通办"),
  /** From another province (“跨省通办”). */
  CROSS_PROVINCE("跨省通办");

  private final String chinese;

  ServiceMode(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}
