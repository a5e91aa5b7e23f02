package org.fazhi.metrics.indicator;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.fazhi.core.internal.Checks;
import org.fazhi.metrics.exact.ChangeKind;
import org.fazhi.metrics.exact.Comparison;
import org.fazhi.metrics.measure.Measure;

/**
 * How an indicator is computed (计算公式): a proportion or ratio of measures, the total of a
 * measure, or the change of another indicator over time.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Formula
    permits Formula.Proportion, Formula.Ratio, Formula.Total, Formula.ChangeOf {

  /**
   * Returns a proportion: part of a whole, at most 100%.
   *
   * @param numerator the measure counting the part; not null
   * @param denominator the measure counting the whole; not null
   * @return the formula, without exclusions or exceptions
   */
  static Proportion proportion(Measure numerator, Measure denominator) {
    return new Proportion(numerator, denominator, Optional.empty(), Optional.empty());
  }

  /**
   * Returns a ratio of two different counts, possibly above 100%.
   *
   * @param numerator the measure divided; not null
   * @param denominator the measure divided by; not null
   * @return the formula
   */
  static Ratio ratio(Measure numerator, Measure denominator) {
    return new Ratio(numerator, denominator);
  }

  /**
   * Returns the total of a measure: a count, or a sum of amounts.
   *
   * @param measure the measure; not null
   * @return the formula
   */
  static Total total(Measure measure) {
    return new Total(measure);
  }

  /**
   * Returns the change of another indicator.
   *
   * @param indicatorCode the code of the indicator whose change this is; not blank
   * @param kind relative, absolute or in points; not null
   * @param comparison year-on-year or period-on-period; not null
   * @return the formula
   */
  static ChangeOf changeOf(String indicatorCode, ChangeKind kind, Comparison comparison) {
    return new ChangeOf(indicatorCode, kind, comparison);
  }

  /**
   * Returns the measures the formula reads, in a fixed order.
   *
   * @return the measures; empty for a change; not null
   */
  ImmutableList<Measure> measures();

  /**
   * A part of a whole, with optional FHIR-style exclusions (removed from the denominator always)
   * and exceptions (removed from the denominator when not in the numerator).
   *
   * @param numerator the measure counting the part; not null
   * @param denominator the measure counting the whole; not null
   * @param exclusions the measure of cases excluded, if any; not null
   * @param exceptions the measure of exceptions not in the numerator, if any; not null
   */
  record Proportion(
      Measure numerator,
      Measure denominator,
      Optional<Measure> exclusions,
      Optional<Measure> exceptions)
      implements Formula {

    /**
     * Creates a proportion.
     *
     * @param numerator the measure counting the part; not null
     * @param denominator the measure counting the whole; not null
     * @param exclusions the measure of cases excluded, if any; not null
     * @param exceptions the measure of exceptions not in the numerator, if any; not null
     */
    public Proportion {
      requireNonNull(numerator, "numerator");
      requireNonNull(denominator, "denominator");
      requireNonNull(exclusions, "exclusions");
      requireNonNull(exceptions, "exceptions");
    }

    /**
     * Returns this proportion with cases removed from the denominator always.
     *
     * @param measure the measure of excluded cases; not null
     * @return the proportion
     */
    public Proportion excluding(Measure measure) {
      return new Proportion(numerator, denominator, Optional.of(measure), exceptions);
    }

    /**
     * Returns this proportion with exceptions removed from the denominator when not in the
     * numerator.
     *
     * @param measure the measure of exceptions that are not in the numerator; not null
     * @return the proportion
     */
    public Proportion excepting(Measure measure) {
      return new Proportion(numerator, denominator, exclusions, Optional.of(measure));
    }

    @Override
    public ImmutableList<Measure> measures() {
      ImmutableList.Builder<Measure> measures = ImmutableList.builder();
      measures.add(numerator, denominator);
      exclusions.ifPresent(measures::add);
      exceptions.ifPresent(measures::add);
      return measures.build();
    }
  }

  /**
   * A quotient of two different counts.
   *
   * @param numerator the measure divided; not null
   * @param denominator the measure divided by; not null
   */
  record Ratio(Measure numerator, Measure denominator) implements Formula {

    /**
     * Creates a ratio.
     *
     * @param numerator the measure divided; not null
     * @param denominator the measure divided by; not null
     */
    public Ratio {
      requireNonNull(numerator, "numerator");
      requireNonNull(denominator, "denominator");
    }

    @Override
    public ImmutableList<Measure> measures() {
      return ImmutableList.of(numerator, denominator);
    }
  }

  /**
   * The total of a measure.
   *
   * @param measure the measure; not null
   */
  record Total(Measure measure) implements Formula {

    /**
     * Creates a total.
     *
     * @param measure the measure; not null
     */
    public Total {
      requireNonNull(measure, "measure");
    }

    @Override
    public ImmutableList<Measure> measures() {
      return ImmutableList.of(measure);
    }
  }

  /**
   * The change of another indicator over time.
   *
   * @param indicatorCode the code of the indicator whose change this is; not blank
   * @param kind relative, absolute or in points; not null
   * @param comparison year-on-year or period-on-period; not null
   */
  record ChangeOf(String indicatorCode, ChangeKind kind, Comparison comparison)
      implements Formula {

    /**
     * Creates a change.
     *
     * @param indicatorCode the code of the indicator whose change this is; not blank
     * @param kind relative, absolute or in points; not null
     * @param comparison year-on-year or period-on-period; not null
     */
    public ChangeOf {
      Checks.nonBlank("ChangeOf.indicatorCode", requireNonNull(indicatorCode, "indicatorCode"));
      requireNonNull(kind, "kind");
      requireNonNull(comparison, "comparison");
    }

    @Override
    public ImmutableList<Measure> measures() {
      return ImmutableList.of();
    }
  }
}
