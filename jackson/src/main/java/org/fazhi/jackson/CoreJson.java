package org.fazhi.jackson;

import static org.fazhi.jackson.Writing.date;
import static org.fazhi.jackson.Writing.number;
import static org.fazhi.jackson.Writing.object;
import static org.fazhi.jackson.Writing.optionalObject;
import static org.fazhi.jackson.Writing.objects;
import static org.fazhi.jackson.Writing.string;
import static org.fazhi.jackson.Writing.strings;
import static org.fazhi.jackson.Writing.term;
import static org.fazhi.jackson.Writing.terms;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.fazhi.core.document.FilingTimeLimit;
import org.fazhi.core.document.NormativeDocument;
import org.fazhi.core.document.ReviewOutcome;
import org.fazhi.core.period.WorkingCalendar;
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
import org.fazhi.core.task.TaskList;
import org.fazhi.core.task.TaskStatus;
import org.fazhi.core.unit.OrgUnit;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.unit.UnitHierarchy;
import org.fazhi.core.validation.ChineseTerm;
import org.fazhi.core.validation.InvalidValueException;

/**
 * JSON of the records of {@code fazhi-core}: field names are the accessor names, enums are
 * written as constant names and read as names or Chinese terms, dates as {@code YYYY-MM-DD}, and
 * absent optional values are left out. Records are read through their builders, so every
 * validation of core applies.
 */
final class CoreJson {

  private CoreJson() {}

  // ------------------------------------------------------------------------------------------
  // Units

  static final Shape ORG_UNIT = Shape.of("OrgUnit", "code*", "name*", "parent");

  static OrgUnit orgUnit(Reading r) throws IOException {
    return parsedOrgUnit(r).value();
  }

  /** Reads a unit, with where each of its fields was read. */
  static Reading.Parsed<OrgUnit> parsedOrgUnit(Reading r) throws IOException {
    String[] parts = new String[3];
    return r.parse(ORG_UNIT, name -> {
      switch (name) {
        case "code" -> parts[0] = r.unitDefinition().toString();
        case "name" -> parts[1] = r.string();
        default -> parts[2] = r.unitDefinition().toString();
      }
    }, () -> parts[2] == null ? OrgUnit.root(parts[0], parts[1])
        : OrgUnit.of(parts[0], parts[1], parts[2]));
  }

  static void orgUnit(OrgUnit unit, JsonGenerator g) throws IOException {
    g.writeStartObject();
    string(g, "code", unit.code());
    string(g, "name", unit.name());
    string(g, "parent", unit.parent());
    g.writeEndObject();
  }

  static UnitHierarchy hierarchy(Reading r) throws IOException {
    Reading.Where where = r.here();
    List<OrgUnit> units = r.list(() -> orgUnit(r));
    try {
      return UnitHierarchy.of(units);
    } catch (InvalidValueException e) {
      throw r.failAt(where, e.getMessage());
    }
  }

  static void hierarchy(UnitHierarchy hierarchy, JsonGenerator g) throws IOException {
    g.writeStartArray();
    for (OrgUnit unit : hierarchy.units()) {
      orgUnit(unit, g);
    }
    g.writeEndArray();
  }

  // ------------------------------------------------------------------------------------------
  // Tasks

  static final Shape TASK = Shape.of("Task", "number*", "action*", "title*", "leadUnit*",
      "coUnits", "assignedDate*", "dueDate*", "status*", "completionDate");

  static Task task(Reading r) throws IOException {
    Task.Builder b = Task.builder();
    return r.object(TASK, name -> {
      switch (name) {
        case "number" -> b.number(r.string());
        case "action" -> b.action(r.string());
        case "title" -> b.title(r.string());
        case "leadUnit" -> b.leadUnit(r.unitCode());
        case "coUnits" -> b.addAllCoUnits(r.set(r::unitCode));
        case "assignedDate" -> b.assignedDate(r.date());
        case "dueDate" -> b.dueDate(r.date());
        case "status" -> b.status(r.term(TaskStatus.class));
        default -> b.completionDate(r.date());
      }
    }, b::build);
  }

