package org.fazhi.core.cases;

import org.fazhi.core.validation.ChineseTerm;

/** How an administrative lawsuit against an agency ended (行政诉讼结案方式). */
public enum LitigationOutcome implements ChineseTerm {
  /** Judgment for the agency: the claim is rejected (判决驳回诉讼请求). */
  AGENCY_WON("胜诉", false),
  /**
   * Judgment against the agency (败诉): the act is revoked, altered or confirmed unlawful, or the
   * agency is ordered to perform or to compensate.
   */
  AGENCY_LOST("败诉", true),
  /** The plaintiff withdrew (撤诉). */
  WITHDRAWN("撤诉", false),
  /** The suit was dismissed by ruling (裁定驳回起诉). */
  DISMISSED("驳回起诉", false),
  /** Closed by mediation where the law allows it (调解结案). */
  MEDIATED("调解结案", false);

  private final String chinese;
  private final boolean lost;

  LitigationOutcome(String chinese, boolean lost) {
    this.chinese = chinese;
    this.lost = lost;
  }

  @Override
  public String chinese() {
    return chinese;
  }

  /**
   * Returns whether the agency lost (败诉).
   *
   * @return true only for {@link #AGENCY_LOST}
   */
  public boolean isLoss() {
    return lost;
  }
}
