package org.fazhi.metrics.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.fazhi.core.checklist.Checklist;
import org.fazhi.core.checklist.ChecklistItem;
import org.fazhi.core.checklist.ChecklistKind;
import org.fazhi.core.checklist.Delegation;
import org.fazhi.core.checklist.PowerCategory;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.supervision.Finding;
import org.fazhi.core.supervision.FindingStatus;
import org.fazhi.core.supervision.Inspection;
import org.fazhi.core.supervision.InspectionKind;
import org.fazhi.core.supervision.RectificationLedger;
import org.fazhi.core.task.Task;
import org.fazhi.core.task.TaskStatus;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.metrics.indicator.StandardCatalog;
import org.fazhi.metrics.indicator.TargetBasis;
import org.fazhi.metrics.measure.Measure;
import org.fazhi.metrics.measure.StandardMeasure;
import org.fazhi.metrics.exact.Tally;
import org.junit.jupiter.api.Test;

/** The engine at the edges of its rules: the same day counts, the day after does not. */
class BoundariesTest {

  static final UnitCode COUNTY = EvaluationTest.COUNTY;
  static final UnitCode JUSTICE = EvaluationTest.JUSTICE;
  static final UnitCode TOWN = EvaluationTest.TOWN_A;
  static final ReportingPeriod Y2024 = ReportingPeriod.year(2024);

  static Evaluation evaluate(Ledger ledger, LocalDate asOf) {
    return Evaluator.of(StandardCatalog.catalog(), Caliber.asOf(asOf, TargetBasis.FULL_VALUE))
        .evaluate(ledger, Y2024);
  }

  static Finding finding(String id, LocalDate due, LocalDate rectified) {
    return Finding.builder()
        .id(id).inspectionId("I0").unit(JUSTICE).problem("问题")
        .raisedDate(LocalDate.of(2024, 3, 1)).dueDate(due)
        .status(rectified == null ? FindingStatus.OPEN : FindingStatus.RECTIFIED)
        .rectifiedDate(Optional.ofNullable(rectified)).build();
  }

  @Test
  void aFindingRectifiedOnItsDueDayIsOnTimeAndTheDayAfterIsLate() {
    LocalDate due = LocalDate.of(2024, 6, 30);
    RectificationLedger supervision = RectificationLedger.builder()
        .addInspections(Inspection.builder().id("I0").kind(InspectionKind.RULE_OF_LAW_INSPECTION)
            .organizer(COUNTY).startDate(LocalDate.of(2024, 3, 1))
            .endDate(LocalDate.of(2024, 3, 1)).scope("督察").build())
        .addFindings(finding("on-time", due, due), finding("late", due, due.plusDays(1)),
            finding("open", due, null))
        .build();
    Ledger ledger = Ledger.builder(EvaluationTest.HIERARCHY).completeFor().add(supervision).build();

    Evaluation atDue = evaluate(ledger, due);
    Evaluation dayAfter = evaluate(ledger, due.plusDays(1));

    assertThat(atDue.value(COUNTY, "RECT-COMPLETION").tally()).isEmpty(); // kind-only records
    assertThat(atDue.count(COUNTY, Measure.parse("finding.raised[RULE_OF_LAW_INSPECTION]"), Y2024))
        .isEqualTo(3);
    assertThat(atDue.isKnown(COUNTY, Measure.parse("finding.raised[RULE_OF_LAW_INSPECTION]"),
        Y2024)).isTrue();
    assertThat(atDue.isKnown(COUNTY, Measure.parse("finding.raised[CASE_FILE_REVIEW]"), Y2024))
        .isFalse();
    Ledger complete = Ledger.builder(EvaluationTest.HIERARCHY).add(supervision).build();
    assertThat(evaluate(complete, due).value(COUNTY, "RECT-COMPLETION").tally())
        .contains(Tally.of(1, 3));
    assertThat(evaluate(complete, due).value(COUNTY, "RECT-ON-TIME").tally())
        .contains(Tally.of(1, 3));
    assertThat(evaluate(complete, due.plusDays(1)).value(COUNTY, "RECT-COMPLETION").tally())
        .contains(Tally.of(2, 3));
    assertThat(evaluate(complete, due.plusDays(1)).value(COUNTY, "RECT-ON-TIME").tally())
        .contains(Tally.of(1, 3));
    assertThat(dayAfter.isKnown(COUNTY, Measure.of(StandardMeasure.FINDINGS), Y2024)).isFalse();
  }