  static void task(Task task, JsonGenerator g) throws IOException {
    g.writeStartObject();
    string(g, "number", task.number());
    string(g, "action", task.action());
    string(g, "title", task.title());
    string(g, "leadUnit", task.leadUnit());
    strings(g, "coUnits", task.coUnits());
    date(g, "assignedDate", task.assignedDate());
    date(g, "dueDate", task.dueDate());
    term(g, "status", task.status());
    date(g, "completionDate", task.completionDate());
    g.writeEndObject();
  }

  static final Shape TASK_LIST = Shape.of("TaskList", "title*", "issuer*", "issuedDate*", "tasks");

  static TaskList taskList(Reading r) throws IOException {
    TaskList.Builder b = TaskList.builder();
    return r.object(TASK_LIST, name -> {
      switch (name) {
        case "title" -> b.title(r.string());
        case "issuer" -> b.issuer(r.unitCode());
        case "issuedDate" -> b.issuedDate(r.date());
        default -> b.addAllTasks(r.list(() -> task(r)));
      }
    }, b::build);
  }

  static void taskList(TaskList list, JsonGenerator g) throws IOException {
    g.writeStartObject();
    string(g, "title", list.title());
    string(g, "issuer", list.issuer());
    date(g, "issuedDate", list.issuedDate());
    objects(g, "tasks", list.tasks(), CoreJson::task);
    g.writeEndObject();
  }

  // ------------------------------------------------------------------------------------------
  // Supervision

  static final Shape INSPECTION = Shape.of("Inspection", "id*", "kind*", "organizer*",
      "startDate*", "endDate*", "scope*", "inspectedUnits");

  static Inspection inspection(Reading r) throws IOException {
    Inspection.Builder b = Inspection.builder();
    return r.object(INSPECTION, name -> {
      switch (name) {
        case "id" -> b.id(r.string());
        case "kind" -> b.kind(r.term(InspectionKind.class));
        case "organizer" -> b.organizer(r.unitCode());
        case "startDate" -> b.startDate(r.date());
        case "endDate" -> b.endDate(r.date());
        case "scope" -> b.scope(r.string());
        default -> b.addAllInspectedUnits(r.set(r::unitCode));
      }
    }, b::build);
  }

  static void inspection(Inspection inspection, JsonGenerator g) throws IOException {
    g.writeStartObject();
    string(g, "id", inspection.id());
    term(g, "kind", inspection.kind());
    string(g, "organizer", inspection.organizer());
    date(g, "startDate", inspection.startDate());
    date(g, "endDate", inspection.endDate());
    string(g, "scope", inspection.scope());
    strings(g, "inspectedUnits", inspection.inspectedUnits());
    g.writeEndObject();
  }

  static final Shape NOTICE = Shape.of("RectificationNotice", "number*", "inspectionId*",
      "issuedTo*", "issuedDate*", "dueDate*");

  static RectificationNotice notice(Reading r) throws IOException {
    RectificationNotice.Builder b = RectificationNotice.builder();
    return r.object(NOTICE, name -> {
      switch (name) {
        case "number" -> b.number(r.string());
        case "inspectionId" -> b.inspectionId(r.string());
        case "issuedTo" -> b.issuedTo(r.unitCode());
        case "issuedDate" -> b.issuedDate(r.date());
        default -> b.dueDate(r.date());
      }
    }, b::build);
  }

  static void notice(RectificationNotice notice, JsonGenerator g) throws IOException {
    g.writeStartObject();
    string(g, "number", notice.number());
    string(g, "inspectionId", notice.inspectionId());
    string(g, "issuedTo", notice.issuedTo());
    date(g, "issuedDate", notice.issuedDate());
    date(g, "dueDate", notice.dueDate());
    g.writeEndObject();
  }

  static final Shape FINDING = Shape.of("Finding", "id*", "inspectionId*", "noticeNumber",
      "unit*", "problem*", "raisedDate*", "dueDate*", "status*", "rectifiedDate");

  static Finding finding(Reading r) throws IOException {
    Finding.Builder b = Finding.builder();
    return r.object(FINDING, name -> {
      switch (name) {
        case "id" -> b.id(r.string());
        case "inspectionId" -> b.inspectionId(r.string());
        case "noticeNumber" -> b.noticeNumber(r.string());
        case "unit" -> b.unit(r.unitCode());
        case "problem" -> b.problem(r.string());
        case "raisedDate" -> b.raisedDate(r.date());
        case "dueDate" -> b.dueDate(r.date());
        case "status" -> b.status(r.term(FindingStatus.class));
        default -> b.rectifiedDate(r.date());
      }
    }, b::build);
  }

