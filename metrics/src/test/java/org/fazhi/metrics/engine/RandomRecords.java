package org.fazhi.metrics.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.fazhi.core.cases.LegalAidCase;
import org.fazhi.core.cases.LegalAidKind;
import org.fazhi.core.cases.LitigationCase;
import org.fazhi.core.cases.LitigationOutcome;
import org.fazhi.core.cases.MediationCase;
import org.fazhi.core.cases.MediationOutcome;
import org.fazhi.core.cases.ReconsiderationCase;
import org.fazhi.core.cases.ReconsiderationDecision;
import org.fazhi.core.checklist.Checklist;
import org.fazhi.core.checklist.ChecklistItem;
import org.fazhi.core.checklist.ChecklistKind;
import org.fazhi.core.checklist.Delegation;
import org.fazhi.core.checklist.PowerCategory;
import org.fazhi.core.checklist.ServiceMode;
import org.fazhi.core.document.NormativeDocument;
import org.fazhi.core.document.ReviewOutcome;
import org.fazhi.core.report.AnnualReport;
import org.fazhi.core.study.Exam;
import org.fazhi.core.study.ExamKind;
import org.fazhi.core.study.StudyKind;
import org.fazhi.core.study.StudySession;
import org.fazhi.core.supervision.Finding;
import org.fazhi.core.supervision.FindingStatus;
import org.fazhi.core.supervision.Inspection;
import org.fazhi.core.supervision.InspectionKind;
import org.fazhi.core.supervision.RectificationLedger;
import org.fazhi.core.supervision.RectificationNotice;
import org.fazhi.core.task.Task;
import org.fazhi.core.task.TaskStatus;
import org.fazhi.core.unit.OrgUnit;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.unit.UnitHierarchy;

/** Seeded random records of every type, spread over a small hierarchy and over 2022–2025. */
final class RandomRecords {

  static final LocalDate FIRST = LocalDate.of(2022, 10, 1);
  static final int SPAN_DAYS = 3 * 365;

  final Random random;
  final UnitHierarchy hierarchy;
  final List<UnitCode> units = new ArrayList<>();
  final List<UnitCode> townships = new ArrayList<>();
  final List<Object> records = new ArrayList<>();
  final RectificationLedger supervision;

  RandomRecords(long seed, int perFamily) {
    random = new Random(seed);
    List<OrgUnit> list = new ArrayList<>();
    list.add(OrgUnit.root("640000", "宁夏回族自治区"));
    list.add(OrgUnit.of("640400", "固原市", "640000"));
    for (int c = 1; c <= 2; c++) {
      String county = "6404" + String.format(java.util.Locale.ROOT, "%02d", 20 + c);
      list.add(OrgUnit.of(county, "县" + c, "640400"));
      for (int t = 0; t < 3; t++) {
        String town = county + (100 + t);
        list.add(OrgUnit.of(town, "镇" + c + t, county));
        townships.add(UnitCode.parse(town));
      }
      list.add(OrgUnit.of(county + "-SFJ", "司法局" + c, county));
      list.add(OrgUnit.of(county + "-SFS", "司法所" + c, county + "-SFJ"));
    }
    hierarchy = UnitHierarchy.of(list);
    hierarchy.units().forEach(unit -> units.add(unit.code()));

    for (int i = 0; i < perFamily; i++) {
      records.add(task(i));
      records.add(document(i));
      records.add(reconsideration(i));
      records.add(lawsuit(i));
      records.add(mediation(i));
      records.add(legalAid(i));
      records.add(session(i));
      records.add(exam(i));
      records.add(report(i));
    }
    supervision = supervision(perFamily);
    records.add(supervision);
    for (int v = 0; v < 3; v++) {
      records.add(checklist(ChecklistKind.values()[v % 3], LocalDate.of(2023 + v / 2, 6 + v, 1),
          perFamily / 4 + 1));
    }
  }

  private UnitCode unit() {
    return units.get(random.nextInt(units.size()));
  }

  private LocalDate day() {
    return FIRST.plusDays(random.nextInt(SPAN_DAYS));
  }

  private LocalDate after(LocalDate day, int maxDays) {
    return day.plusDays(random.nextInt(maxDays + 1));
  }

  private Optional<LocalDate> maybeAfter(LocalDate day, int maxDays) {
    return random.nextInt(4) == 0 ? Optional.empty() : Optional.of(after(day, maxDays));
  }

  private <E extends Enum<E>> E pick(Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[random.nextInt(values.length)];
  }

  Task task(int i) {
    LocalDate assigned = day();
    TaskStatus status = pick(TaskStatus.class);
    return Task.builder()
        .number("T" + i).action("行动" + random.nextInt(8)).title("任务" + i)
        .leadUnit(unit()).assignedDate(assigned).dueDate(after(assigned, 200))
        .status(status)
        .completionDate(status == TaskStatus.COMPLETED
            ? Optional.of(after(assigned, 300)) : Optional.empty())
        .build();
  }

  NormativeDocument document(int i) {
    LocalDate reviewed = day();
    boolean issued = random.nextInt(3) > 0;
    NormativeDocument.Builder b = NormativeDocument.builder()
        .title("文件" + i).issuer(unit()).legalityReviewedDate(reviewed);
    if (issued) {
      LocalDate issue = after(reviewed, 20);
      b.number("规〔" + i + "〕").issuedDate(issue);
      Optional<LocalDate> published = maybeAfter(issue, 10);
      b.publishedDate(published);
      Optional<LocalDate> filed = maybeAfter(published.orElse(issue), 60);
      b.filedDate(filed);
      if (filed.isPresent() && random.nextBoolean()) {
        b.filingReview(pick(ReviewOutcome.class));
      }
    }
    return b.build();
  }

