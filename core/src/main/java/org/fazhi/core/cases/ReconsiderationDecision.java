package org.fazhi.core.cases;

import org.fazhi.core.validation.ChineseTerm;

/**
 * The decision that closes an administrative reconsideration case (行政复议决定).
 *
 * <p>Decisions on the merits (实体决定) judge the act; corrective decisions (纠错决定) are those on
 * the merits that find against it. Settlements, terminations and procedural rejections are
 * neither: how to count them is a caliber (口径) choice, made explicit by the indicator.
 */
public enum ReconsiderationDecision implements ChineseTerm {
  /** The act is upheld (维持). */
  UPHELD("维持", true, false),
  /** The applicant's claim is rejected (驳回复议请求). */
  CLAIM_REJECTED("驳回复议请求", true, false),
  /** The act is revoked (撤销). */
  REVOKED("撤销", true, true),
  /** The act is altered (变更). */
  ALTERED("变更", true, true),
  /** The act is confirmed unlawful (确认违法). */
  CONFIRMED_UNLAWFUL("确认违法", true, true),
  /** The agency is ordered to perform its duty (责令履行). */
  ORDERED_TO_PERFORM("责令履行", true, true),
  /** The application is rejected on procedure after acceptance (驳回复议申请). */
  APPLICATION_REJECTED("驳回复议申请", false, false),
  /** Closed by mediation or settlement (调解、和解). */
  SETTLED("调解和解", false, false),
  /** Terminated, for example on withdrawal (终止). */
  TERMINATED("终止", false, false);

  private final String chinese;
  private final boolean onTheMerits;
  private final boolean corrective;

  ReconsiderationDecision(String chinese, boolean onTheMerits, boolean corrective) {
    this.chinese = chinese;
    this.onTheMerits = onTheMerits;
    this.corrective = corrective;
  }

  @Override
  public String chinese() {
    return chinese;
  }

  /**
   * Returns whether the decision judges the act on its merits (实体审理).
   *
   * @return true for upheld, claim rejected, and the corrective decisions
   */
  public boolean isOnTheMerits() {
    return onTheMerits;
  }

  /**
   * Returns whether the decision corrects the act (纠错): revoked, altered, confirmed unlawful or
   * ordered to perform.
   *
   * @return true for a corrective decision
   */
  public boolean isCorrective() {
    return corrective;
  }
}