  static void finding(Finding finding, JsonGenerator g) throws IOException {
    g.writeStartObject();
    string(g, "id", finding.id());
    string(g, "inspectionId", finding.inspectionId());
    string(g, "noticeNumber", finding.noticeNumber());
    string(g, "unit", finding.unit());
    string(g, "problem", finding.problem());
    date(g, "raisedDate", finding.raisedDate());
    date(g, "dueDate", finding.dueDate());
    term(g, "status", finding.status());
    date(g, "rectifiedDate", finding.rectifiedDate());
    g.writeEndObject();
  }

  static final Shape LEDGER =
      Shape.of("RectificationLedger", "inspections", "notices", "findings");

  static RectificationLedger ledger(Reading r) throws IOException {
    RectificationLedger.Builder b = RectificationLedger.builder();
    return r.object(LEDGER, name -> {
      switch (name) {
        case "inspections" -> b.addAllInspections(r.list(() -> inspection(r)));
        case "notices" -> b.addAllNotices(r.list(() -> notice(r)));
        default -> b.addAllFindings(r.list(() -> finding(r)));
      }
    }, b::build);
  }

  static void ledger(RectificationLedger ledger, JsonGenerator g) throws IOException {
    g.writeStartObject();
    objects(g, "inspections", ledger.inspections(), CoreJson::inspection);
    objects(g, "notices", ledger.notices(), CoreJson::notice);
    objects(g, "findings", ledger.findings(), CoreJson::finding);
    g.writeEndObject();
  }

  // ------------------------------------------------------------------------------------------
  // Normative documents

  static final Shape DOCUMENT = Shape.of("NormativeDocument", "number", "title*", "issuer*",
      "legalityReviewedDate", "issuedDate", "publishedDate", "filedDate", "filingReview");

  static NormativeDocument document(Reading r) throws IOException {
    NormativeDocument.Builder b = NormativeDocument.builder();
    return r.object(DOCUMENT, name -> {
      switch (name) {
        case "number" -> b.number(r.string());
        case "title" -> b.title(r.string());
        case "issuer" -> b.issuer(r.unitCode());
        case "legalityReviewedDate" -> b.legalityReviewedDate(r.date());
        case "issuedDate" -> b.issuedDate(r.date());
        case "publishedDate" -> b.publishedDate(r.date());
        case "filedDate" -> b.filedDate(r.date());
        default -> b.filingReview(r.term(ReviewOutcome.class));
      }
    }, b::build);
  }

  static void document(NormativeDocument document, JsonGenerator g) throws IOException {
    g.writeStartObject();
    string(g, "number", document.number());
    string(g, "title", document.title());
    string(g, "issuer", document.issuer());
    date(g, "legalityReviewedDate", document.legalityReviewedDate());
    date(g, "issuedDate", document.issuedDate());
    date(g, "publishedDate", document.publishedDate());
    date(g, "filedDate", document.filedDate());
    term(g, "filingReview", document.filingReview());
    g.writeEndObject();
  }

  /** How the days of a filing time limit are counted. */
  enum DayCount implements ChineseTerm {
    /** Calendar days (自然日). */
    CALENDAR_DAYS("自然日"),
    /** Working days (工作日). */
    WORKING_DAYS("工作日");

    private final String chinese;

    DayCount(String chinese) {
      this.chinese = chinese;
    }

    @Override
    public String chinese() {
      return chinese;
    }
  }

  static final Shape FILING_TIME_LIMIT =
      Shape.of("FilingTimeLimit", "days*", "in", "holidays", "exchangedWorkdays");

