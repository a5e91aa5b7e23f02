package org.fazhi.metrics.indicator;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.fazhi.metrics.exact.Fraction;
import org.fazhi.metrics.exact.Outcome;
import org.fazhi.metrics.exact.UndefinedReason;
import org.fazhi.metrics.exact.Tally;

/**
 * Averages of the rates of several units, for when an average is what is asked for by name.
 *
 * <p>They are not how rates roll up. A county's rate is the ratio of sums (the county's tally is
 * the sum of its units' tallies), which the evaluation engine computes; the
 * {@linkplain #unweightedMean(List) unweighted mean of rates} gives a small township with 2 cases
 * the same weight as a large one with 200 and is generally a different, wrong figure for the
 * county. The {@linkplain #denominatorWeightedMean(List) mean weighted by denominators} equals the
 * ratio of sums, and is provided to show it.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class RateAverages {

  private RateAverages() {}

  /**
   * Returns the unweighted mean of the units' rates (各单位比率的算术平均).
   *
   * @param values the values of a rate for several units; not null, no null elements
   * @return the mean; undefined if there are no values or any value is undefined
   * @throws IllegalArgumentException if a value has no tally
   */
  public static Outcome unweightedMean(List<IndicatorValue> values) {
    requireNonNull(values, "values");
    if (values.isEmpty()) {
      return Outcome.undefined(UndefinedReason.MISSING_INPUT);
    }
    Fraction sum = Fraction.ZERO;
    for (IndicatorValue value : values) {
      Outcome outcome = tally(value).outcome();
      if (!outcome.isDefined()) {
        return Outcome.undefined(UndefinedReason.INPUT_UNDEFINED);
      }
      sum = sum.plus(outcome.fraction().orElseThrow());
    }
    return Outcome.of(sum.dividedBy(Fraction.of(values.size())));
  }

  /**
   * Returns the mean of the units' rates weighted by their effective denominators, which equals
   * the ratio of the summed tallies.
   *
   * @param values the values of a rate for several units; not null, no null elements
   * @return the weighted mean; undefined if the denominators sum to zero
   * @throws IllegalArgumentException if a value has no tally
   * @throws ArithmeticException if the sums overflow a {@code long}
   */
  public static Outcome denominatorWeightedMean(List<IndicatorValue> values) {
    requireNonNull(values, "values");
    Tally sum = Tally.ZERO;
    for (IndicatorValue value : values) {
      sum = sum.plus(tally(value));
    }
    return sum.outcome();
  }

  private static Tally tally(IndicatorValue value) {
    return value.tally().orElseThrow(() -> new IllegalArgumentException(
        "RateAverages: " + value.indicator().code() + " is a " + value.indicator().kind()
            + ", not a rate with a tally"));
  }
}
