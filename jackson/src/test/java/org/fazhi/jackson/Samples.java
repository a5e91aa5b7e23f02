package org.fazhi.jackson;

import static java.time.LocalDate.of;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Set;
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

/** Representative records of every core type, all within one hierarchy, for round trips. */
final class Samples {

  private Samples() {}

  static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new FazhiModule()).build();

  static final UnitCode COUNTY = UnitCode.parse("640424");
  static final UnitCode TOWNSHIP = UnitCode.parse("640424100");
  static final UnitCode JUSTICE = UnitCode.parse("640424-SFJ");
  static final UnitCode POLICE = UnitCode.parse("640424-GAJ");

  static final OrgUnit REGION = OrgUnit.root("640000", "宁夏回族自治区");
  static final OrgUnit CITY = OrgUnit.of("640400", "固原市", "640000");

  static final UnitHierarchy HIERARCHY = UnitHierarchy.of(List.of(
      REGION, CITY,
      OrgUnit.of("640424", "泾源县", "640400"),
      OrgUnit.of("640424100", "香水镇", "640424"),
      OrgUnit.of("640424-SFJ", "泾源县司法局", "640424"),
      OrgUnit.of("640424-GAJ", "泾源县公安局", "640424")));

  static final Task TASK = Task.builder()
      .number("1.1").action("依法行政提升行动").title("修订行政执法公示制度")
      .leadUnit(JUSTICE).addCoUnits(POLICE, COUNTY)
      .assignedDate(of(2024, 3, 1)).dueDate(of(2024, 6, 30))
      .status(TaskStatus.COMPLETED).completionDate(of(2024, 6, 15))
      .build();

  static final TaskList TASK_LIST = TaskList.builder()
      .title("泾源县法治政府建设“八大行动(2024)”任务清单").issuer(COUNTY).issuedDate(of(2024, 3, 1))
      .addTasks(TASK, Task.builder()
          .number("1.2").action("依法行政提升行动").title("开展行政执法案卷评查")
          .leadUnit(JUSTICE).assignedDate(of(2024, 3, 1)).dueDate(of(2024, 11, 30))
          .status(TaskStatus.IN_PROGRESS).build())
      .build();

  static final Inspection INSPECTION = Inspection.builder()
      .id("DC-2024-01").kind(InspectionKind.RULE_OF_LAW_INSPECTION).organizer(COUNTY)
      .startDate(of(2024, 4, 1)).endDate(of(2024, 4, 10)).scope("法治政府建设重点任务落实情况")
      .addInspectedUnits(JUSTICE, POLICE)
      .build();

  static final RectificationNotice NOTICE = RectificationNotice.builder()
      .number("ZG-2024-01").inspectionId("DC-2024-01").issuedTo(POLICE)
      .issuedDate(of(2024, 4, 12)).dueDate(of(2024, 5, 12))
      .build();

  static final Finding FINDING = Finding.builder()
      .id("F-1").inspectionId("DC-2024-01").noticeNumber("ZG-2024-01").unit(POLICE)
      .problem("执法公示不及时").raisedDate(of(2024, 4, 10)).dueDate(of(2024, 5, 12))
      .status(FindingStatus.RECTIFIED).rectifiedDate(of(2024, 5, 2))
      .build();

  static final RectificationLedger LEDGER = RectificationLedger.builder()
      .addInspections(INSPECTION)
      .addNotices(NOTICE)
      .addFindings(FINDING, Finding.builder()
          .id("F-2").inspectionId("DC-2024-01").unit(JUSTICE).problem("执法人员培训不足")
          .raisedDate(of(2024, 4, 5)).dueDate(of(2024, 12, 31))
          .status(FindingStatus.LONG_TERM).build())
      .build();

  static final NormativeDocument DOCUMENT = NormativeDocument.builder()
      .number("泾政规发〔2024〕1号").title("行政规范性文件（示例一）").issuer(COUNTY)
      .legalityReviewedDate(of(2024, 3, 4)).issuedDate(of(2024, 3, 11))
      .publishedDate(of(2024, 3, 12)).filedDate(of(2024, 3, 26))
      .filingReview(ReviewOutcome.CONFORMING)
      .build();

  static final NormativeDocument DRAFT = NormativeDocument.builder()
      .title("审核后未印发的草案").issuer(COUNTY).legalityReviewedDate(of(2024, 5, 20))
      .build();

  static final ReconsiderationCase RECONSIDERATION = ReconsiderationCase.builder()
      .caseNumber("泾复〔2024〕3号").body(COUNTY).respondent(POLICE)
      .receivedDate(of(2024, 2, 1)).acceptedDate(of(2024, 2, 3))
      .decision(ReconsiderationDecision.REVOKED).decidedDate(of(2024, 4, 1))
      .build();

  static final LitigationCase LITIGATION = LitigationCase.builder()
      .caseNumber("(2024)宁0424行初5号").defendant(POLICE).filedDate(of(2024, 3, 1))
      .hearingDate(of(2024, 5, 10)).headAppeared(true)
      .outcome(LitigationOutcome.AGENCY_WON).concludedDate(of(2024, 6, 1))
      .build();

  static final MediationCase MEDIATION = MediationCase.builder()
      .id("TJ-2024-001").unit(TOWNSHIP).receivedDate(of(2024, 3, 1))
      .outcome(MediationOutcome.RESOLVED).concludedDate(of(2024, 3, 15))
      .amountInvolvedYuan(12_000)
      .build();

  static final MediationCase PENDING_MEDIATION = MediationCase.builder()
      .id("TJ-2024-002").unit(TOWNSHIP).receivedDate(of(2024, 12, 20))
      .outcome(MediationOutcome.PENDING)
      .build();

  static final LegalAidCase LEGAL_AID = LegalAidCase.builder()
      .id("FY-2024-01").unit(JUSTICE).kind(LegalAidKind.CIVIL).acceptedDate(of(2024, 2, 2))
      .concludedDate(of(2024, 7, 2)).recoveredYuan(35_000)
      .build();

  static final StudySession STUDY = StudySession.builder()
      .id("XF-2024-01").kind(StudyKind.LECTURE).organizer(COUNTY).date(of(2024, 5, 8))
      .topic("习近平法治思想专题讲座").expected(50).attended(48)
      .build();

  static final Exam EXAM = Exam.builder()
      .id("KS-2024-01").kind(ExamKind.PRE_APPOINTMENT).organizer(JUSTICE)
      .date(of(2024, 6, 20)).sat(12).passed(11)
      .build();

  static final AnnualReport REPORT = AnnualReport.builder()
      .unit(COUNTY).year(2023).submittedDate(of(2024, 2, 26)).publishedDate(of(2024, 3, 28))
      .build();

  static final Delegation DELEGATION =
      Delegation.of(TOWNSHIP, of(2023, 7, 1)).recall(of(2024, 9, 1));

  static final ChecklistItem ITEM = ChecklistItem.builder()
      .code("330217001").name("对违反规定的处罚").category(PowerCategory.PENALTY)
      .addLegalBasis("《中华人民共和国行政处罚法》第十八条", "《宁夏回族自治区某条例》第五条")
      .owner(JUSTICE).publishedDate(of(2024, 1, 20)).delegation(DELEGATION)
      .addServiceModes(ServiceMode.ONLINE)
      .build();

  static final Checklist CHECKLIST = Checklist.builder()
      .kind(ChecklistKind.ENFORCEMENT_MATTERS).owner(JUSTICE).versionDate(of(2024, 1, 15))
      .addItems(ITEM, ChecklistItem.builder()
          .code("330217002").name("行政检查").category(PowerCategory.INSPECTION).owner(JUSTICE)
          .build())
      .build();

  static final FilingTimeLimit WORKING_DAYS = FilingTimeLimit.workingDays(3,
      WorkingCalendar.of(Set.of(of(2024, 10, 1), of(2024, 10, 2)), Set.of(of(2024, 9, 29))));

  /** One record of each type a dataset holds, in the order of the dataset format. */
  static final List<Object> DATASET_RECORDS = List.of(
      TASK_LIST, LEDGER, DOCUMENT, DRAFT, RECONSIDERATION, LITIGATION, MEDIATION,
      PENDING_MEDIATION, LEGAL_AID, STUDY, EXAM, REPORT, CHECKLIST);
}
