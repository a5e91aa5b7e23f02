package org.fazhi.metrics.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.fazhi.metrics.testing.Invalid.assertArithmetic;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.metrics.exact.Fraction;
import org.fazhi.metrics.exact.Outcome;
import org.fazhi.metrics.exact.RoundingPolicy;
import org.fazhi.metrics.exact.UndefinedReason;
import org.fazhi.metrics.exact.Tally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link RateAverages}. */
class RateAveragesTest {

  private static final Indicator RESOLUTION = StandardCatalog.catalog().indicator("MED-RESOLUTION");
  private static final Indicator RECTIFICATION =
      StandardCatalog.catalog().indicator("RECT-COMPLETION");
  private static final ReportingPeriod Y2024 = ReportingPeriod.year(2024);

  private static IndicatorValue value(Indicator indicator, String unit, Tally tally) {
    return IndicatorValue.ofTally(indicator, StandardCatalog.VERSION, UnitCode.parse(unit), Y2024,
        tally);
  }

  /** Township A resolved 1 of 2 disputes; township B 90 of 100. */
  private static final List<IndicatorValue> A_AND_B = List.of(
      value(RESOLUTION, "640424100", Tally.of(1, 2)),
      value(RESOLUTION, "640424200", Tally.of(90, 100)));

  //-----------------------------------------------------------------------
  // the two means differ, and the weighted one is the ratio of sums
  //-----------------------------------------------------------------------
  @Test
  void unweightedMean_differsFromTheRatioOfSums() {
    Outcome unweighted = RateAverages.unweightedMean(A_AND_B);
    Outcome weighted = RateAverages.denominatorWeightedMean(A_AND_B);
    // (50% + 90%) / 2 = 70%
    assertThat(unweighted).isEqualTo(Outcome.of(Fraction.of(7, 10)));
    // (1 + 90) / (2 + 100) = 91/102 = 89.22%
    assertThat(weighted).isEqualTo(Outcome.of(Fraction.of(91, 102)));
    assertThat(unweighted).isNotEqualTo(weighted);
    assertThat(weighted).isEqualTo(Tally.of(1, 2).plus(Tally.of(90, 100)).outcome());
    assertThat(RoundingPolicy.DEFAULT.round(
            weighted.fraction().orElseThrow().times(Fraction.HUNDRED)))
        .isEqualTo(new BigDecimal("89.22"));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void means_agreeWithTheirDefinitions(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 200; i++) {
      int n = 1 + random.nextInt(6);
      List<IndicatorValue> values = new ArrayList<>();
      Tally sum = Tally.ZERO;
      Fraction rates = Fraction.ZERO;
      Fraction weightedRates = Fraction.ZERO;
      long weights = 0;
      for (int k = 0; k < n; k++) {
        long denominator = 1 + random.nextInt(random.nextBoolean() ? 5 : 1_000);
        long exceptions = random.nextInt(3) == 0 ? random.nextInt((int) denominator) : 0;
        long effective = denominator - exceptions;
        long numerator = random.nextInt((int) effective + 1);
        Tally tally = Tally.of(numerator, denominator, 0, exceptions);
        values.add(value(RECTIFICATION, "640424" + (101 + k), tally));
        sum = sum.plus(tally);
        Fraction rate = Fraction.of(numerator, effective);
        rates = rates.plus(rate);
        weightedRates = weightedRates.plus(rate.times(Fraction.of(effective)));
        weights += effective;
      }
      // the weighted mean: Σ rate × weight / Σ weight, which is the ratio of the summed tallies
      Outcome weighted = RateAverages.denominatorWeightedMean(values);
      assertThat(weighted).isEqualTo(Outcome.of(weightedRates.dividedBy(Fraction.of(weights))));
      assertThat(weighted).isEqualTo(sum.outcome());
      // the unweighted mean: Σ rate / n
      assertThat(RateAverages.unweightedMean(values))
          .isEqualTo(Outcome.of(rates.dividedBy(Fraction.of(n))));
    }
  }

