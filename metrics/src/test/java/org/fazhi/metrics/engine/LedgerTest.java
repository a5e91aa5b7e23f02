package org.fazhi.metrics.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.fazhi.core.checklist.Checklist;
import org.fazhi.core.checklist.ChecklistItem;
import org.fazhi.core.checklist.ChecklistKind;
import org.fazhi.core.checklist.PowerCategory;
import org.fazhi.core.document.FilingTimeLimit;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.indicator.StandardCatalog;
import org.fazhi.metrics.measure.Measure;
import org.fazhi.metrics.measure.StandardMeasure;
import org.junit.jupiter.api.Test;

class LedgerTest {

  static final UnitCode COUNTY = EvaluationTest.COUNTY;

  @Test
  void addAllTakesEverySupportedRecordAndRejectsOthersByName() {
    RandomRecords data = new RandomRecords(7, 20);
    Ledger ledger = Ledger.builder(data.hierarchy).addAll(data.records).build();

    assertThat(ledger.recordCount()).isGreaterThan(data.records.size());
    assertThatThrownBy(() -> Ledger.builder(data.hierarchy).addAll(List.of("a string")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Ledger.record = java.lang.String: is not a record type the ledger counts");
    assertThatThrownBy(() -> Ledger.builder(data.hierarchy).addAll(Arrays.asList((Object) null)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Ledger.record = null: is not a record type the ledger counts");
  }

  @Test
  void theFilingTimeLimitDefaultsToThirtyCalendarDays() {
    Ledger.Builder builder = Ledger.builder(EvaluationTest.HIERARCHY);

    assertThat(builder.build().filingTimeLimit()).isEqualTo(FilingTimeLimit.calendarDays(30));
    assertThat(builder.filingTimeLimit(FilingTimeLimit.calendarDays(15)).build()
        .filingTimeLimit()).isEqualTo(FilingTimeLimit.calendarDays(15));
  }

  @Test
  void completenessIsDeclaredByPeriodAndCoversWhatLiesWithin() {
    Ledger all = Ledger.builder(EvaluationTest.HIERARCHY).build();
    Ledger year = Ledger.builder(EvaluationTest.HIERARCHY)
        .completeFor(ReportingPeriod.year(2024)).build();
    Ledger none = Ledger.builder(EvaluationTest.HIERARCHY).completeFor().build();

    assertThat(all.isComplete(ReportingPeriod.year(1990))).isTrue();
    assertThat(year.isComplete(ReportingPeriod.parse("2024-Q3"))).isTrue();
    assertThat(year.isComplete(ReportingPeriod.year(2024))).isTrue();
    assertThat(year.isComplete(ReportingPeriod.year(2023))).isFalse();
    assertThat(none.isComplete(ReportingPeriod.year(2024))).isFalse();
  }

  @Test
  void aSecondVersionOfAChecklistWithTheSameDateIsRejected() {
    Checklist checklist = Checklist.builder()
        .kind(ChecklistKind.POWERS_AND_RESPONSIBILITIES).owner(COUNTY)
        .versionDate(LocalDate.of(2024, 3, 1))
        .addItems(ChecklistItem.builder().code("X1").name("事项").category(PowerCategory.PENALTY)
            .owner(COUNTY).build())
        .build();
    Ledger.Builder ledger = Ledger.builder(EvaluationTest.HIERARCHY).add(checklist);

    assertThatThrownBy(() -> ledger.add(checklist))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Checklist.versionDate = 2024-03-01: a version of POWERS_AND_RESPONSIBILITIES"
            + " of 640424 with this date was already added");
  }

  @Test
  void checklistsCountTheVersionInForceOnTheAsOfDay() {
    Checklist march = checklist(LocalDate.of(2024, 3, 1), 3);
    Checklist october = checklist(LocalDate.of(2024, 10, 1), 5);
    Ledger ledger = Ledger.builder(EvaluationTest.HIERARCHY).add(october).add(march).build();
    Evaluator evaluator = Evaluator.of(StandardCatalog.catalog(), Caliber.standard());
    Measure items = Measure.of(StandardMeasure.CHECKLIST_ITEMS);

    assertThat(evaluator.evaluate(ledger, ReportingPeriod.year(2024))
        .count(COUNTY, items, ReportingPeriod.year(2024))).isEqualTo(5);
    assertThat(evaluator.evaluate(ledger, ReportingPeriod.parse("2024-H1"))
        .count(COUNTY, items, ReportingPeriod.parse("2024-H1"))).isEqualTo(3);
    assertThat(evaluator.evaluate(ledger, ReportingPeriod.year(2024))
        .count(COUNTY, items, ReportingPeriod.year(2023))).isZero();
  }

  private static Checklist checklist(LocalDate version, int items) {
    Checklist.Builder checklist = Checklist.builder()
        .kind(ChecklistKind.POWERS_AND_RESPONSIBILITIES).owner(COUNTY).versionDate(version);
    for (int i = 0; i < items; i++) {
      checklist.addItems(ChecklistItem.builder().code("X" + i).name("事项" + i)
          .category(PowerCategory.PENALTY).owner(EvaluationTest.JUSTICE).build());
    }
    return checklist.build();
  }

  @Test
  void describesItself() {
    Ledger ledger = Ledger.builder(EvaluationTest.HIERARCHY)
        .add(new FormCount(COUNTY, ReportingPeriod.year(2024),
            Measure.of(StandardMeasure.MEDIATION_CASES), 3))
        .build();

    assertThat(ledger).hasToString("Ledger[5 units, 0 records, 1 form counts]");
    assertThat(ledger.formCounts()).hasSize(1);
    assertThat(ledger.hierarchy()).isEqualTo(EvaluationTest.HIERARCHY);
  }

  @Test
  void recordsAreCountedWhateverTheOrderOfTheirDays() {
    Ledger ledger = Ledger.builder(IndicatorColumnTest.HIERARCHY)
        .add(IndicatorColumnTest.mediation("C", IndicatorColumnTest.TOWN_A,
            LocalDate.of(2024, 12, 31), true))
        .add(IndicatorColumnTest.mediation("A", IndicatorColumnTest.TOWN_B,
            LocalDate.of(2023, 1, 1), true))
        .add(IndicatorColumnTest.mediation("B", IndicatorColumnTest.TOWN_A,
            LocalDate.of(2024, 1, 1), true))
        .build();
    Evaluation evaluation = IndicatorColumnTest.evaluate(ledger);

    assertThat(ledger.recordCount()).isEqualTo(3);
    assertThat(evaluation.value(IndicatorColumnTest.TOWN_A, "MED-CASES").total()).hasValue(2);
    // C was resolved three days after it came in: in 2025, after the year's as-of day.
    assertThat(evaluation.value(IndicatorColumnTest.TOWN_A, "MED-RESOLUTION").tally()
        .orElseThrow().numerator()).isEqualTo(1);
    assertThat(evaluation.value(IndicatorColumnTest.TOWN_B, "MED-CASES").total()).hasValue(0);
  }
}
