package org.fazhi.metrics.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.fazhi.core.cases.MediationCase;
import org.fazhi.core.cases.MediationOutcome;
import org.fazhi.core.document.NormativeDocument;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.unit.OrgUnit;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.unit.UnitHierarchy;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.exact.ChangeKind;
import org.fazhi.metrics.exact.Comparison;
import org.fazhi.metrics.exact.Fraction;
import org.fazhi.metrics.exact.Outcome;
import org.fazhi.metrics.exact.UndefinedReason;
import org.fazhi.metrics.indicator.Catalog;
import org.fazhi.metrics.indicator.Formula;
import org.fazhi.metrics.indicator.Indicator;
import org.fazhi.metrics.indicator.IndicatorKind;
import org.fazhi.metrics.indicator.IndicatorUnit;
import org.fazhi.metrics.indicator.Polarity;
import org.fazhi.metrics.indicator.StandardCatalog;
import org.fazhi.metrics.indicator.TargetBasis;
import org.fazhi.metrics.measure.Measure;
import org.fazhi.metrics.measure.StandardMeasure;
import org.fazhi.metrics.exact.Tally;
import org.fazhi.metrics.indicator.IndicatorValue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The bulk read of an evaluation: {@link Evaluation#values} and {@link IndicatorColumn}. */
class IndicatorColumnTest {

  static final ReportingPeriod Y2024 = ReportingPeriod.year(2024);
  static final ReportingPeriod Y2023 = ReportingPeriod.year(2023);
  static final UnitCode COUNTY = UnitCode.parse("640424");
  static final UnitCode TOWN_A = UnitCode.parse("640424100");
  static final UnitCode TOWN_B = UnitCode.parse("640424101");
  static final UnitHierarchy HIERARCHY = UnitHierarchy.of(List.of(
      OrgUnit.root("640424", "泾源县"),
      OrgUnit.of("640424100", "香水镇", "640424"),
      OrgUnit.of("640424101", "泾河源镇", "640424")));
  static final Catalog CATALOG = StandardCatalog.catalog();

  /** An indicator made for one test, neutral. */
  static Indicator indicator(String code, String chineseName, Formula formula,
      IndicatorUnit unit) {
    return Indicator.builder().code(code).chineseName(chineseName).englishName(code)
        .formula(formula).unit(unit).polarity(Polarity.NEUTRAL).build();
  }

  /** Evaluates a ledger for a period, by the standard catalog with indicators added to it. */
  static Evaluation evaluateWith(Ledger ledger, ReportingPeriod period, Indicator... added) {
    Catalog catalog = Catalog.builder().from(CATALOG).version("local")
        .addIndicators(added).build();
    return Evaluator.of(catalog, Caliber.standard()).evaluate(ledger, period);
  }

  /** Seeded ledgers of every record type, complete or not, under several calibers. */
  static Stream<Arguments> ledgers() {
    return Stream.of(
        Arguments.of(1L, Caliber.standard(), false),
        Arguments.of(2L, Caliber.of(59, TargetBasis.FULL_VALUE), false),
        Arguments.of(3L, Caliber.asOf(LocalDate.of(2024, 6, 30), TargetBasis.FULL_VALUE), false),
        Arguments.of(4L, Caliber.standard(), true),
        Arguments.of(5L, Caliber.of(120, TargetBasis.FULL_VALUE), true));
  }

  static Evaluation evaluate(long seed, Caliber caliber, boolean partial) {
    RandomRecords data = new RandomRecords(seed, 150);
    Ledger.Builder ledger = Ledger.builder(data.hierarchy).addAll(data.records);
    if (partial) {
      // Complete for 2024 only: in 2023 only what records and form counts gave is known.
      ledger.completeFor(Y2024)
          .add(new FormCount(data.units.get(3), Y2023,
              Measure.of(StandardMeasure.RECONSIDERATION_RECEIVED), 7));
    }
    return Evaluator.of(CATALOG, caliber).evaluate(ledger.build(), Y2024);
  }

  /** The value as a fraction of longs, the way a column gives it. */
  static long[] fractionOf(IndicatorValue value) {
    Optional<Tally> tally = value.tally();
    if (tally.isPresent()) {
      return new long[] {tally.get().numerator(), tally.get().effectiveDenominator()};
    }
    if (value.total().isPresent()) {
      return new long[] {value.total().getAsLong(), 1};
    }
    return value.outcome().fraction()
        .map(f -> new long[] {f.numerator().longValueExact(), f.denominator().longValueExact()})
        .orElse(new long[] {0, 0});
  }

  @ParameterizedTest
  @MethodSource("ledgers")
  void everyUnitAgreesWithTheValueOfTheEvaluation(long seed, Caliber caliber, boolean partial) {
    Evaluation evaluation = evaluate(seed, caliber, partial);
    int units = evaluation.units().size();
    long[] numerators = new long[units + 2];
    long[] denominators = new long[units + 2];
    int defined = 0;
    int missing = 0;
    for (Indicator indicator : CATALOG.indicators()) {
      for (ReportingPeriod period : evaluation.periods()) {
        if (indicator.kind() == IndicatorKind.CHANGE && period.equals(Y2023)) {
          continue; // its base, 2022, was not evaluated
        }
        IndicatorColumn column = evaluation.values(indicator, period);
        assertThat(column.indicator()).isSameAs(indicator);
        assertThat(column.period()).isEqualTo(period);
        assertThat(column.size()).isEqualTo(units);
        column.copyTo(numerators, denominators, 2);
        for (int u = 0; u < units; u++) {
          UnitCode unit = evaluation.units().get(u).code();
          IndicatorValue value = evaluation.value(unit, indicator, period);
          String what = indicator.code() + " of " + unit + " in " + period;
          long[] expected = fractionOf(value);
          assertThat(column.unit(u)).isEqualTo(unit);
          assertThat(column.value(u)).as(what).isEqualTo(value);
          assertThat(column.outcome(u)).as(what).isEqualTo(value.outcome());
          assertThat(column.isMissing(u)).as(what).isEqualTo(value.isMissing());
          assertThat(column.isDefined(u)).as(what).isEqualTo(value.outcome().isDefined());
          if (indicator.kind() == IndicatorKind.CHANGE) {
            // A change is compared by value: the column keeps a common denominator.
            assertThat(column.denominator(u) == 0).as(what).isEqualTo(expected[1] == 0);
            if (column.denominator(u) != 0) {
              assertThat(Fraction.of(column.numerator(u), column.denominator(u)))
                  .as(what).isEqualTo(value.outcome().fraction().orElseThrow());
            }
          } else {
            assertThat(column.numerator(u)).as(what).isEqualTo(expected[0]);
            assertThat(column.denominator(u)).as(what).isEqualTo(expected[1]);
          }
          assertThat(column.exclusions(u)).as(what)
              .isEqualTo(value.tally().map(Tally::exclusions).orElse(0L));
          assertThat(column.exceptions(u)).as(what)
              .isEqualTo(value.tally().map(Tally::exceptions).orElse(0L));
          assertThat(numerators[2 + u]).as(what).isEqualTo(column.numerator(u));
          assertThat(denominators[2 + u]).as(what).isEqualTo(column.denominator(u));
          defined += column.isDefined(u) ? 1 : 0;
          missing += column.isMissing(u) ? 1 : 0;
        }
      }
    }
    // The data must exercise defined values, and missing ones where the ledger is partial.
    assertThat(defined).isGreaterThan(CATALOG.indicators().size() * 4);
    assertThat(missing > 0).isEqualTo(partial);
  }

  static MediationCase mediation(String id, UnitCode unit, LocalDate received, boolean resolved) {
    return MediationCase.builder()
        .id(id).unit(unit).receivedDate(received)
        .outcome(resolved ? MediationOutcome.RESOLVED : MediationOutcome.UNRESOLVED)
        .concludedDate(received.plusDays(3))
        .build();
  }

  static Evaluation evaluate(Ledger ledger) {
    return Evaluator.of(CATALOG, Caliber.standard()).evaluate(ledger, Y2024);
  }

  static int indexOf(Evaluation evaluation, UnitCode unit) {
    for (int i = 0; i < evaluation.units().size(); i++) {
      if (evaluation.units().get(i).code().equals(unit)) {
        return i;
      }
    }
    throw new AssertionError(unit);
  }

  @Nested
  class Values {

    @Test
    void aRateIsItsTallyRolledUpAndAUnitWithoutCasesIsZeroOverZero() {
      Evaluation evaluation = evaluate(Ledger.builder(HIERARCHY)
          .add(mediation("A1", TOWN_A, LocalDate.of(2024, 3, 1), true))
          .add(mediation("A2", TOWN_A, LocalDate.of(2024, 3, 2), false))
          .add(mediation("A3", TOWN_A, LocalDate.of(2023, 3, 2), true))
          .build());
      IndicatorColumn rate = evaluation.values(CATALOG.indicator("MED-RESOLUTION"), Y2024);
      int town = indexOf(evaluation, TOWN_A);
      int other = indexOf(evaluation, TOWN_B);
      int county = indexOf(evaluation, COUNTY);

      assertThat(rate.numerator(town)).isEqualTo(1);
      assertThat(rate.denominator(town)).isEqualTo(2);
      assertThat(rate.numerator(county)).isEqualTo(1);
      assertThat(rate.denominator(county)).isEqualTo(2);
      assertThat(rate.numerator(other)).isZero();
      assertThat(rate.denominator(other)).isZero();
      assertThat(rate.isDefined(other)).isFalse();
      assertThat(rate.outcome(other))
          .isEqualTo(Outcome.undefined(UndefinedReason.ZERO_DENOMINATOR));
      assertThat(rate.isMissing(other)).isFalse();
      IndicatorColumn before = evaluation.values(CATALOG.indicator("MED-RESOLUTION"), Y2023);
      assertThat(before.numerator(county)).isEqualTo(1);
      assertThat(before.denominator(county)).isEqualTo(1);
      IndicatorColumn amount = evaluation.values(CATALOG.indicator("MED-CASES"), Y2024);
      assertThat(amount.numerator(county)).isEqualTo(2);
      assertThat(amount.denominator(county)).isEqualTo(1);
      assertThat(amount.denominator(other)).isEqualTo(1);
    }

    @Test
    void exclusionsAndExceptionsLeaveTheDenominatorAndAreReadApart() {
      Evaluation evaluation = evaluate(Ledger.builder(HIERARCHY)
          .add(new FormCount(COUNTY, Y2024, Measure.of(StandardMeasure.TASKS_DUE), 30))
          .add(new FormCount(COUNTY, Y2024, Measure.of(StandardMeasure.TASKS_CANCELLED), 1))
          .add(new FormCount(COUNTY, Y2024, Measure.of(StandardMeasure.TASKS_COMPLETED), 27))
          .add(new FormCount(COUNTY, Y2024, Measure.of(StandardMeasure.FINDINGS), 10))
          .add(new FormCount(COUNTY, Y2024, Measure.of(StandardMeasure.FINDINGS_LONG_TERM), 2))
          .add(new FormCount(COUNTY, Y2024, Measure.of(StandardMeasure.FINDINGS_RECTIFIED), 7))
          .build());
      int county = indexOf(evaluation, COUNTY);
      IndicatorColumn tasks = evaluation.values(CATALOG.indicator("TASK-COMPLETION"), Y2024);
      IndicatorColumn findings = evaluation.values(CATALOG.indicator("RECT-COMPLETION"), Y2024);
      IndicatorColumn count = evaluation.values(CATALOG.indicator("TASKS"), Y2024);

      assertThat(tasks.numerator(county)).isEqualTo(27);
      assertThat(tasks.denominator(county)).isEqualTo(29);
      assertThat(tasks.exclusions(county)).isEqualTo(1);
      assertThat(tasks.exceptions(county)).isZero();
      assertThat(findings.denominator(county)).isEqualTo(8);
      assertThat(findings.exclusions(county)).isZero();
      assertThat(findings.exceptions(county)).isEqualTo(2);
      assertThat(count.exclusions(county)).isZero();
      assertThat(count.numerator(county)).isEqualTo(30);
    }

    @Test
    void aRatioIsItsNumeratorOverItsDenominatorEvenAboveOne() {
      Indicator perInspection = indicator("FINDINGS-PER-NOTICE", "每份通知单问题数",
          Formula.ratio(
              Measure.of(StandardMeasure.FINDINGS), Measure.of(StandardMeasure.NOTICES)),
          IndicatorUnit.PERCENT);
      Catalog catalog = Catalog.builder().id("ratio").version("1")
          .addIndicators(perInspection).build();
      Evaluation evaluation = Evaluator.of(catalog, Caliber.standard()).evaluate(
          Ledger.builder(HIERARCHY)
              .add(new FormCount(COUNTY, Y2024, Measure.of(StandardMeasure.FINDINGS), 12))
              .add(new FormCount(COUNTY, Y2024, Measure.of(StandardMeasure.NOTICES), 5))
              .build(), Y2024);
      IndicatorColumn column = evaluation.values(perInspection, Y2024);
      int county = indexOf(evaluation, COUNTY);

      assertThat(column.numerator(county)).isEqualTo(12);
      assertThat(column.denominator(county)).isEqualTo(5);
      assertThat(column.exclusions(county)).isZero();
      assertThat(column.outcome(county)).isEqualTo(Outcome.of(Fraction.of(12, 5)));
    }

    @Test
    void aChangeIndicatorIsItsChangeAndHasNoValueInTheBaseYear() {
      Ledger.Builder ledger = Ledger.builder(HIERARCHY)
          .add(new FormCount(COUNTY, Y2024,
              Measure.of(StandardMeasure.RECONSIDERATION_RECEIVED), 45))
          .add(new FormCount(COUNTY, Y2023,
              Measure.of(StandardMeasure.RECONSIDERATION_RECEIVED), 9));
      Evaluation evaluation = evaluate(ledger.build());
      Indicator growth = CATALOG.indicator("RECON-RECEIVED-YOY");
      IndicatorColumn column = evaluation.values(growth, Y2024);
      int county = indexOf(evaluation, COUNTY);
      int town = indexOf(evaluation, TOWN_A);

      assertThat(Fraction.of(column.numerator(county), column.denominator(county)))
          .isEqualTo(Fraction.of(4));
      assertThat(column.isMissing(county)).isFalse();
      assertThat(column.isDefined(town)).isFalse();
      assertThat(column.outcome(town)).isEqualTo(Outcome.undefined(UndefinedReason.ZERO_BASE));
      assertThatThrownBy(() -> evaluation.values(growth, Y2023))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("was not evaluated");
    }

    @Test
    void missingInputsReadAsZeroOverZeroAndSaySo() {
      Evaluation evaluation = evaluate(Ledger.builder(HIERARCHY)
          .completeFor()
          .add(mediation("A1", TOWN_A, LocalDate.of(2024, 3, 1), false))
          .build());
      IndicatorColumn rate = evaluation.values(CATALOG.indicator("MED-RESOLUTION"), Y2024);
      int town = indexOf(evaluation, TOWN_A);
      int other = indexOf(evaluation, TOWN_B);

      assertThat(rate.isMissing(town)).isFalse();
      assertThat(rate.numerator(town)).isZero();
      assertThat(rate.denominator(town)).isEqualTo(1);
      assertThat(rate.isMissing(other)).isTrue();
      assertThat(rate.numerator(other)).isZero();
      assertThat(rate.denominator(other)).isZero();
      assertThat(rate.exclusions(other)).isZero();
      assertThat(rate.value(other).isMissing()).isTrue();
      assertThat(rate.outcome(other)).isEqualTo(Outcome.undefined(UndefinedReason.MISSING_INPUT));
    }

    @Test
    void aTypedInNumeratorAboveItsDenominatorFailsOnItsUnitOnlyAsTheValueDoes() {
      Evaluation evaluation = evaluate(Ledger.builder(HIERARCHY)
          .add(new FormCount(TOWN_B, Y2024, Measure.of(StandardMeasure.MEDIATION_CASES), 930))
          .add(new FormCount(TOWN_B, Y2024, Measure.of(StandardMeasure.MEDIATION_RESOLVED), 950))
          .add(mediation("A1", TOWN_A, LocalDate.of(2024, 3, 1), true))
          .build());
      IndicatorColumn rate = evaluation.values(CATALOG.indicator("MED-RESOLUTION"), Y2024);
      int town = indexOf(evaluation, TOWN_A);
      int bad = indexOf(evaluation, TOWN_B);
      String message = "MED-RESOLUTION(640424101, 2024).numerator = 950: must not exceed the"
          + " effective denominator (930) of a proportion";

      assertThat(rate.numerator(town)).isEqualTo(1);
      assertThat(rate.denominator(town)).isEqualTo(1);
      assertThatThrownBy(() -> rate.numerator(bad)).hasMessage(message);
      assertThatThrownBy(() -> rate.denominator(bad)).hasMessage(message);
      assertThatThrownBy(() -> rate.isDefined(bad)).hasMessage(message);
      // The county above holds the same excess, and comes first.
      assertThatThrownBy(() -> rate.copyTo(new long[3], new long[3], 0))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("MED-RESOLUTION(640424, 2024).numerator = 951");
      // A count does not care.
      assertThat(evaluation.values(CATALOG.indicator("MED-CASES"), Y2024).numerator(bad))
          .isEqualTo(930);
    }

    @Test
    void removalsAboveThePopulationFailAsTheValueDoes() {
      Evaluation evaluation = evaluate(Ledger.builder(HIERARCHY)
          .add(new FormCount(COUNTY, Y2024, Measure.of(StandardMeasure.TASKS_DUE), 3))
          .add(new FormCount(COUNTY, Y2024, Measure.of(StandardMeasure.TASKS_CANCELLED), 5))
          .build());
      IndicatorColumn rate = evaluation.values(CATALOG.indicator("TASK-COMPLETION"), Y2024);
      int county = indexOf(evaluation, COUNTY);

      assertThatThrownBy(() -> evaluation.value(COUNTY, "TASK-COMPLETION"))
          .isInstanceOf(InvalidValueException.class);
      assertThatThrownBy(() -> rate.denominator(county))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("Tally.exclusions + exceptions");
    }

    @Test
    void anIndexOutsideTheUnitsIsRejected() {
      Evaluation evaluation = evaluate(Ledger.builder(HIERARCHY).build());
      IndicatorColumn column = evaluation.values(CATALOG.indicator("MED-RESOLUTION"), Y2024);
      int size = column.size();

      assertThat(size).isEqualTo(3);
      assertThatThrownBy(() -> column.numerator(size))
          .isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> column.denominator(-1))
          .isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> column.isMissing(size))
          .isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> column.exclusions(size))
          .isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> column.exceptions(size))
          .isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> column.value(size))
          .isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> column.unit(size))
          .isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> column.copyTo(new long[size], new long[size], 1))
          .isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> column.copyTo(new long[size + 1], new long[size], 1))
          .isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> column.copyTo(new long[size], new long[size], -1))
          .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void copyingFillsOnlyItsPlaceInTheArrays() {
      Evaluation evaluation = evaluate(Ledger.builder(HIERARCHY)
          .add(mediation("A1", TOWN_A, LocalDate.of(2024, 3, 1), true))
          .build());
      long[] numerators = {-7, -7, -7, -7, -7, -7};
      long[] denominators = {-7, -7, -7, -7, -7, -7};
      evaluation.values(CATALOG.indicator("MED-CASES"), Y2024)
          .copyTo(numerators, denominators, 2);

      assertThat(numerators).containsExactly(-7, -7, 1, 1, 0, -7);
      assertThat(denominators).containsExactly(-7, -7, 1, 1, 1, -7);
    }

    @Test
    void anIndicatorThatReadsAnUntalliedMeasureOrAPeriodNotEvaluatedIsRejected() {
      Indicator foreign = indicator("CONSULTATIONS", "法律咨询",
          Formula.total(Measure.formOnly("legal_aid.consultations")),
          IndicatorUnit.TIMES);
      Evaluation evaluation = evaluate(Ledger.builder(HIERARCHY).build());

      assertThatThrownBy(() -> evaluation.values(foreign, Y2024))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("legal_aid.consultations");
      assertThatThrownBy(() -> evaluation.values(
              CATALOG.indicator("MED-CASES"), ReportingPeriod.year(2022)))
          .isInstanceOf(InvalidValueException.class);
      assertThatThrownBy(() -> evaluation.values(null, Y2024))
          .isInstanceOf(NullPointerException.class);
    }

    @Test
    void anIndicatorFromOutsideTheCatalogReadsTheMeasuresTheEvaluationTallied() {
      Evaluation evaluation = evaluate(Ledger.builder(HIERARCHY)
          .add(mediation("A1", TOWN_A, LocalDate.of(2024, 3, 1), true))
          .add(mediation("A2", TOWN_A, LocalDate.of(2024, 3, 1), false))
          .build());
      Indicator own = CATALOG.indicator("MED-RESOLUTION");
      Indicator foreign = Indicator.builder()
          .code("MED-RESOLUTION-LOCAL").chineseName("化解率").englishName("resolution rate")
          .formula(own.formula()).unit(IndicatorUnit.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
          .build();
      int town = indexOf(evaluation, TOWN_A);

      assertThat(evaluation.values(foreign, Y2024).numerator(town)).isEqualTo(1);
      assertThat(evaluation.values(foreign, Y2024).denominator(town)).isEqualTo(2);
      assertThat(evaluation.values(foreign, Y2024).value(town))
          .isEqualTo(evaluation.value(TOWN_A, foreign, Y2024));
    }

    @Test
    void aPeriodOnPeriodChangeReadsThePreviousPeriod() {
      Indicator cases = indicator("CASES", "调解",
          Formula.total(Measure.of(StandardMeasure.MEDIATION_CASES)),
          IndicatorUnit.CASES);
      Indicator growth = indicator("CASES-POP", "环比",
          Formula.changeOf("CASES", ChangeKind.ABSOLUTE, Comparison.PERIOD_ON_PERIOD),
          IndicatorUnit.CASES);
      Catalog catalog = Catalog.builder().id("pop").version("1")
          .addIndicators(cases, growth).build();
      ReportingPeriod q2 = ReportingPeriod.parse("2024-Q2");
      Evaluation evaluation = Evaluator.of(catalog, Caliber.standard()).evaluate(
          Ledger.builder(HIERARCHY)
              .add(mediation("Q1", TOWN_A, LocalDate.of(2024, 2, 1), true))
              .add(mediation("Q2a", TOWN_A, LocalDate.of(2024, 5, 1), true))
              .add(mediation("Q2b", TOWN_A, LocalDate.of(2024, 5, 2), true))
              .add(mediation("Q2c", TOWN_A, LocalDate.of(2024, 5, 3), true))
              .build(), q2);
      IndicatorColumn column = evaluation.values(growth, q2);
      int town = indexOf(evaluation, TOWN_A);

      assertThat(column.numerator(town)).isEqualTo(2);
      assertThat(column.denominator(town)).isEqualTo(1);
      assertThat(column.value(town)).isEqualTo(evaluation.value(TOWN_A, growth, q2));
    }

    @Test
    void aPeriodReckonedBeforeItStartsHasNothingInItYet() {
      Ledger ledger = Ledger.builder(HIERARCHY)
          .add(mediation("A1", TOWN_A, LocalDate.of(2024, 3, 1), true))
          .add(mediation("A2", TOWN_A, LocalDate.of(2023, 3, 1), true))
          .build();
      Evaluation early = Evaluator.of(CATALOG,
              Caliber.asOf(LocalDate.of(2023, 12, 31), TargetBasis.FULL_VALUE))
          .evaluate(ledger, Y2024);
      int county = indexOf(early, COUNTY);

      for (ReportingPeriod period : early.periods()) {
        assertThat(early.values(CATALOG.indicator("MED-CASES"), period).numerator(county))
            .isZero();
      }
      assertThat(evaluate(ledger).values(CATALOG.indicator("MED-CASES"), Y2023)
          .numerator(county)).isEqualTo(1);
    }

    @Test
    void twoRootsEachNearTheLimitRollUpAndASubtreeBeyondItIsAnError() {
      UnitHierarchy twoRoots = UnitHierarchy.of(List.of(
          OrgUnit.root("640424", "泾源县"),
          OrgUnit.of("640424100", "香水镇", "640424"),
          OrgUnit.root("640425", "彭阳县"),
          OrgUnit.of("640425100", "白阳镇", "640425")));
      long near = Long.MAX_VALUE / 2 + 1;
      Measure cases = Measure.of(StandardMeasure.MEDIATION_CASES);
      Evaluation evaluation = evaluate(Ledger.builder(twoRoots)
          .add(new FormCount(TOWN_A, Y2024, cases, near))
          .add(new FormCount(UnitCode.parse("640425100"), Y2024, cases, near))
          .build());
      IndicatorColumn column = evaluation.values(CATALOG.indicator("MED-CASES"), Y2024);

      // The two roots together exceed a long; each alone does not.
      assertThat(column.numerator(indexOf(evaluation, COUNTY))).isEqualTo(near);
      assertThat(column.numerator(indexOf(evaluation, UnitCode.parse("640425")))).isEqualTo(near);
      Ledger beyond = Ledger.builder(HIERARCHY)
          .add(new FormCount(TOWN_A, Y2024, cases, near))
          .add(new FormCount(TOWN_B, Y2024, cases, near))
          .build();
      assertThatThrownBy(() -> evaluate(beyond)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void aBadTallyWhoseInputsAreNotKnownIsMissingRatherThanAnError() {
      // 2023 is not complete: a typed-in count of resolved cases, without the cases themselves.
      Evaluation evaluation = evaluate(Ledger.builder(HIERARCHY)
          .completeFor(Y2024)
          .add(new FormCount(TOWN_B, Y2023, Measure.of(StandardMeasure.MEDIATION_RESOLVED), 5))
          .add(mediation("A2", TOWN_A, LocalDate.of(2024, 3, 1), false))
          .build());
      IndicatorColumn before = evaluation.values(CATALOG.indicator("MED-RESOLUTION"), Y2023);
      IndicatorColumn now = evaluation.values(CATALOG.indicator("MED-RESOLUTION"), Y2024);
      int county = indexOf(evaluation, COUNTY);
      int bad = indexOf(evaluation, TOWN_B);
      int town = indexOf(evaluation, TOWN_A);

      assertThat(before.isMissing(bad)).isTrue();
      assertThat(before.numerator(bad)).isZero();
      assertThat(before.isMissing(county)).isTrue();
      assertThat(before.isMissing(town)).isTrue();
      assertThat(evaluation.count(COUNTY, Measure.of(StandardMeasure.MEDIATION_RESOLVED), Y2023))
          .isEqualTo(5);
      assertThat(now.numerator(county)).isZero();
      assertThat(now.denominator(county)).isEqualTo(1);
      // The bad tally is not known, so it does not stop 2024 being read straight off the counts.
      assertThat(now.isDirect()).isTrue();
      assertThat(evaluation.value(TOWN_B, CATALOG.indicator("MED-RESOLUTION"), Y2023).isMissing())
          .isTrue();
    }

    @Test
    void aRelativeChangeOfARateHasACommonDenominator() {
      Indicator growth = indicator("MED-RESOLUTION-GROWTH", "化解率同比增长",
          Formula.changeOf("MED-RESOLUTION", ChangeKind.RELATIVE, Comparison.YEAR_ON_YEAR),
          IndicatorUnit.PERCENT);
      Evaluation evaluation = evaluateWith(
          Ledger.builder(HIERARCHY)
              .add(mediation("A", TOWN_A, LocalDate.of(2024, 3, 1), true))
              .add(mediation("B", TOWN_A, LocalDate.of(2024, 3, 2), true))
              .add(mediation("C", TOWN_A, LocalDate.of(2024, 3, 3), false))
              .add(mediation("D", TOWN_A, LocalDate.of(2023, 3, 1), true))
              .add(mediation("E", TOWN_A, LocalDate.of(2023, 3, 2), false))
              .build(), Y2024, growth);
      IndicatorColumn column = evaluation.values(growth, Y2024);
      int town = indexOf(evaluation, TOWN_A);

      // 2/3 against 1/2: growth of a third.
      assertThat(column.numerator(town)).isEqualTo(1);
      assertThat(column.denominator(town)).isEqualTo(3);
      assertThat(column.value(town)).isEqualTo(evaluation.value(TOWN_A, growth, Y2024));
    }

    @Test
    void aPeriodOnPeriodChangeOfAYearComparesWithTheYearBefore() {
      Indicator growth = indicator("MED-CASES-POP", "环比",
          Formula.changeOf("MED-CASES", ChangeKind.ABSOLUTE, Comparison.PERIOD_ON_PERIOD),
          IndicatorUnit.CASES);
      Evaluation evaluation = evaluateWith(
          Ledger.builder(HIERARCHY)
              .add(mediation("A", TOWN_A, LocalDate.of(2024, 3, 1), true))
              .add(mediation("B", TOWN_A, LocalDate.of(2024, 3, 2), true))
              .add(mediation("C", TOWN_A, LocalDate.of(2023, 3, 3), false))
              .build(), Y2024, growth);

      assertThat(evaluation.periods()).containsExactly(Y2024, Y2023);
      assertThat(evaluation.values(growth, Y2024).numerator(indexOf(evaluation, COUNTY)))
          .isEqualTo(1);
    }

    @Test
    void aDraftIssuedWithoutLegalityReviewCountsAsIssuedOnly() {
      Evaluation evaluation = evaluate(Ledger.builder(HIERARCHY)
          .add(NormativeDocument.builder()
              .title("关于规范执法的通知").issuer(COUNTY)
              .number("泾政规发〔2024〕1号").issuedDate(LocalDate.of(2024, 5, 6))
              .build())
          .add(NormativeDocument.builder()
              .title("关于规范执法的通知（草案）").issuer(COUNTY)
              .legalityReviewedDate(LocalDate.of(2024, 5, 1))
              .build())
          .build());
      int county = indexOf(evaluation, COUNTY);

      assertThat(evaluation.values(CATALOG.indicator("DOC-ISSUED"), Y2024).numerator(county))
          .isEqualTo(1);
      assertThat(evaluation.values(CATALOG.indicator("DOC-REVIEWED"), Y2024).numerator(county))
          .isEqualTo(1);
      assertThat(evaluation.values(CATALOG.indicator("DOC-FILING"), Y2024).denominator(county))
          .isEqualTo(1);
    }

    @Test
    void aPeriodToDateOfOneDayCountsThatDay() {
      Ledger ledger = Ledger.builder(HIERARCHY)
          .add(mediation("A", TOWN_A, LocalDate.of(2024, 1, 1), true))
          .add(mediation("B", TOWN_A, LocalDate.of(2024, 1, 2), true))
          .add(mediation("C", TOWN_A, LocalDate.of(2023, 1, 1), true))
          .add(mediation("D", TOWN_A, LocalDate.of(2022, 12, 31), true))
          .build();
      Evaluation firstDay = Evaluator.of(CATALOG,
              Caliber.asOf(LocalDate.of(2024, 1, 1), TargetBasis.FULL_VALUE))
          .evaluate(ledger, Y2024);
      Indicator cases = CATALOG.indicator("MED-CASES");
      int town = indexOf(firstDay, TOWN_A);

      assertThat(firstDay.values(cases, Y2024).numerator(town)).isEqualTo(1);
      assertThat(firstDay.values(cases, Y2023).numerator(town)).isEqualTo(1);
    }

    @Test
    void removalsBeyondALongFailAsTheValueDoes() {
      Indicator rate = indicator("ODD-RATE", "比率",
          Formula.proportion(Measure.of(StandardMeasure.MEDIATION_RESOLVED),
                  Measure.of(StandardMeasure.MEDIATION_CASES))
              .excluding(Measure.of(StandardMeasure.TASKS_DUE))
              .excepting(Measure.of(StandardMeasure.NOTICES)),
          IndicatorUnit.PERCENT);
      Catalog catalog = Catalog.builder().id("odd").version("1").addIndicators(rate).build();
      long half = 1L << 62;
      Evaluation evaluation = Evaluator.of(catalog, Caliber.standard()).evaluate(
          Ledger.builder(HIERARCHY)
              .add(new FormCount(COUNTY, Y2024, Measure.of(StandardMeasure.TASKS_DUE), half + 1))
              .add(new FormCount(COUNTY, Y2024, Measure.of(StandardMeasure.NOTICES), half))
              .build(), Y2024);
      IndicatorColumn column = evaluation.values(rate, Y2024);
      int county = indexOf(evaluation, COUNTY);

      assertThatThrownBy(() -> evaluation.value(COUNTY, rate, Y2024))
          .isInstanceOf(ArithmeticException.class);
      assertThatThrownBy(() -> column.numerator(county)).isInstanceOf(ArithmeticException.class);
      assertThat(column.numerator(indexOf(evaluation, TOWN_A))).isZero();
    }

    @Test
    void talliesExactlyAtTheirLimitsAreReadStraightOffTheCounts() {
      Indicator rate = removingRate();
      // 10 cases, 2 exceptions and 3 exclusions leave 5, all resolved.
      Evaluation evaluation = evaluateWith(formCounts(TOWN_A, 5, 10, 3, 2), Y2024, rate);
      IndicatorColumn column = evaluation.values(rate, Y2024);
      int town = indexOf(evaluation, TOWN_A);

      assertThat(column.isDirect()).isTrue();
      assertThat(column.numerator(town)).isEqualTo(5);
      assertThat(column.denominator(town)).isEqualTo(5);
      assertThat(column.value(town)).isEqualTo(evaluation.value(TOWN_A, rate, Y2024));
      // 10 cases, 2 exceptions and 8 exclusions leave none: a rate of nothing, but no error.
      Evaluation nothingLeft = evaluateWith(formCounts(TOWN_A, 0, 10, 8, 2), Y2024, rate);
      assertThat(nothingLeft.values(rate, Y2024).isDirect()).isTrue();
      assertThat(nothingLeft.values(rate, Y2024).denominator(town)).isZero();
    }

    @Test
    void aNumeratorAboveWhatRemainsAfterRemovalsFailsAsTheValueDoes() {
      Indicator rate = removingRate();
      // 10 cases, 2 exceptions and 3 exclusions leave 5: 6 resolved cannot be.
      Evaluation evaluation = evaluateWith(formCounts(TOWN_A, 6, 10, 3, 2), Y2024, rate);
      IndicatorColumn column = evaluation.values(rate, Y2024);
      int town = indexOf(evaluation, TOWN_A);

      assertThat(column.isDirect()).isFalse();
      assertThatThrownBy(() -> evaluation.value(TOWN_A, rate, Y2024))
          .isInstanceOf(InvalidValueException.class);
      assertThatThrownBy(() -> column.numerator(town)).isInstanceOf(InvalidValueException.class);
      assertThat(column.numerator(indexOf(evaluation, TOWN_B))).isZero();
    }

    /** Resolved mediation cases among all, less tasks due (exclusions) and notices (exceptions). */
    Indicator removingRate() {
      return indicator("EDGE-RATE", "比率",
          Formula.proportion(Measure.of(StandardMeasure.MEDIATION_RESOLVED),
                  Measure.of(StandardMeasure.MEDIATION_CASES))
              .excluding(Measure.of(StandardMeasure.TASKS_DUE))
              .excepting(Measure.of(StandardMeasure.NOTICES)),
          IndicatorUnit.PERCENT);
    }

    /** Form counts of a town for 2024: resolved and all mediation cases, tasks due, notices. */
    Ledger formCounts(UnitCode town, long resolved, long cases, long tasksDue, long notices) {
      return Ledger.builder(HIERARCHY)
          .add(new FormCount(town, Y2024, Measure.of(StandardMeasure.MEDIATION_RESOLVED),
              resolved))
          .add(new FormCount(town, Y2024, Measure.of(StandardMeasure.MEDIATION_CASES), cases))
          .add(new FormCount(town, Y2024, Measure.of(StandardMeasure.TASKS_DUE), tasksDue))
          .add(new FormCount(town, Y2024, Measure.of(StandardMeasure.NOTICES), notices))
          .build();
    }

    @Test
    void exceptionsAboveThePopulationFailAsTheValueDoes() {
      Evaluation evaluation = evaluate(Ledger.builder(HIERARCHY)
          .add(new FormCount(COUNTY, Y2024, Measure.of(StandardMeasure.FINDINGS), 3))
          .add(new FormCount(COUNTY, Y2024, Measure.of(StandardMeasure.FINDINGS_LONG_TERM), 5))
          .build());
      IndicatorColumn rate = evaluation.values(CATALOG.indicator("RECT-COMPLETION"), Y2024);

      assertThatThrownBy(() -> rate.numerator(indexOf(evaluation, COUNTY)))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("Tally.exclusions + exceptions");
    }

    @Test
    void aCatalogsFormOnlyMeasureIsTalliedFromFormCounts() {
      Indicator consultations = indicator("CONSULTATIONS", "法律咨询",
          Formula.total(Measure.formOnly("legal_aid.consultations")),
          IndicatorUnit.TIMES);
      Evaluation evaluation = evaluateWith(
          Ledger.builder(HIERARCHY)
              .add(new FormCount(TOWN_A, Y2024, Measure.formOnly("legal_aid.consultations"), 12))
              .add(new FormCount(TOWN_B, Y2024, Measure.formOnly("legal_aid.consultations"), 30))
              .build(), Y2024, consultations);
      IndicatorColumn column = evaluation.values(consultations, Y2024);

      assertThat(column.numerator(indexOf(evaluation, COUNTY))).isEqualTo(42);
      assertThat(column.numerator(indexOf(evaluation, TOWN_B))).isEqualTo(30);
      assertThat(evaluation.values(CATALOG.indicator("TASK-COMPLETION"), Y2024)
          .exclusions(indexOf(evaluation, COUNTY))).isZero();
    }

    @Test
    void itNamesItsIndicatorAndPeriod() {
      Evaluation evaluation = evaluate(Ledger.builder(HIERARCHY).build());

      assertThat(evaluation.values(CATALOG.indicator("MED-RESOLUTION"), Y2023))
          .hasToString("IndicatorColumn[MED-RESOLUTION, 2023, 3 units]");
    }
  }
}
