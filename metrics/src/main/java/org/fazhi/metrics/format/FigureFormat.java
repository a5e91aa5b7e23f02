package org.fazhi.metrics.format;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.fazhi.metrics.exact.Change;
import org.fazhi.metrics.exact.ChangeKind;
import org.fazhi.metrics.exact.Comparison;
import org.fazhi.metrics.exact.Fraction;
import org.fazhi.metrics.exact.Outcome;
import org.fazhi.metrics.exact.RoundingPolicy;
import org.fazhi.metrics.exact.UndefinedReason;
import org.fazhi.metrics.indicator.IndicatorUnit;
import org.fazhi.metrics.exact.Tally;
import org.fazhi.metrics.indicator.IndicatorValue;

/**
 * Prints figures the way reports do, in Chinese or English: {@code 96.77%}, {@code 3158项},
 * {@code 同比增长400%}, {@code 同比下降7.01个百分点}, and {@code —} for a figure with no value.
 *
 * <p>Rounding happens here, once, under the policy given. Digits are ASCII and the decimal point
 * is a full stop whatever the default locale. This class is immutable and thread-safe.
 */
public final class FigureFormat {

  /** How a figure with no value is printed. */
  public static final String DASH = "—";

  private final Language language;

  private FigureFormat(Language language) {
    this.language = language;
  }

  /**
   * Returns the format of a language.
   *
   * @param language the language; not null
   * @return the format
   */
  public static FigureFormat of(Language language) {
    return new FigureFormat(requireNonNull(language, "language"));
  }

  /**
   * Returns the language.
   *
   * @return the language; not null
   */
  public Language language() {
    return language;
  }

  /**
   * Prints an indicator's value in its unit, rounded under its policy.
   *
   * @param value the value; not null
   * @return for example {@code 96.77%}, {@code 3158项} or {@code —}; not null
   */
  public String value(IndicatorValue value) {
    return outcome(value.outcome(), value.indicator().unit(), value.indicator().rounding());
  }

  /**
   * Prints an exact value in a unit.
   *
   * @param outcome the value, or undefined; not null
   * @param unit the unit; not null
   * @param policy the rounding; not null
   * @return the printed figure, or {@link #DASH}; not null
   */
  public String outcome(Outcome outcome, IndicatorUnit unit, RoundingPolicy policy) {
    requireNonNull(unit, "unit");
    requireNonNull(policy, "policy");
    return outcome.fraction()
        .map(v -> number(policy.round(unit.toPrinted(v))) + unitSuffix(unit))
        .orElse(DASH);
  }

  private String unitSuffix(IndicatorUnit unit) {
    if (unit == IndicatorUnit.PERCENT) {
      return "%";
    }
    return language == Language.ZH ? unit.chinese() : " " + unit.english();
  }

  private static String number(BigDecimal value) {
    return value.toPlainString();
  }

  /**
   * Prints a change: {@code 同比增长400%}, {@code 同比下降38.5%}, {@code 同比提高6.97个百分点},
   * {@code 同比增加36件}, {@code 同比持平}; in English {@code up 400% year on year} and so on.
   *
   * @param change the change; not null
   * @param unit the unit of the figure that changed (for an absolute change); not null
   * @param policy the rounding of the change; not null
   * @return the printed change, or {@link #DASH} when undefined; not null
   */
  public String change(Change change, IndicatorUnit unit, RoundingPolicy policy) {
    requireNonNull(change, "change");
    requireNonNull(unit, "unit");
    requireNonNull(policy, "policy");
    if (!change.outcome().isDefined()) {
      return DASH;
    }
    Fraction value = change.outcome().fraction().orElseThrow();
    IndicatorUnit shown = switch (change.kind()) {
      case RELATIVE -> IndicatorUnit.PERCENT;
      case POINTS -> IndicatorUnit.PERCENTAGE_POINTS;
      case ABSOLUTE -> unit;
    };
    Fraction printed = shown.toPrinted(value);
    BigDecimal magnitude = policy.round(printed.signum() < 0 ? printed.negate() : printed);
    int sign = magnitude.signum() == 0 ? 0 : value.signum();
    return language == Language.ZH
        ? chineseChange(change, shown, magnitude, sign)
        : englishChange(change, shown, magnitude, sign);
  }

  private String chineseChange(Change change, IndicatorUnit shown, BigDecimal magnitude, int sign) {
    String prefix = change.comparison().chinese();
    if (sign == 0) {
      return prefix + "持平";
    }
    String word = switch (change.kind()) {
      case RELATIVE -> sign > 0 ? "增长" : "下降";
      case POINTS -> sign > 0 ? "提高" : "下降";
      case ABSOLUTE -> sign > 0 ? "增加" : "减少";
    };
    return prefix + word + number(magnitude) + unitSuffix(shown);
  }

  private String englishChange(Change change, IndicatorUnit shown, BigDecimal magnitude, int sign) {
    String comparison = change.comparison() == Comparison.YEAR_ON_YEAR
        ? "year on year"
        : "period on period";
    if (sign == 0) {
      return "unchanged " + comparison;
    }
    String amount = change.kind() == ChangeKind.RELATIVE
        ? number(magnitude) + "%"
        : number(magnitude) + " " + shown.english();
    return (sign > 0 ? "up " : "down ") + amount + " " + comparison;
  }

  /**
   * Prints the counts behind a rate: {@code 900/930}, or with removals
   * {@code 27/28（总数29，排除1）} / {@code 27/28 (of 29, excl. 1)}.
   *
   * @param tally the tally; not null
   * @return the counts; not null
   */
  public String tally(Tally tally) {
    String base = tally.numerator() + "/" + tally.effectiveDenominator();
    if (tally.exclusions() == 0 && tally.exceptions() == 0) {
      return base;
    }
    StringBuilder removed = new StringBuilder();
    if (language == Language.ZH) {
      removed.append("（总数").append(tally.denominator());
      if (tally.exclusions() > 0) {
        removed.append("，排除").append(tally.exclusions());
      }
      if (tally.exceptions() > 0) {
        removed.append("，例外").append(tally.exceptions());
      }
      return base + removed.append("）");
    }
    removed.append(" (of ").append(tally.denominator());
    if (tally.exclusions() > 0) {
      removed.append(", excl. ").append(tally.exclusions());
    }
    if (tally.exceptions() > 0) {
      removed.append(", exc. ").append(tally.exceptions());
    }
    return base + removed.append(")");
  }

  /**
   * Prints why a figure has no value.
   *
   * @param reason the reason; not null
   * @return {@code 分母为零} or {@code zero denominator}, and so on; not null
   */
  public String reason(UndefinedReason reason) {
    return language == Language.ZH ? reason.chinese() : reason.english();
  }

  @Override
  public String toString() {
    return "FigureFormat[" + language + "]";
  }
}
