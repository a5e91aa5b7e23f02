package org.fazhi.metrics.indicator;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fazhi.core.internal.Checks;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.exact.ChangeKind;
import org.fazhi.metrics.exact.Fraction;
import org.fazhi.metrics.exact.Outcome;
import org.fazhi.metrics.exact.RoundingPolicy;
import org.immutables.value.Value;

/**
 * The definition of an indicator (指标): its code and names, how it is computed, the unit it is
 * printed in, which direction is better, the caliber (口径) in words, and optionally a target and
 * an assessment scale.
 *
 * <p>Definitions are data: a {@link Catalog} versions a set of them. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Indicator {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*");

  Indicator() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Indicator}; code, names, unit, polarity and formula are required; the
   * rounding defaults to {@link RoundingPolicy#DEFAULT} and the caliber to none.
   */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }

  /**
   * Returns the indicator's code, unique within a catalog.
   *
   * @return upper-case words joined by hyphens, such as {@code "MED-RESOLVE"}; not null
   */
  public abstract String code();

  /**
   * Returns the name in Chinese.
   *
   * @return the name, such as {@code "矛盾纠纷化解率"}; not blank
   */
  public abstract String chineseName();

  /**
   * Returns the name in English.
   *
   * @return the name, such as {@code "dispute resolution rate"}; not blank
   */
  public abstract String englishName();

  /**
   * Returns how the indicator is computed.
   *
   * @return the formula; not null
   */
  public abstract Formula formula();

  /**
   * Returns the unit the indicator is printed in.
   *
   * @return the unit; not null
   */
  public abstract IndicatorUnit unit();

  /**
   * Returns which direction is better.
   *
   * @return the polarity; not null
   */
  public abstract Polarity polarity();

  /**
   * Returns the caliber (口径): which cases count, in words.
   *
   * @return the caliber, possibly empty; not null
   */
  @Value.Default
  public String caliber() {
    return "";
  }

  /**
   * Returns the target.
   *
   * @return the target, or empty if the indicator has none
   */
  public abstract Optional<Target> target();

  /**
   * Returns the assessment scale.
   *
   * @return the bands, or empty if the indicator has none
   */
  public abstract Optional<Bands> bands();

  /**
   * Returns how the indicator is rounded for print.
   *
   * @return the rounding; {@link RoundingPolicy#DEFAULT} unless set
   */
  @Value.Default
  public RoundingPolicy rounding() {
    return RoundingPolicy.DEFAULT;
  }

  /**
   * Returns the arithmetic form, read off the formula and unit.
   *
   * @return the kind; not null
   */
  public IndicatorKind kind() {
    Formula formula = formula();
    if (formula instanceof Formula.Proportion) {
      return IndicatorKind.PROPORTION;
    }
    if (formula instanceof Formula.Ratio) {
      return IndicatorKind.RATIO;
    }
    if (formula instanceof Formula.ChangeOf) {
      return IndicatorKind.CHANGE;
    }
    return unit() == IndicatorUnit.TEN_THOUSAND_YUAN ? IndicatorKind.SUM : IndicatorKind.COUNT;
  }

  @Value.Check
  void check() {
    if (!CODE.matcher(code()).matches()) {
      throw new InvalidValueException(
          "Indicator.code", "\"" + code() + "\"",
          "must be upper-case letters and digits joined by hyphens, such as MED-RESOLVE");
    }
    Checks.nonBlank("Indicator.chineseName", chineseName());
    Checks.nonBlank("Indicator.englishName", englishName());
    IndicatorUnit expected = expectedUnit();
    if (expected != null && unit() != expected) {
      throw new InvalidValueException(
          "Indicator.unit", unit(), "must be " + expected + " for " + describeFormula()
              + " (indicator " + code() + ")");
    }
    if (expected == null && kind() != IndicatorKind.CHANGE
        && (unit() == IndicatorUnit.PERCENT || unit() == IndicatorUnit.PERCENTAGE_POINTS)) {
      throw new InvalidValueException(
          "Indicator.unit", unit(), "a total is printed in a count or amount unit (indicator "
              + code() + ")");
    }
  }

  private IndicatorUnit expectedUnit() {
    Formula formula = formula();
    if (formula instanceof Formula.ChangeOf change) {
      return switch (change.kind()) {
        case RELATIVE -> IndicatorUnit.PERCENT;
        case POINTS -> IndicatorUnit.PERCENTAGE_POINTS;
        case ABSOLUTE -> null;
      };
    }
    return formula instanceof Formula.Total ? null : IndicatorUnit.PERCENT;
  }

  private String describeFormula() {
    return formula() instanceof Formula.ChangeOf c && c.kind() == ChangeKind.POINTS
        ? "a change in points"
        : "a " + kind().name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns an exact value as printed in the indicator's unit, on the basis given: the full value,
   * or the value rounded under the indicator's policy.
   *
   * @param value the exact value; not null
   * @param basis full or rounded; not null
   * @return the value in printed units (96.774… or 96.77 for 900/930)
   */
  public Fraction printedValue(Fraction value, TargetBasis basis) {
    Fraction printed = unit().toPrinted(value);
    return basis == TargetBasis.FULL_VALUE ? printed : Fraction.of(rounding().round(printed));
  }

  /**
   * Judges a value against the target.
   *
   * @param value the value; not null
   * @param basis whether to judge the full or the rounded value; not null
   * @return whether the target is met, or empty if the indicator has no target
   */
  public Optional<TargetStatus> judge(Outcome value, TargetBasis basis) {
    return target().map(target -> value.fraction()
        .map(v -> target.isMetBy(printedValue(v, basis)) ? TargetStatus.MET : TargetStatus.NOT_MET)
        .orElse(TargetStatus.UNDEFINED));
  }

  /**
   * Returns the band of the assessment scale a value falls in.
   *
   * @param value the value; not null
   * @param basis whether to place the full or the rounded value; not null
   * @return the band, or empty if there is no scale, no value, or the value is off the scale
   */
  public Optional<Band> bandOf(Outcome value, TargetBasis basis) {
    return bands().flatMap(bands -> value.fraction()
        .flatMap(v -> bands.bandOf(printedValue(v, basis))));
  }

  @Override
  public String toString() {
    return code() + " " + chineseName();
  }
}
