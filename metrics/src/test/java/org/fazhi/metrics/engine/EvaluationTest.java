package org.fazhi.metrics.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.core.cases.LitigationCase;
import org.fazhi.core.cases.LitigationOutcome;
import org.fazhi.core.cases.MediationCase;
import org.fazhi.core.cases.MediationOutcome;
import org.fazhi.core.cases.ReconsiderationCase;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.unit.OrgUnit;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.unit.UnitHierarchy;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.exact.ChangeKind;
import org.fazhi.metrics.exact.Fraction;
import org.fazhi.metrics.exact.Outcome;
import org.fazhi.metrics.exact.UndefinedReason;
import org.fazhi.metrics.indicator.StandardCatalog;
import org.fazhi.metrics.indicator.TargetStatus;
import org.fazhi.metrics.measure.Measure;
import org.fazhi.metrics.measure.StandardMeasure;
import org.fazhi.metrics.scorecard.Scorecard;
import org.fazhi.metrics.scorecard.ScorecardRow;
import org.fazhi.metrics.exact.Tally;
import org.fazhi.metrics.indicator.IndicatorValue;
import org.fazhi.metrics.indicator.RateAverages;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  static final UnitCode COUNTY = UnitCode.parse("640424");
  static final UnitCode TOWN_A = UnitCode.parse("640424100");
  static final UnitCode TOWN_B = UnitCode.parse("640424101");
  static final UnitCode JUSTICE = UnitCode.parse("640424-SFJ");

  static final UnitHierarchy HIERARCHY = UnitHierarchy.of(List.of(
      OrgUnit.root("640400", "固原市"),
      OrgUnit.of("640424", "泾源县", "640400"),
      OrgUnit.of("640424100", "香水镇", "640424"),
      OrgUnit.of("640424101", "泾河源镇", "640424"),
      OrgUnit.of("640424-SFJ", "泾源县司法局", "640424")));

  static final ReportingPeriod Y2024 = ReportingPeriod.year(2024);
  static final ReportingPeriod Y2023 = ReportingPeriod.year(2023);

  static MediationCase mediation(String id, UnitCode unit, LocalDate received, boolean resolved) {
    return MediationCase.builder()
        .id(id)
        .unit(unit)
        .receivedDate(received)
        .outcome(resolved ? MediationOutcome.RESOLVED : MediationOutcome.UNRESOLVED)
        .concludedDate(received.plusDays(10))
        .amountInvolvedYuan(10_000)
        .build();
  }

  static Evaluation evaluate(Ledger ledger) {
    return Evaluator.of(StandardCatalog.catalog(), Caliber.standard()).evaluate(ledger, Y2024);
  }

  @Nested
  class RollUp {

    @Test
    void ratioOfSumsAtTheCountyNotTheMeanOfRates() {
      Ledger.Builder ledger = Ledger.builder(HIERARCHY);
      // town A: 1 of 2 resolved; town B: 90 of 100 resolved.
      ledger.add(mediation("A1", TOWN_A, LocalDate.of(2024, 3, 1), true));
      ledger.add(mediation("A2", TOWN_A, LocalDate.of(2024, 3, 2), false));
      for (int i = 0; i < 100; i++) {
        ledger.add(mediation("B" + i, TOWN_B, LocalDate.of(2024, 5, 1), i < 90));
      }
      Evaluation evaluation = evaluate(ledger.build());

      IndicatorValue county = evaluation.value(COUNTY, "MED-RESOLUTION");
      assertThat(county.tally()).contains(Tally.of(91, 102));
      assertThat(county.outcome()).isEqualTo(Outcome.of(Fraction.of(91, 102)));
      assertThat(evaluation.value(UnitCode.parse("640400"), "MED-RESOLUTION").tally())
          .contains(Tally.of(91, 102));

      List<IndicatorValue> towns = List.of(
          evaluation.value(TOWN_A, "MED-RESOLUTION"), evaluation.value(TOWN_B, "MED-RESOLUTION"));
      Outcome mean = RateAverages.unweightedMean(towns);
      assertThat(mean).isEqualTo(Outcome.of(Fraction.of(7, 10))); // (1/2 + 9/10) / 2
      assertThat(mean).isNotEqualTo(county.outcome());
      assertThat(RateAverages.denominatorWeightedMean(towns)).isEqualTo(county.outcome());
    }

    @Test
    void unitWithoutCasesHasAnUndefinedRateNotZero() {
      Ledger.Builder ledger = Ledger.builder(HIERARCHY);
      ledger.add(mediation("A1", TOWN_A, LocalDate.of(2024, 3, 1), true));
      Evaluation evaluation = evaluate(ledger.build());

      assertThat(evaluation.value(TOWN_B, "MED-RESOLUTION").outcome())
          .isEqualTo(Outcome.undefined(UndefinedReason.ZERO_DENOMINATOR));
      assertThat(evaluation.value(COUNTY, "MED-RESOLUTION").outcome())
          .isEqualTo(Outcome.of(Fraction.ONE));
    }
  }

  @Nested
  class Periods {

    @Test
    void recordsCountInThePeriodOfTheirDayAndTheChangeComparesYearOnYear() {
      Ledger.Builder ledger = Ledger.builder(HIERARCHY);
      for (int i = 0; i < 45; i++) {
        ledger.add(reconsideration("R24-" + i, LocalDate.of(2024, 1, 1).plusDays(i * 8)));
      }
      for (int i = 0; i < 9; i++) {
        ledger.add(reconsideration("R23-" + i, LocalDate.of(2023, 12, 31).minusDays(i * 30)));
      }
      ledger.add(reconsideration("R25", LocalDate.of(2025, 1, 1)));
      Evaluation evaluation = evaluate(ledger.build());

      assertThat(evaluation.value(COUNTY, "RECON-RECEIVED").total()).hasValue(45);
      assertThat(evaluation.value(COUNTY, StandardCatalog.catalog().indicator("RECON-RECEIVED"), Y2023)
          .total()).hasValue(9);
      IndicatorValue growth = evaluation.value(COUNTY, "RECON-RECEIVED-YOY");
      assertThat(growth.outcome()).isEqualTo(Outcome.of(Fraction.of(4)));
      assertThat(growth.change().orElseThrow().kind()).isEqualTo(ChangeKind.RELATIVE);
    }

    @Test
    void growthFromZeroIsUndefined() {
      Ledger.Builder ledger = Ledger.builder(HIERARCHY);
      ledger.add(reconsideration("R24", LocalDate.of(2024, 6, 1)));
      Evaluation evaluation = evaluate(ledger.build());

      assertThat(evaluation.value(COUNTY, "RECON-RECEIVED-YOY").outcome())
          .isEqualTo(Outcome.undefined(UndefinedReason.ZERO_BASE));
    }

    @Test
    void asOfLagCountsLaterResolutions() {
      MediationCase lateResolution = MediationCase.builder()
          .id("M1").unit(TOWN_A).receivedDate(LocalDate.of(2024, 12, 20))
          .outcome(MediationOutcome.RESOLVED).concludedDate(LocalDate.of(2025, 1, 15)).build();
      Ledger ledger = Ledger.builder(HIERARCHY).add(lateResolution).build();

      Evaluation atYearEnd = evaluate(ledger);
      Evaluation inFebruary = Evaluator.of(StandardCatalog.catalog(),
              Caliber.of(59, org.fazhi.metrics.indicator.TargetBasis.FULL_VALUE))
          .evaluate(ledger, Y2024);

      assertThat(atYearEnd.value(TOWN_A, "MED-RESOLUTION").tally()).contains(Tally.of(0, 1));
      assertThat(inFebruary.value(TOWN_A, "MED-RESOLUTION").tally()).contains(Tally.of(1, 1));
    }
  }

  @Nested
  class Litigation {

    @Test
    void attendanceCountsOnlyHeardCasesAndLossesOnlyConcludedOnes() {
      Ledger ledger = Ledger.builder(HIERARCHY)
          .add(lawsuit("L1", LocalDate.of(2024, 3, 1), true, LitigationOutcome.AGENCY_WON))
          .add(lawsuit("L2", LocalDate.of(2024, 4, 1), false, LitigationOutcome.AGENCY_LOST))
          .add(LitigationCase.builder().caseNumber("L3").defendant(JUSTICE)
              .filedDate(LocalDate.of(2024, 2, 1)).build())
          .build();
      Evaluation evaluation = evaluate(ledger);

      assertThat(evaluation.value(JUSTICE, "LIT-HEAD-APPEARANCE").tally()).contains(Tally.of(1, 2));
      assertThat(evaluation.value(COUNTY, "LIT-LOSS").tally()).contains(Tally.of(1, 2));
      assertThat(evaluation.count(COUNTY, Measure.of(StandardMeasure.LITIGATION_FILED), Y2024))
          .isEqualTo(3);
      assertThatThrownBy(() -> evaluation.count(
              COUNTY, Measure.formOnly("legal_aid.consultations"), Y2024))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("Measure = legal_aid.consultations: is neither a standard measure nor read"
              + " by catalog fazhi-standard 2024.1");
    }
  }

  @Nested
  class FormCounts {

    @Test
    void countsTypedInFromAFormGiveTheSameFiguresAsRecords() {
      Ledger ledger = Ledger.builder(HIERARCHY)
          .add(new FormCount(COUNTY, Y2024, Measure.of(StandardMeasure.MEDIATION_CASES), 930))
          .add(new FormCount(COUNTY, Y2024, Measure.of(StandardMeasure.MEDIATION_RESOLVED), 900))
          .build();
      IndicatorValue value = evaluate(ledger).value(COUNTY, "MED-RESOLUTION");

      assertThat(value.tally()).contains(Tally.of(900, 930));
      assertThat(value.outcome().fraction().orElseThrow()).isEqualTo(Fraction.of(30, 31));
    }

    @Test
    void aNumeratorAboveItsDenominatorIsRejectedNamingIndicatorUnitAndPeriod() {
      Ledger ledger = Ledger.builder(HIERARCHY)
          .add(new FormCount(COUNTY, Y2024, Measure.of(StandardMeasure.MEDIATION_CASES), 930))
          .add(new FormCount(COUNTY, Y2024, Measure.of(StandardMeasure.MEDIATION_RESOLVED), 950))
          .build();

      assertThatThrownBy(() -> evaluate(ledger).value(COUNTY, "MED-RESOLUTION"))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("MED-RESOLUTION(640424, 2024).numerator = 950: must not exceed the"
              + " effective denominator (930) of a proportion");
    }

    @Test
    void aFormCountForAnotherPeriodIsNotCounted() {
      Ledger ledger = Ledger.builder(HIERARCHY)
          .add(new FormCount(COUNTY, ReportingPeriod.parse("2024-Q1"),
              Measure.of(StandardMeasure.MEDIATION_CASES), 30))
          .build();

      assertThat(evaluate(ledger).value(COUNTY, "MED-CASES").total()).hasValue(0);
    }

    @Test
    void theSameCountTypedTwiceIsRejected() {
      Ledger.Builder ledger = Ledger.builder(HIERARCHY)
          .add(new FormCount(COUNTY, Y2024, Measure.of(StandardMeasure.MEDIATION_CASES), 930));

      assertThatThrownBy(() -> ledger.add(
              new FormCount(COUNTY, Y2024, Measure.of(StandardMeasure.MEDIATION_CASES), 931)))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("the same unit, period and measure may be counted only once");
    }
  }

  @Nested
  class Scorecards {

    @Test
    void rowsCarryTheChangeInPointsForRatesAndTheTargetStatus() {
      Ledger.Builder ledger = Ledger.builder(HIERARCHY);
      ledger.add(lawsuit("L1", LocalDate.of(2024, 3, 1), true, LitigationOutcome.AGENCY_WON));
      ledger.add(lawsuit("L0", LocalDate.of(2023, 3, 1), false, LitigationOutcome.AGENCY_WON));
      ledger.add(lawsuit("L00", LocalDate.of(2023, 4, 1), true, LitigationOutcome.AGENCY_WON));
      Scorecard card = evaluate(ledger.build()).scorecard(COUNTY);

      ScorecardRow row = card.row("LIT-HEAD-APPEARANCE").orElseThrow();
      assertThat(row.value().outcome()).isEqualTo(Outcome.of(Fraction.ONE));
      assertThat(row.base().orElseThrow().outcome()).isEqualTo(Outcome.of(Fraction.of(1, 2)));
      assertThat(row.change().orElseThrow().kind()).isEqualTo(ChangeKind.POINTS);
      assertThat(row.change().orElseThrow().outcome()).isEqualTo(Outcome.of(Fraction.of(1, 2)));
      assertThat(row.target()).contains(TargetStatus.MET);
      assertThat(card.row("MED-RESOLUTION").orElseThrow().target()).isEmpty();
      assertThat(card.rows()).hasSize(StandardCatalog.catalog().indicators().size());
      assertThat(card.basePeriod()).isEqualTo(Y2023);
    }
  }

  @Nested
  class Coverage {

    @Test
    void withoutADeclarationEveryPeriodIsCompleteAndZerosAreZeros() {
      Ledger ledger = Ledger.builder(HIERARCHY)
          .add(mediation("A1", TOWN_A, LocalDate.of(2024, 3, 1), true)).build();
      Evaluation evaluation = evaluate(ledger);

      assertThat(evaluation.value(COUNTY, "MED-CASES").total()).hasValue(1);
      assertThat(evaluation.value(COUNTY, StandardCatalog.catalog().indicator("MED-CASES"), Y2023)
          .total()).hasValue(0);
      assertThat(evaluation.value(COUNTY, "LIT-LOSS").outcome())
          .isEqualTo(Outcome.undefined(UndefinedReason.ZERO_DENOMINATOR));
    }

    @Test
    void outsideCompletePeriodsOnlyWhatWasGivenIsKnown() {
      Ledger ledger = Ledger.builder(HIERARCHY)
          .completeFor()
          .add(mediation("A1", TOWN_A, LocalDate.of(2024, 3, 1), false))
          .add(new FormCount(COUNTY, Y2023, Measure.of(StandardMeasure.RECONSIDERATION_RECEIVED), 9))
          .build();
      Evaluation evaluation = evaluate(ledger);

      // An unresolved case still makes "resolved" a known zero for its unit and those above.
      assertThat(evaluation.value(TOWN_A, "MED-RESOLUTION").tally()).contains(Tally.of(0, 1));
      assertThat(evaluation.value(COUNTY, "MED-RESOLUTION").tally()).contains(Tally.of(0, 1));
      IndicatorValue elsewhere = evaluation.value(TOWN_B, "MED-RESOLUTION");
      assertThat(elsewhere.isMissing()).isTrue();
      assertThat(elsewhere.tally()).isEmpty();
      assertThat(elsewhere.outcome()).isEqualTo(Outcome.undefined(UndefinedReason.MISSING_INPUT));
      assertThat(evaluation.value(COUNTY, "LIT-LOSS").isMissing()).isTrue();
      assertThat(evaluation.value(COUNTY, "RECON-RECEIVED").isMissing()).isTrue();
      assertThat(evaluation.isKnown(COUNTY, Measure.of(StandardMeasure.RECONSIDERATION_RECEIVED),
          Y2023)).isTrue();
      assertThat(evaluation.isKnown(TOWN_A, Measure.of(StandardMeasure.RECONSIDERATION_RECEIVED),
          Y2023)).isFalse();
      assertThat(evaluation.value(COUNTY, "RECON-RECEIVED-YOY").outcome())
          .isEqualTo(Outcome.undefined(UndefinedReason.INPUT_UNDEFINED));

      ScorecardRow cases = evaluation.scorecard(COUNTY).row("MED-CASES").orElseThrow();
      assertThat(cases.base().orElseThrow().isMissing()).isTrue();
      assertThat(cases.change().orElseThrow().outcome())
          .isEqualTo(Outcome.undefined(UndefinedReason.INPUT_UNDEFINED));
    }

    @Test
    void recordsMakeOnlyTheirOwnQualifierKnown() {
      org.fazhi.core.supervision.Inspection review = org.fazhi.core.supervision.Inspection.builder()
          .id("I1").kind(org.fazhi.core.supervision.InspectionKind.ISSUE_REVIEW).organizer(COUNTY)
          .startDate(LocalDate.of(2024, 5, 1)).endDate(LocalDate.of(2024, 5, 1)).scope("执法问题梳理")
          .build();
      org.fazhi.core.supervision.RectificationLedger supervision =
          org.fazhi.core.supervision.RectificationLedger.builder()
              .addInspections(review)
              .addFindings(org.fazhi.core.supervision.Finding.builder()
                  .id("F1").inspectionId("I1").unit(JUSTICE).problem("执法不规范")
                  .raisedDate(LocalDate.of(2024, 5, 2)).dueDate(LocalDate.of(2024, 6, 30))
                  .status(org.fazhi.core.supervision.FindingStatus.RECTIFIED)
                  .rectifiedDate(LocalDate.of(2024, 6, 1)).build())
              .build();
      Evaluation evaluation = evaluate(Ledger.builder(HIERARCHY).completeFor().add(supervision)
          .build());

      assertThat(evaluation.value(COUNTY, "FINDINGS-ISSUE-REVIEW").total()).hasValue(1);
      assertThat(evaluation.value(COUNTY, "FINDINGS-CASE-FILE").isMissing()).isTrue();
      // Other kinds of findings may exist: the rate over all findings is not known.
      assertThat(evaluation.value(COUNTY, "RECT-COMPLETION").isMissing()).isTrue();
      assertThat(evaluation.isKnown(COUNTY, Measure.of(StandardMeasure.FINDINGS), Y2024)).isFalse();
      assertThat(evaluation.isKnown(COUNTY, Measure.parse("finding.raised[ISSUE_REVIEW]"), Y2024))
          .isTrue();
    }
  }

  @Nested
  class PublishedFigures {

    @Test
    void printedFiguresAreCheckedInTheirOwnUnits() {
      Ledger ledger = Ledger.builder(HIERARCHY)
          .add(new FormCount(COUNTY, Y2024, Measure.of(StandardMeasure.MEDIATION_CASES), 930))
          .add(new FormCount(COUNTY, Y2024, Measure.of(StandardMeasure.MEDIATION_RESOLVED), 900))
          .add(new FormCount(COUNTY, Y2024, Measure.of(StandardMeasure.MEDIATION_AMOUNT_YUAN),
              78_000_000))
          .build();
      Scorecard card = evaluate(ledger).scorecard(COUNTY, java.util.Map.of(
          "MED-RESOLUTION", "96.77%", "MED-AMOUNT", "7800万元", "MED-CASES", "931件"));

      assertThat(card.row("MED-RESOLUTION").orElseThrow().check().orElseThrow().verdict())
          .isEqualTo(org.fazhi.metrics.check.Verdict.REPRODUCED);
      assertThat(card.row("MED-AMOUNT").orElseThrow().check().orElseThrow().verdict())
          .isEqualTo(org.fazhi.metrics.check.Verdict.REPRODUCED);
      assertThat(card.row("MED-CASES").orElseThrow().check().orElseThrow().verdict())
          .isEqualTo(org.fazhi.metrics.check.Verdict.MISMATCH);
      assertThat(card.row("MED-CASES").orElseThrow().check().orElseThrow().expected())
          .contains("930件");
      assertThat(card.row("LIT-LOSS").orElseThrow().printed()).isEmpty();
      assertThat(card.row("LIT-LOSS").orElseThrow().check()).isEmpty();
      assertThat(card.row("MED-CASES").orElseThrow().printed()).contains("931件");
    }

    @Test
    void aPrintedFigureWithNoInputsIsShownButNotChecked() {
      Ledger ledger = Ledger.builder(HIERARCHY).completeFor().build();
      ScorecardRow row = evaluate(ledger)
          .scorecard(COUNTY, java.util.Map.of("FINDINGS-CASE-FILE", "160余条"))
          .row("FINDINGS-CASE-FILE").orElseThrow();

      assertThat(row.value().isMissing()).isTrue();
      assertThat(row.printed()).contains("160余条");
      assertThat(row.check()).isEmpty();
    }

    @Test
    void aPrintedFigureForAnUnknownIndicatorIsRejected() {
      Evaluation evaluation = evaluate(Ledger.builder(HIERARCHY).build());

      assertThatThrownBy(() -> evaluation.scorecard(COUNTY, java.util.Map.of("NO-SUCH", "1%")))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("Indicator.code = NO-SUCH: is not in catalog fazhi-standard 2024.1");
    }
  }

  @Test
  void unknownUnitsAreRejected() {
    Ledger.Builder ledger = Ledger.builder(HIERARCHY);
    MediationCase elsewhere = mediation("X", UnitCode.parse("110101"), LocalDate.of(2024, 1, 2),
        true);

    assertThatThrownBy(() -> ledger.add(elsewhere))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("MediationCase.unit = 110101: is not a unit of the ledger's hierarchy");
    assertThatThrownBy(() -> evaluate(ledger.build()).value(UnitCode.parse("110101"), "MED-CASES"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("UnitCode = 110101: is not a unit of the ledger's hierarchy");
  }

  static ReconsiderationCase reconsideration(String number, LocalDate received) {
    return ReconsiderationCase.builder()
        .caseNumber(number).body(JUSTICE).respondent(COUNTY).receivedDate(received).build();
  }

  static LitigationCase lawsuit(
      String number, LocalDate hearing, boolean headAppeared, LitigationOutcome outcome) {
    return LitigationCase.builder()
        .caseNumber(number)
        .defendant(JUSTICE)
        .filedDate(hearing.minusDays(30))
        .hearingDate(hearing)
        .headAppeared(headAppeared)
        .outcome(outcome)
        .concludedDate(hearing.plusDays(20))
        .build();
  }
}