  @Test
  void cancelledTasksAreExcludedAndATaskCompletedOnItsDueDayIsOnTime() {
    LocalDate due = LocalDate.of(2024, 9, 30);
    Ledger ledger = Ledger.builder(EvaluationTest.HIERARCHY)
        .add(task("1", due, TaskStatus.COMPLETED, due))
        .add(task("2", due, TaskStatus.COMPLETED, due.plusDays(1)))
        .add(task("3", due, TaskStatus.CANCELLED, null))
        .add(task("4", due, TaskStatus.IN_PROGRESS, null))
        .build();
    Evaluation evaluation = evaluate(ledger, LocalDate.of(2024, 12, 31));

    assertThat(evaluation.value(COUNTY, "TASK-COMPLETION").tally())
        .contains(Tally.of(2, 4, 1, 0));
    assertThat(evaluation.value(COUNTY, "TASK-ON-TIME").tally()).contains(Tally.of(1, 4, 1, 0));
    assertThat(evaluation.count(COUNTY, Measure.of(StandardMeasure.TASKS_OVERDUE), Y2024))
        .isEqualTo(1);
    assertThat(evaluate(ledger, due).count(COUNTY, Measure.of(StandardMeasure.TASKS_OVERDUE),
        Y2024)).isZero();
  }

  static Task task(String number, LocalDate due, TaskStatus status, LocalDate completed) {
    return Task.builder().number(number).action("行动").title("任务" + number).leadUnit(JUSTICE)
        .assignedDate(LocalDate.of(2024, 1, 2)).dueDate(due).status(status)
        .completionDate(Optional.ofNullable(completed)).build();
  }

  @Test
  void aChecklistVersionCountsFromItsOwnDayAndADelegationUntilTheDayBeforeItsRecall() {
    LocalDate version = LocalDate.of(2024, 5, 1);
    LocalDate recall = LocalDate.of(2024, 8, 1);
    ChecklistItem delegated = ChecklistItem.builder()
        .code("Z1").name("综合执法事项").category(PowerCategory.PENALTY).owner(JUSTICE)
        .publishedDate(version)
        .delegation(Delegation.of(TOWN, version).recall(recall)).build();
    Checklist checklist = Checklist.builder().kind(ChecklistKind.ENFORCEMENT_MATTERS)
        .owner(COUNTY).versionDate(version).addItems(delegated).build();
    Ledger ledger = Ledger.builder(EvaluationTest.HIERARCHY).add(checklist).build();
    Measure items = Measure.of(StandardMeasure.CHECKLIST_ITEMS);
    Measure inForce = Measure.of(StandardMeasure.CHECKLIST_ITEMS_DELEGATED);
    Measure published = Measure.of(StandardMeasure.CHECKLIST_ITEMS_PUBLISHED);

    assertThat(evaluate(ledger, version.minusDays(1)).count(COUNTY, items, Y2024)).isZero();
    assertThat(evaluate(ledger, version).count(COUNTY, items, Y2024)).isEqualTo(1);
    assertThat(evaluate(ledger, version).count(COUNTY, published, Y2024)).isEqualTo(1);
    assertThat(evaluate(ledger, version).count(COUNTY, inForce, Y2024)).isEqualTo(1);
    assertThat(evaluate(ledger, recall.minusDays(1)).count(COUNTY, inForce, Y2024)).isEqualTo(1);
    assertThat(evaluate(ledger, recall).count(COUNTY, inForce, Y2024)).isZero();
  }

  @Test
  void aZeroTotalIsAKnownZeroNotAMissingValue() {
    Ledger ledger = Ledger.builder(EvaluationTest.HIERARCHY)
        .add(new FormCount(COUNTY, Y2024, Measure.of(StandardMeasure.MEDIATION_CASES), 0)).build();
    Evaluation evaluation = evaluate(ledger, Y2024.end());

    assertThat(evaluation.value(COUNTY, "MED-CASES").isMissing()).isFalse();
    assertThat(evaluation.value(COUNTY, "MED-CASES").total()).hasValue(0);
    assertThat(evaluation.scorecards()).hasSize(EvaluationTest.HIERARCHY.size());
  }

  @Test
  void everyAddReturnsTheBuilderSoThatAddsChain() {
    RandomRecords data = new RandomRecords(3, 5);
    Ledger.Builder builder = Ledger.builder(data.hierarchy);
    Ledger.Builder same = builder
        .addAll(java.util.List.of())
        .add(data.supervision)
        .add(data.checklist(ChecklistKind.TOWNSHIP_DUTIES, LocalDate.of(2024, 1, 1), 2))
        .add(org.fazhi.core.task.TaskList.builder().title("清单").issuer(data.units.get(0))
            .issuedDate(LocalDate.of(2024, 1, 1)).build())
        .add(new FormCount(data.units.get(0), Y2024, Measure.of(StandardMeasure.NOTICES), 1))
        .add(data.task(900))
        .add(data.document(900))
        .add(data.reconsideration(900))
        .add(data.lawsuit(900))
        .add(data.mediation(900))
        .add(data.legalAid(900))
        .add(data.session(900))
        .add(data.exam(900))
        .add(data.report(900));
    assertThat(same).isSameAs(builder);
  }
}