  static FilingTimeLimit filingTimeLimit(Reading r) throws IOException {
    int[] days = new int[1];
    Object[] in = {DayCount.CALENDAR_DAYS};
    List<List<LocalDate>> calendar = new ArrayList<>(List.of(List.of(), List.of()));
    return r.object(FILING_TIME_LIMIT, name -> {
      switch (name) {
        case "days" -> days[0] = r.smallWhole();
        case "in" -> in[0] = r.term(DayCount.class);
        case "holidays" -> calendar.set(0, r.set(r::date).asList());
        default -> calendar.set(1, r.set(r::date).asList());
      }
    }, () -> {
      if (in[0] == DayCount.CALENDAR_DAYS) {
        if (!calendar.get(0).isEmpty() || !calendar.get(1).isEmpty()) {
          throw new InvalidValueException("FilingTimeLimit.in", in[0],
              "holidays and exchangedWorkdays are given only for WORKING_DAYS");
        }
        return FilingTimeLimit.calendarDays(days[0]);
      }
      return FilingTimeLimit.workingDays(days[0],
          WorkingCalendar.of(ImmutableSet.copyOf(calendar.get(0)),
              ImmutableSet.copyOf(calendar.get(1))));
    });
  }

  static void filingTimeLimit(FilingTimeLimit limit, JsonGenerator g) throws IOException {
    g.writeStartObject();
    number(g, "days", limit.days());
    Optional<WorkingCalendar> calendar = limit.workingCalendar();
    term(g, "in", calendar.isPresent() ? DayCount.WORKING_DAYS : DayCount.CALENDAR_DAYS);
    if (calendar.isPresent()) {
      strings(g, "holidays", calendar.get().holidays());
      strings(g, "exchangedWorkdays", calendar.get().exchangedWorkdays());
    }
    g.writeEndObject();
  }

  // ------------------------------------------------------------------------------------------
  // Cases

  static final Shape RECONSIDERATION = Shape.of("ReconsiderationCase", "caseNumber*", "body*",
      "respondent*", "receivedDate*", "acceptedDate", "decision", "decidedDate");

  static ReconsiderationCase reconsideration(Reading r) throws IOException {
    ReconsiderationCase.Builder b = ReconsiderationCase.builder();
    return r.object(RECONSIDERATION, name -> {
      switch (name) {
        case "caseNumber" -> b.caseNumber(r.string());
        case "body" -> b.body(r.unitCode());
        case "respondent" -> b.respondent(r.unitCode());
        case "receivedDate" -> b.receivedDate(r.date());
        case "acceptedDate" -> b.acceptedDate(r.date());
        case "decision" -> b.decision(r.term(ReconsiderationDecision.class));
        default -> b.decidedDate(r.date());
      }
    }, b::build);
  }

  static void reconsideration(ReconsiderationCase c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    string(g, "caseNumber", c.caseNumber());
    string(g, "body", c.body());
    string(g, "respondent", c.respondent());
    date(g, "receivedDate", c.receivedDate());
    date(g, "acceptedDate", c.acceptedDate());
    term(g, "decision", c.decision());
    date(g, "decidedDate", c.decidedDate());
    g.writeEndObject();
  }

  static final Shape LITIGATION = Shape.of("LitigationCase", "caseNumber*", "defendant*",
      "filedDate*", "hearingDate", "headAppeared", "outcome", "concludedDate");

  static LitigationCase litigation(Reading r) throws IOException {
    LitigationCase.Builder b = LitigationCase.builder();
    return r.object(LITIGATION, name -> {
      switch (name) {
        case "caseNumber" -> b.caseNumber(r.string());
        case "defendant" -> b.defendant(r.unitCode());
        case "filedDate" -> b.filedDate(r.date());
        case "hearingDate" -> b.hearingDate(r.date());
        case "headAppeared" -> b.headAppeared(r.bool());
        case "outcome" -> b.outcome(r.term(LitigationOutcome.class));
        default -> b.concludedDate(r.date());
      }
    }, b::build);
  }

  static void litigation(LitigationCase c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    string(g, "caseNumber", c.caseNumber());
    string(g, "defendant", c.defendant());
    date(g, "filedDate", c.filedDate());
    date(g, "hearingDate", c.hearingDate());
    g.writeBooleanField("headAppeared", c.headAppeared());
    term(g, "outcome", c.outcome());
    date(g, "concludedDate", c.concludedDate());
    g.writeEndObject();
  }

  static final Shape MEDIATION = Shape.of("MediationCase", "id*", "unit*", "receivedDate*",
      "outcome*", "concludedDate", "amountInvolvedYuan");

