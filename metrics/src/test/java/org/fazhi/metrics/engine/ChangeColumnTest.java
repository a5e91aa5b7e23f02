package org.fazhi.metrics.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.metrics.engine.IndicatorColumnTest.CATALOG;
import static org.fazhi.metrics.engine.IndicatorColumnTest.COUNTY;
import static org.fazhi.metrics.engine.IndicatorColumnTest.HIERARCHY;
import static org.fazhi.metrics.engine.IndicatorColumnTest.TOWN_A;
import static org.fazhi.metrics.engine.IndicatorColumnTest.TOWN_B;
import static org.fazhi.metrics.engine.IndicatorColumnTest.Y2023;
import static org.fazhi.metrics.engine.IndicatorColumnTest.Y2024;
import static org.fazhi.metrics.engine.IndicatorColumnTest.indexOf;

import java.math.BigInteger;
import java.time.LocalDate;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.exact.Change;
import org.fazhi.metrics.exact.ChangeKind;
import org.fazhi.metrics.exact.Comparison;
import org.fazhi.metrics.exact.Fraction;
import org.fazhi.metrics.exact.Outcome;
import org.fazhi.metrics.exact.UndefinedReason;
import org.fazhi.metrics.indicator.Indicator;
import org.fazhi.metrics.indicator.IndicatorKind;
import org.fazhi.metrics.measure.Measure;
import org.fazhi.metrics.measure.StandardMeasure;
import org.fazhi.metrics.scorecard.Scorecard;
import org.fazhi.metrics.scorecard.ScorecardRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bulk read of year-on-year changes: {@link Evaluation#changes} and {@link ChangeColumn}. */
class ChangeColumnTest {

  @ParameterizedTest
  @MethodSource("org.fazhi.metrics.engine.IndicatorColumnTest#ledgers")
  void everyUnitAgreesWithItsScorecardRow(long seed, Caliber caliber, boolean partial) {
    Evaluation evaluation = IndicatorColumnTest.evaluate(seed, caliber, partial);
    int units = evaluation.units().size();
    long[] numerators = new long[units];
    long[] denominators = new long[units];
    int defined = 0;
    int undefined = 0;
    for (int u = 0; u < units; u++) {
      Scorecard card = evaluation.scorecard(evaluation.units().get(u).code());
      for (Indicator indicator : CATALOG.indicators()) {
        if (indicator.kind() == IndicatorKind.CHANGE) {
          continue;
        }
        ChangeColumn column = evaluation.changes(indicator);
        ScorecardRow row = card.row(indicator.code()).orElseThrow();
        Change expected = row.change().orElseThrow();
        String what = indicator.code() + " of " + column.unit(u);
        assertThat(column.change(u)).as(what).isEqualTo(expected);
        assertThat(column.outcome(u)).as(what).isEqualTo(expected.outcome());
        assertThat(column.kind()).isEqualTo(expected.kind());
        assertThat(column.isDefined(u)).as(what).isEqualTo(expected.outcome().isDefined());
        if (column.isDefined(u)) {
          assertThat(column.denominator(u)).as(what).isPositive();
          assertThat(Fraction.of(column.numerator(u), column.denominator(u))).as(what)
              .isEqualTo(expected.outcome().fraction().orElseThrow());
          defined++;
        } else {
          assertThat(column.numerator(u)).as(what).isZero();
          assertThat(column.denominator(u)).as(what).isZero();
          undefined++;
        }
        if (u == 0) {
          column.copyTo(numerators, denominators, 0);
          for (int v = 0; v < units; v++) {
            assertThat(numerators[v]).isEqualTo(column.numerator(v));
            assertThat(denominators[v]).isEqualTo(column.denominator(v));
          }
        }
      }
    }
    assertThat(defined).isGreaterThan(CATALOG.indicators().size() * 2);
    assertThat(undefined).isPositive();
  }

  @Test
  void aRateChangesInPointsAndACountRelatively() {
    Evaluation evaluation = IndicatorColumnTest.evaluate(Ledger.builder(HIERARCHY)
        .add(IndicatorColumnTest.mediation("A", TOWN_A, LocalDate.of(2024, 3, 1), true))
        .add(IndicatorColumnTest.mediation("B", TOWN_A, LocalDate.of(2024, 3, 2), true))
        .add(IndicatorColumnTest.mediation("C", TOWN_A, LocalDate.of(2024, 3, 3), false))
        .add(IndicatorColumnTest.mediation("D", TOWN_A, LocalDate.of(2023, 3, 1), true))
        .add(IndicatorColumnTest.mediation("E", TOWN_A, LocalDate.of(2023, 3, 2), false))
        .build());
    int town = indexOf(evaluation, TOWN_A);
    ChangeColumn rate = evaluation.changes(CATALOG.indicator("MED-RESOLUTION"));
    ChangeColumn cases = evaluation.changes(CATALOG.indicator("MED-CASES"));

    // 2/3 against 1/2: 1/6, a sixth of a whole, 16.67 points.
    assertThat(rate.kind()).isEqualTo(ChangeKind.POINTS);
    assertThat(rate.comparison()).isEqualTo(Comparison.YEAR_ON_YEAR);
    assertThat(rate.numerator(town)).isEqualTo(1);
    assertThat(rate.denominator(town)).isEqualTo(6);
    assertThat(rate.current().period()).isEqualTo(Y2024);
    assertThat(rate.base().period()).isEqualTo(Y2023);
    assertThat(rate.indicator()).isSameAs(CATALOG.indicator("MED-RESOLUTION"));
    assertThat(rate.size()).isEqualTo(3);
    // 3 against 2: growth of a half.
    assertThat(cases.kind()).isEqualTo(ChangeKind.RELATIVE);
    assertThat(cases.numerator(town)).isEqualTo(1);
    assertThat(cases.denominator(town)).isEqualTo(2);
    assertThat(cases.outcome(town)).isEqualTo(Outcome.of(Fraction.of(1, 2)));
  }

  @Test
  void growthFromZeroAndChangesOfUndefinedRatesHaveNoValue() {
    Evaluation evaluation = IndicatorColumnTest.evaluate(Ledger.builder(HIERARCHY)
        .add(IndicatorColumnTest.mediation("A", TOWN_A, LocalDate.of(2024, 3, 1), true))
        .build());
    int town = indexOf(evaluation, TOWN_A);
    int other = indexOf(evaluation, TOWN_B);
    ChangeColumn cases = evaluation.changes(CATALOG.indicator("MED-CASES"));
    ChangeColumn rate = evaluation.changes(CATALOG.indicator("MED-RESOLUTION"));

    assertThat(cases.isDefined(town)).isFalse();
    assertThat(cases.numerator(town)).isZero();
    assertThat(cases.outcome(town)).isEqualTo(Outcome.undefined(UndefinedReason.ZERO_BASE));
    assertThat(rate.isDefined(town)).isFalse();
    assertThat(rate.outcome(town)).isEqualTo(Outcome.undefined(UndefinedReason.INPUT_UNDEFINED));
    assertThat(rate.denominator(other)).isZero();
  }

  @Test
  void aDecreaseIsNegativeOverAPositiveDenominator() {
    Evaluation evaluation = IndicatorColumnTest.evaluate(Ledger.builder(HIERARCHY)
        .add(new FormCount(COUNTY, Y2024, Measure.of(StandardMeasure.MEDIATION_CASES), 30))
        .add(new FormCount(COUNTY, Y2023, Measure.of(StandardMeasure.MEDIATION_CASES), 40))
        .add(new FormCount(COUNTY, Y2024, Measure.of(StandardMeasure.MEDIATION_RESOLVED), 15))
        .add(new FormCount(COUNTY, Y2023, Measure.of(StandardMeasure.MEDIATION_RESOLVED), 30))
        .build());
    int county = indexOf(evaluation, COUNTY);
    ChangeColumn cases = evaluation.changes(CATALOG.indicator("MED-CASES"));
    ChangeColumn rate = evaluation.changes(CATALOG.indicator("MED-RESOLUTION"));

    assertThat(Fraction.of(cases.numerator(county), cases.denominator(county)))
        .isEqualTo(Fraction.of(-1, 4));
    assertThat(cases.denominator(county)).isPositive();
    // 15/30 against 30/40: −1/4, 25 points down.
    assertThat(Fraction.of(rate.numerator(county), rate.denominator(county)))
        .isEqualTo(Fraction.of(-1, 4));
    assertThat(rate.denominator(county)).isPositive();
  }

  @Test
  void countsInTheBillionsOverflowTheNumbersButNotTheExactChange() {
    long big = 4_000_000_000L;
    Evaluation evaluation = IndicatorColumnTest.evaluate(Ledger.builder(HIERARCHY)
        .add(new FormCount(COUNTY, Y2024, Measure.of(StandardMeasure.MEDIATION_CASES), big + 1))
        .add(new FormCount(COUNTY, Y2023, Measure.of(StandardMeasure.MEDIATION_CASES), big))
        .add(new FormCount(COUNTY, Y2024, Measure.of(StandardMeasure.MEDIATION_RESOLVED), big))
        .add(new FormCount(COUNTY, Y2023, Measure.of(StandardMeasure.MEDIATION_RESOLVED), 1))
        .build());
    int county = indexOf(evaluation, COUNTY);
    ChangeColumn rate = evaluation.changes(CATALOG.indicator("MED-RESOLUTION"));
    ChangeColumn cases = evaluation.changes(CATALOG.indicator("MED-CASES"));

    assertThatThrownBy(() -> rate.numerator(county)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> rate.denominator(county)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> rate.copyTo(new long[3], new long[3], 0))
        .isInstanceOf(ArithmeticException.class);
    // big/(big+1) − 1/big, exactly.
    BigInteger b = BigInteger.valueOf(big);
    assertThat(rate.outcome(county)).isEqualTo(Outcome.of(Fraction.of(
        b.multiply(b).subtract(b.add(BigInteger.ONE)),
        b.add(BigInteger.ONE).multiply(b))));
    // The relative change of the counts fits.
    assertThat(cases.numerator(county)).isEqualTo(1);
    assertThat(cases.denominator(county)).isEqualTo(big);
  }

  @Test
  void anIncompleteCurrentPeriodIsCopiedUnitByUnitWithItsMissingValues() {
    Evaluation evaluation = IndicatorColumnTest.evaluate(Ledger.builder(HIERARCHY)
        .completeFor(Y2023)
        .add(IndicatorColumnTest.mediation("A", TOWN_A, LocalDate.of(2024, 3, 1), true))
        .add(IndicatorColumnTest.mediation("B", TOWN_A, LocalDate.of(2023, 3, 1), true))
        .add(IndicatorColumnTest.mediation("C", TOWN_A, LocalDate.of(2023, 3, 2), true))
        .build());
    ChangeColumn cases = evaluation.changes(CATALOG.indicator("MED-CASES"));
    long[] numerators = new long[3];
    long[] denominators = new long[3];
    cases.copyTo(numerators, denominators, 0);
    int town = indexOf(evaluation, TOWN_A);
    int other = indexOf(evaluation, TOWN_B);

    // 1 against 2: down a half. The other town kept no cases in 2023 (a known zero, the year
    // is complete) and none known in 2024: no growth from zero.
    assertThat(numerators[town]).isEqualTo(-1);
    assertThat(denominators[town]).isEqualTo(2);
    assertThat(denominators[other]).isZero();
    assertThat(cases.current().isMissing(other)).isTrue();
    assertThat(cases.outcome(other)).isEqualTo(Outcome.undefined(UndefinedReason.ZERO_BASE));
    assertThat(cases.numerator(other)).isZero();
  }

  @Test
  void aMissingBaseValueWithCountsBehindItHasNoChange() {
    // 2023 is not complete: its 4 cases at 泾河源镇 are known from a form, how many were
    // resolved is not. The counts say 0 of 4; the value is missing, and so is the change.
    Evaluation evaluation = IndicatorColumnTest.evaluate(Ledger.builder(HIERARCHY)
        .completeFor(Y2024)
        .add(new FormCount(TOWN_B, Y2023, Measure.of(StandardMeasure.MEDIATION_CASES), 4))
        .add(IndicatorColumnTest.mediation("A", TOWN_B, LocalDate.of(2024, 3, 1), true))
        .add(IndicatorColumnTest.mediation("B", TOWN_B, LocalDate.of(2024, 3, 2), false))
        .build());
    ChangeColumn rate = evaluation.changes(CATALOG.indicator("MED-RESOLUTION"));
    long[] numerators = new long[3];
    long[] denominators = new long[3];
    rate.copyTo(numerators, denominators, 0);
    int town = indexOf(evaluation, TOWN_B);

    assertThat(rate.base().isMissing(town)).isTrue();
    assertThat(rate.current().denominator(town)).isEqualTo(2);
    assertThat(denominators[town]).isZero().isEqualTo(rate.denominator(town));
    assertThat(numerators[town]).isZero().isEqualTo(rate.numerator(town));
    assertThat(rate.outcome(town).isDefined()).isFalse();
  }

  @Test
  void aChangeIndicatorHasNoScorecardChange() {
    Evaluation evaluation = IndicatorColumnTest.evaluate(Ledger.builder(HIERARCHY).build());

    assertThatThrownBy(() -> evaluation.changes(CATALOG.indicator("RECON-RECEIVED-YOY")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("is a change");
    assertThatThrownBy(() -> evaluation.changes(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void anIndexOutsideTheUnitsIsRejected() {
    Evaluation evaluation = IndicatorColumnTest.evaluate(Ledger.builder(HIERARCHY).build());
    ChangeColumn column = evaluation.changes(CATALOG.indicator("MED-RESOLUTION"));

    assertThatThrownBy(() -> column.numerator(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> column.denominator(-1))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> column.change(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> column.unit(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> column.copyTo(new long[3], new long[2], 0))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(column.unit(0)).isEqualTo(COUNTY);
  }

  @Test
  void itNamesWhatItCompares() {
    Evaluation evaluation = IndicatorColumnTest.evaluate(Ledger.builder(HIERARCHY).build());

    assertThat(evaluation.changes(CATALOG.indicator("MED-RESOLUTION")))
        .hasToString("ChangeColumn[MED-RESOLUTION, YEAR_ON_YEAR POINTS, 2024 against 2023]");
  }
}
