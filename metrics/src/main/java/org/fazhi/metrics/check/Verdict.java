package org.fazhi.metrics.check;

import org.fazhi.core.validation.ChineseTerm;

/**
 * What a check of a printed figure found, in order of precedence: when several conventions
 * reproduce a figure, the first one listed here is reported.
 */
public enum Verdict implements ChineseTerm {
  /** 四舍五入 ({@code HALF_UP}) at the printed precision gives the printed figure. */
  REPRODUCED("按四舍五入复现"),
  /** Only GB/T 8170 rounding (四舍六入五成双, {@code HALF_EVEN}) gives the printed figure. */
  REPRODUCED_HALF_EVEN("仅按四舍六入五成双复现"),
  /** Only truncation (截尾, {@code DOWN}) gives the printed figure. */
  REPRODUCED_TRUNCATED("仅按截尾复现"),
  /** A set of shares is given only by the largest remainder method (最大余数法). */
  REPRODUCED_LARGEST_REMAINDER("仅按最大余数法复现"),
  /**
   * A change printed in "%" is really the difference of two rates in percentage points, and
   * should have been printed as "个百分点".
   */
  REPRODUCED_AS_POINTS("百分点误写为百分比"),
  /** The value is undefined (0/0, growth from zero) and the figure is printed as a dash. */
  UNDEFINED("无法计算且以“—”标示"),
  /** No convention gives the printed figure. */
  MISMATCH("不能复现");

  private final String chinese;

  Verdict(String chinese) {
    this.chinese = chinese;
  }

  @Override
  public String chinese() {
    return chinese;
  }

  /**
   * Returns whether the printed figure is consistent with the value: true for every verdict but
   * {@link #MISMATCH}. {@link #UNDEFINED} counts as consistent, because the dash says truly that
   * there is no value; {@link #REPRODUCED_AS_POINTS} counts too, because the number is right and
   * only its unit is wrong.
   *
   * @return false only for {@link #MISMATCH}
   */
  public boolean isReproduced() {
    return this != MISMATCH;
  }
}