  @Test
  void means_agreeWhenTheDenominatorsAreEqual() {
    List<IndicatorValue> values = List.of(
        value(RESOLUTION, "640424100", Tally.of(1, 4)),
        value(RESOLUTION, "640424200", Tally.of(3, 4)));
    assertThat(RateAverages.unweightedMean(values))
        .isEqualTo(RateAverages.denominatorWeightedMean(values))
        .isEqualTo(Outcome.of(Fraction.of(1, 2)));
  }

  @Test
  void means_dependOnOrderNeither() {
    List<IndicatorValue> reversed = List.of(A_AND_B.get(1), A_AND_B.get(0));
    assertThat(RateAverages.unweightedMean(reversed)).isEqualTo(RateAverages.unweightedMean(A_AND_B));
    assertThat(RateAverages.denominatorWeightedMean(reversed))
        .isEqualTo(RateAverages.denominatorWeightedMean(A_AND_B));
  }

  //-----------------------------------------------------------------------
  // undefined means
  //-----------------------------------------------------------------------
  @Test
  void unweightedMean_ofNothingIsMissing() {
    assertThat(RateAverages.unweightedMean(List.of()))
        .isEqualTo(Outcome.undefined(UndefinedReason.MISSING_INPUT));
  }

  @Test
  void unweightedMean_withAnUndefinedRateIsUndefined() {
    List<IndicatorValue> values = List.of(A_AND_B.get(0), value(RESOLUTION, "640424300", Tally.ZERO));
    assertThat(RateAverages.unweightedMean(values))
        .isEqualTo(Outcome.undefined(UndefinedReason.INPUT_UNDEFINED));
    // the weighted mean leaves out a unit with nothing to count
    assertThat(RateAverages.denominatorWeightedMean(values)).isEqualTo(Outcome.ratio(1, 2));
  }

  @Test
  void denominatorWeightedMean_ofNothingOrOfZeroDenominators() {
    assertThat(RateAverages.denominatorWeightedMean(List.of()))
        .isEqualTo(Outcome.undefined(UndefinedReason.ZERO_DENOMINATOR));
    assertThat(RateAverages.denominatorWeightedMean(List.of(
            value(RESOLUTION, "640424100", Tally.ZERO),
            value(RECTIFICATION, "640424200", Tally.of(0, 3, 0, 3)))))
        .isEqualTo(Outcome.undefined(UndefinedReason.ZERO_DENOMINATOR));
  }

  //-----------------------------------------------------------------------
  // values that are not rates; overflow; nulls
  //-----------------------------------------------------------------------
  @Test
  void valuesWithoutATally() {
    IndicatorValue count = IndicatorValue.ofTotal(StandardCatalog.catalog().indicator("MED-CASES"),
        StandardCatalog.VERSION, UnitCode.parse("640424"), Y2024, 930);
    List<IndicatorValue> values = List.of(A_AND_B.get(0), count);
    String message = "RateAverages: MED-CASES is a COUNT, not a rate with a tally";
    assertThatIllegalArgumentException().isThrownBy(() -> RateAverages.unweightedMean(values))
        .withMessage(message);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RateAverages.denominatorWeightedMean(values))
        .withMessage(message);
  }

  @Test
  void denominatorWeightedMean_overflow() {
    List<IndicatorValue> values = List.of(
        value(RESOLUTION, "640424100", Tally.of(1, Long.MAX_VALUE)),
        value(RESOLUTION, "640424200", Tally.of(1, 1)));
    assertArithmetic(() -> RateAverages.denominatorWeightedMean(values), "long overflow");
    // the unweighted mean of the same rates is exact
    assertThat(RateAverages.unweightedMean(values)).isEqualTo(Outcome.of(
        Fraction.of(1, Long.MAX_VALUE).plus(Fraction.ONE).dividedBy(Fraction.of(2))));
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(RateAverages.class);
  }
}