  static MediationCase mediation(Reading r) throws IOException {
    MediationCase.Builder b = MediationCase.builder();
    return r.object(MEDIATION, name -> {
      switch (name) {
        case "id" -> b.id(r.string());
        case "unit" -> b.unit(r.unitCode());
        case "receivedDate" -> b.receivedDate(r.date());
        case "outcome" -> b.outcome(r.term(MediationOutcome.class));
        case "concludedDate" -> b.concludedDate(r.date());
        default -> b.amountInvolvedYuan(r.whole());
      }
    }, b::build);
  }

  static void mediation(MediationCase c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    string(g, "id", c.id());
    string(g, "unit", c.unit());
    date(g, "receivedDate", c.receivedDate());
    term(g, "outcome", c.outcome());
    date(g, "concludedDate", c.concludedDate());
    number(g, "amountInvolvedYuan", c.amountInvolvedYuan());
    g.writeEndObject();
  }

  static final Shape LEGAL_AID = Shape.of("LegalAidCase", "id*", "unit*", "kind*",
      "acceptedDate*", "concludedDate", "recoveredYuan");

  static LegalAidCase legalAid(Reading r) throws IOException {
    LegalAidCase.Builder b = LegalAidCase.builder();
    return r.object(LEGAL_AID, name -> {
      switch (name) {
        case "id" -> b.id(r.string());
        case "unit" -> b.unit(r.unitCode());
        case "kind" -> b.kind(r.term(LegalAidKind.class));
        case "acceptedDate" -> b.acceptedDate(r.date());
        case "concludedDate" -> b.concludedDate(r.date());
        default -> b.recoveredYuan(r.whole());
      }
    }, b::build);
  }

  static void legalAid(LegalAidCase c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    string(g, "id", c.id());
    string(g, "unit", c.unit());
    term(g, "kind", c.kind());
    date(g, "acceptedDate", c.acceptedDate());
    date(g, "concludedDate", c.concludedDate());
    number(g, "recoveredYuan", c.recoveredYuan());
    g.writeEndObject();
  }

  // ------------------------------------------------------------------------------------------
  // Study

  static final Shape STUDY_SESSION = Shape.of("StudySession", "id*", "kind*", "organizer*",
      "date*", "topic*", "expected*", "attended*");

  static StudySession studySession(Reading r) throws IOException {
    StudySession.Builder b = StudySession.builder();
    return r.object(STUDY_SESSION, name -> {
      switch (name) {
        case "id" -> b.id(r.string());
        case "kind" -> b.kind(r.term(StudyKind.class));
        case "organizer" -> b.organizer(r.unitCode());
        case "date" -> b.date(r.date());
        case "topic" -> b.topic(r.string());
        case "expected" -> b.expected(r.whole());
        default -> b.attended(r.whole());
      }
    }, b::build);
  }

  static void studySession(StudySession s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    string(g, "id", s.id());
    term(g, "kind", s.kind());
    string(g, "organizer", s.organizer());
    date(g, "date", s.date());
    string(g, "topic", s.topic());
    number(g, "expected", s.expected());
    number(g, "attended", s.attended());
    g.writeEndObject();
  }

  static final Shape EXAM =
      Shape.of("Exam", "id*", "kind*", "organizer*", "date*", "sat*", "passed*");

  static Exam exam(Reading r) throws IOException {
    Exam.Builder b = Exam.builder();
    return r.object(EXAM, name -> {
      switch (name) {
        case "id" -> b.id(r.string());
        case "kind" -> b.kind(r.term(ExamKind.class));
        case "organizer" -> b.organizer(r.unitCode());
        case "date" -> b.date(r.date());
        case "sat" -> b.sat(r.whole());
        default -> b.passed(r.whole());
      }
    }, b::build);
  }

  static void exam(Exam e, JsonGenerator g) throws IOException {
    g.writeStartObject();
    string(g, "id", e.id());
    term(g, "kind", e.kind());
    string(g, "organizer", e.organizer());
    date(g, "date", e.date());
    number(g, "sat", e.sat());
    number(g, "passed", e.passed());
    g.writeEndObject();
  }

  // ------------------------------------------------------------------------------------------
  // Annual reports

  static final Shape ANNUAL_REPORT =
      Shape.of("AnnualReport", "unit*", "year*", "submittedDate", "publishedDate");

