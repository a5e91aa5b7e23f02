package org.fazhi.metrics.check;

import org.fazhi.core.validation.ChineseTerm;

/** Whether a printed figure claims to be exact, approximate, or a lower bound. */
public enum Approximation implements ChineseTerm {
  /** Printed as is, such as "96.77%" (a figure rounded in the ordinary way). */
  EXACT("确数"),
  /** Marked as approximate with 约, 大约, 近 or 左右, such as "约19.2%" or "85%左右". */
  ABOUT("约数"),
  /**
   * Marked with 余 or 多 after the number, such as "160余条": more than 160 and fewer than the
   * next step of the last printed digit (170).
   */
  MORE_THAN("余数");

  private final String chinese;

  Approximation(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}