  ReconsiderationCase reconsideration(int i) {
    LocalDate received = day();
    ReconsiderationCase.Builder b = ReconsiderationCase.builder()
        .caseNumber("R" + i).body(unit()).respondent(unit()).receivedDate(received);
    Optional<LocalDate> accepted = maybeAfter(received, 10);
    b.acceptedDate(accepted);
    if (accepted.isPresent() && random.nextBoolean()) {
      b.decision(pick(ReconsiderationDecision.class)).decidedDate(after(accepted.get(), 90));
    }
    return b.build();
  }

  LitigationCase lawsuit(int i) {
    LocalDate filed = day();
    LitigationCase.Builder b = LitigationCase.builder()
        .caseNumber("L" + i).defendant(unit()).filedDate(filed);
    Optional<LocalDate> hearing = maybeAfter(filed, 120);
    b.hearingDate(hearing).headAppeared(hearing.isPresent() && random.nextBoolean());
    if (random.nextBoolean()) {
      b.outcome(pick(LitigationOutcome.class))
          .concludedDate(after(hearing.orElse(filed), 90));
    }
    return b.build();
  }

  MediationCase mediation(int i) {
    LocalDate received = day();
    MediationOutcome outcome = pick(MediationOutcome.class);
    return MediationCase.builder()
        .id("M" + i).unit(unit()).receivedDate(received).outcome(outcome)
        .concludedDate(outcome == MediationOutcome.PENDING
            ? Optional.empty() : Optional.of(after(received, 60)))
        .amountInvolvedYuan(random.nextInt(1_000_000))
        .build();
  }

  LegalAidCase legalAid(int i) {
    LocalDate accepted = day();
    return LegalAidCase.builder()
        .id("A" + i).unit(unit()).kind(pick(LegalAidKind.class)).acceptedDate(accepted)
        .concludedDate(maybeAfter(accepted, 100)).recoveredYuan(random.nextInt(50_000))
        .build();
  }

  StudySession session(int i) {
    long expected = random.nextInt(60);
    return StudySession.builder()
        .id("S" + i).kind(pick(StudyKind.class)).organizer(unit()).date(day()).topic("学法")
        .expected(expected).attended(expected == 0 ? 0 : random.nextInt((int) expected + 1))
        .build();
  }

  Exam exam(int i) {
    long sat = random.nextInt(200);
    return Exam.builder()
        .id("E" + i).kind(pick(ExamKind.class)).organizer(unit()).date(day())
        .sat(sat).passed(sat == 0 ? 0 : random.nextInt((int) sat + 1))
        .build();
  }

  AnnualReport report(int i) {
    int year = 2021 + random.nextInt(4);
    LocalDate start = LocalDate.of(year + 1, 1, 1);
    return AnnualReport.builder()
        .unit(unit()).year(year)
        .submittedDate(maybeAfter(start, 120))
        .publishedDate(maybeAfter(start, 150))
        .build();
  }

  RectificationLedger supervision(int n) {
    RectificationLedger.Builder b = RectificationLedger.builder();
    List<Inspection> inspections = new ArrayList<>();
    for (int i = 0; i < Math.max(2, n / 10); i++) {
      LocalDate start = day();
      Inspection inspection = Inspection.builder()
          .id("I" + i).kind(pick(InspectionKind.class)).organizer(unit())
          .startDate(start).endDate(after(start, 10)).scope("督察").build();
      inspections.add(inspection);
      b.addInspections(inspection);
      LocalDate issued = after(start, 15);
      b.addNotices(RectificationNotice.builder()
          .number("N" + i).inspectionId(inspection.id()).issuedTo(unit())
          .issuedDate(issued).dueDate(after(issued, 90)).build());
    }
    for (int i = 0; i < n; i++) {
      Inspection inspection = inspections.get(random.nextInt(inspections.size()));
      LocalDate raised = after(inspection.startDate(), 30);
      FindingStatus status = pick(FindingStatus.class);
      b.addFindings(Finding.builder()
          .id("F" + i).inspectionId(inspection.id()).unit(unit()).problem("问题" + i)
          .raisedDate(raised).dueDate(after(raised, 90)).status(status)
          .rectifiedDate(status == FindingStatus.RECTIFIED
              ? Optional.of(after(raised, 150)) : Optional.empty())
          .build());
    }
    return b.build();
  }

  Checklist checklist(ChecklistKind kind, LocalDate version, int items) {
    Checklist.Builder b = Checklist.builder().kind(kind).owner(units.get(2)).versionDate(version);
    for (int i = 0; i < items; i++) {
      ChecklistItem.Builder item = ChecklistItem.builder()
          .code(kind.name() + i).name("事项" + i).category(pick(PowerCategory.class))
          .owner(unit()).publishedDate(maybeAfter(version.minusDays(100), 200));
      if (random.nextBoolean()) {
        Delegation delegation = Delegation.of(
            townships.get(random.nextInt(townships.size())), after(version.minusDays(200), 400));
        item.delegation(random.nextBoolean()
            ? delegation : delegation.recall(after(delegation.delegatedDate(), 300)));
      }
      EnumSet<ServiceMode> modes = EnumSet.noneOf(ServiceMode.class);
      for (ServiceMode mode : ServiceMode.values()) {
        if (random.nextBoolean()) {
          modes.add(mode);
        }
      }
      item.addAllServiceModes(modes);
      b.addItems(item.build());
    }
    return b.build();
  }
}