  static AnnualReport annualReport(Reading r) throws IOException {
    AnnualReport.Builder b = AnnualReport.builder();
    return r.object(ANNUAL_REPORT, name -> {
      switch (name) {
        case "unit" -> b.unit(r.unitCode());
        case "year" -> b.year(r.smallWhole());
        case "submittedDate" -> b.submittedDate(r.date());
        default -> b.publishedDate(r.date());
      }
    }, b::build);
  }

  static void annualReport(AnnualReport report, JsonGenerator g) throws IOException {
    g.writeStartObject();
    string(g, "unit", report.unit());
    number(g, "year", report.year());
    date(g, "submittedDate", report.submittedDate());
    date(g, "publishedDate", report.publishedDate());
    g.writeEndObject();
  }

  // ------------------------------------------------------------------------------------------
  // Checklists

  static final Shape DELEGATION =
      Shape.of("Delegation", "township*", "delegatedDate*", "recalledDate");

  static Delegation delegation(Reading r) throws IOException {
    Object[] parts = new Object[3];
    return r.object(DELEGATION, name -> {
      switch (name) {
        case "township" -> parts[0] = r.unitCode();
        case "delegatedDate" -> parts[1] = r.date();
        default -> parts[2] = r.date();
      }
    }, () -> {
      Delegation delegation = Delegation.of((UnitCode) parts[0], (LocalDate) parts[1]);
      return parts[2] == null ? delegation : delegation.recall((LocalDate) parts[2]);
    });
  }

  static void delegation(Delegation d, JsonGenerator g) throws IOException {
    g.writeStartObject();
    string(g, "township", d.township());
    date(g, "delegatedDate", d.delegatedDate());
    date(g, "recalledDate", d.recalledDate());
    g.writeEndObject();
  }

  static final Shape CHECKLIST_ITEM = Shape.of("ChecklistItem", "code*", "name*", "category*",
      "legalBasis", "owner*", "publishedDate", "delegation", "serviceModes");

  static ChecklistItem checklistItem(Reading r) throws IOException {
    ChecklistItem.Builder b = ChecklistItem.builder();
    return r.object(CHECKLIST_ITEM, name -> {
      switch (name) {
        case "code" -> b.code(r.string());
        case "name" -> b.name(r.string());
        case "category" -> b.category(r.term(PowerCategory.class));
        case "legalBasis" -> b.addAllLegalBasis(r.list(r::string));
        case "owner" -> b.owner(r.unitCode());
        case "publishedDate" -> b.publishedDate(r.date());
        case "delegation" -> b.delegation(delegation(r));
        default -> b.addAllServiceModes(r.set(() -> r.term(ServiceMode.class)));
      }
    }, b::build);
  }

  static void checklistItem(ChecklistItem item, JsonGenerator g) throws IOException {
    g.writeStartObject();
    string(g, "code", item.code());
    string(g, "name", item.name());
    term(g, "category", item.category());
    strings(g, "legalBasis", item.legalBasis());
    string(g, "owner", item.owner());
    date(g, "publishedDate", item.publishedDate());
    optionalObject(g, "delegation", item.delegation(), CoreJson::delegation);
    terms(g, "serviceModes", item.serviceModes());
    g.writeEndObject();
  }

  static final Shape CHECKLIST =
      Shape.of("Checklist", "kind*", "owner*", "versionDate*", "items");

  static Checklist checklist(Reading r) throws IOException {
    Checklist.Builder b = Checklist.builder();
    return r.object(CHECKLIST, name -> {
      switch (name) {
        case "kind" -> b.kind(r.term(ChecklistKind.class));
        case "owner" -> b.owner(r.unitCode());
        case "versionDate" -> b.versionDate(r.date());
        default -> b.addAllItems(r.list(() -> checklistItem(r)));
      }
    }, b::build);
  }

  static void checklist(Checklist checklist, JsonGenerator g) throws IOException {
    g.writeStartObject();
    term(g, "kind", checklist.kind());
    string(g, "owner", checklist.owner());
    date(g, "versionDate", checklist.versionDate());
    objects(g, "items", checklist.items(), CoreJson::checklistItem);
    g.writeEndObject();
  }
}
