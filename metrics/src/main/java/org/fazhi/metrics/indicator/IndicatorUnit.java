package org.fazhi.metrics.indicator;

import org.fazhi.core.validation.ChineseTerm;
import org.fazhi.metrics.exact.Fraction;

/**
 * The unit a figure is printed in (计量单位), and the factor from the exact value to the printed
 * number: a proportion of 0.9677 prints as 96.77 %, an amount of 78,000,000 yuan as 7800 万元.
 */
public enum IndicatorUnit implements ChineseTerm {
  /** Percent (%): proportions, ratios and relative changes, printed ×100. */
  PERCENT("%", "%", Fraction.HUNDRED),
  /** Percentage points (个百分点): differences of proportions, printed ×100. */
  PERCENTAGE_POINTS("个百分点", "percentage points", Fraction.HUNDRED),
  /** Items of a list (项). */
  ITEMS("项", "items", Fraction.ONE),
  /** Cases or documents (件). */
  CASES("件", "cases", Fraction.ONE),
  /** Entries, such as problems found (条). */
  ENTRIES("条", "entries", Fraction.ONE),
  /** Occasions (次). */
  TIMES("次", "times", Fraction.ONE),
  /** Rounds (轮次). */
  ROUNDS("轮次", "rounds", Fraction.ONE),
  /** Sessions of a series, such as lectures (期). */
  SESSIONS("期", "sessions", Fraction.ONE),
  /** Copies of a document, such as notices (份). */
  COPIES("份", "copies", Fraction.ONE),
  /** Person-times, attendances counted per occasion (人次). */
  PERSON_TIMES("人次", "person-times", Fraction.ONE),
  /** Persons (人). */
  PERSONS("人", "persons", Fraction.ONE),
  /** Households or market entities (户). */
  HOUSEHOLDS("户", "households", Fraction.ONE),
  /** Organisations or places (个). */
  UNITS("个", "units", Fraction.ONE),
  /** Ten thousand yuan (万元): amounts tallied in yuan, printed ÷10,000. */
  TEN_THOUSAND_YUAN("万元", "10k yuan", Fraction.of(1, 10_000));

  private final String chinese;
  private final String english;
  private final Fraction factor;

  IndicatorUnit(String chinese, String english, Fraction factor) {
    this.chinese = chinese;
    this.english = english;
    this.factor = factor;
  }

  /**
   * Returns the unit as printed in Chinese text, such as {@code 件} or {@code %}.
   *
   * @return the symbol; not null
   */
  @Override
  public String chinese() {
    return chinese;
  }

  /**
   * Returns the unit as printed in English text, such as {@code cases}.
   *
   * @return the word; not null
   */
  public String english() {
    return english;
  }

  /**
   * Returns the factor from an exact value to the printed number: 100 for percent, 1/10,000 for
   * 万元, 1 otherwise.
   *
   * @return the factor; not null
   */
  public Fraction factor() {
    return factor;
  }

  /**
   * Returns the exact value as printed in this unit, before rounding.
   *
   * @param value the exact value; not null
   * @return {@code value × factor()}
   */
  public Fraction toPrinted(Fraction value) {
    return value.times(factor);
  }
}
