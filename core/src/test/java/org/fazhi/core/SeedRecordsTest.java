package org.fazhi.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.fazhi.core.cases.ReconsiderationCase;
import org.fazhi.core.document.FilingTimeLimit;
import org.fazhi.core.document.NormativeDocument;
import org.fazhi.core.document.ReviewOutcome;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.study.Exam;
import org.fazhi.core.study.ExamKind;
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
import org.fazhi.core.unit.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * Builds a representative slice of the records behind 《泾源县2024年法治政府建设情况报告》 (the seed,
 * {@code shared/seed/}) and checks that they hold the counts the report prints.
 *
 * <p>The units, the counts and the kinds of record are the report's. Everything else (titles,
 * numbers, dates, which agency a notice went to, how the 172 findings split between the three
 * inspections) is illustrative: the report does not print it.
 */
class SeedRecordsTest {

  private static final ReportingPeriod YEAR_2024 = ReportingPeriod.year(2024);

  private static UnitCode code(String text) {
    return UnitCode.parse(text);
  }

  private static final UnitCode JINGYUAN = code("640424");
  private static final List<UnitCode> AGENCIES = List.of(
      code("640424-SFJ"), code("640424-GAJ"), code("640424-JTJ"), code("640424-SCJ"),
      code("640424-ZHZF"));

  //-----------------------------------------------------------------------
  // 泾源县 (GB/T 2260: 640424), under 固原市 (640400), under 宁夏回族自治区 (640000)
  //-----------------------------------------------------------------------
  private static List<OrgUnit> units() {
    return List.of(
        OrgUnit.root("640000", "宁夏回族自治区"),
        OrgUnit.of("640400", "固原市", "640000"),
        OrgUnit.of("640424", "泾源县", "640400"),
        OrgUnit.of("640424-SFJ", "泾源县司法局", "640424"),
        OrgUnit.of("640424-GAJ", "泾源县公安局", "640424"),
        OrgUnit.of("640424-JTJ", "泾源县教育体育局", "640424"),
        OrgUnit.of("640424-SCJ", "泾源县市场监督管理局", "640424"),
        OrgUnit.of("640424-ZHZF", "泾源县综合执法局", "640424"),
        OrgUnit.of("640424-JCY", "泾源县人民检察院", "640424"),
        OrgUnit.of("640424100", "香水镇", "640424"),
        OrgUnit.of("640424101", "泾河源镇", "640424"),
        OrgUnit.of("640424102", "六盘山镇", "640424"),
        OrgUnit.of("640424200", "新民乡", "640424"),
        OrgUnit.of("640424201", "兴盛乡", "640424"),
        OrgUnit.of("640424202", "黄花乡", "640424"),
        OrgUnit.of("640424203", "大湾乡", "640424"));
  }

  @Test
  void unitHierarchy() {
    List<OrgUnit> shuffled = new ArrayList<>(units());
    Collections.shuffle(shuffled, new Random(640424));
    UnitHierarchy hierarchy = UnitHierarchy.of(shuffled);

    assertThat(hierarchy.size()).isEqualTo(16);
    assertThat(hierarchy.roots()).extracting(OrgUnit::name).containsExactly("宁夏回族自治区");
    assertThat(hierarchy.ancestors(code("640424-SFJ")))
        .extracting(OrgUnit::name)
        .containsExactly("泾源县", "固原市", "宁夏回族自治区");
    assertThat(hierarchy.children(JINGYUAN))
        .filteredOn(unit -> unit.kind() == UnitKind.TOWNSHIP)
        .extracting(OrgUnit::name)
        .containsExactly("香水镇", "泾河源镇", "六盘山镇", "新民乡", "兴盛乡", "黄花乡", "大湾乡");
    // 司法局、公安局、教育体育局获评全区“八五”普法中期表现突出单位
    assertThat(hierarchy.children(JINGYUAN))
        .filteredOn(unit -> unit.kind() == UnitKind.AGENCY)
        .extracting(OrgUnit::name)
        .contains("泾源县司法局", "泾源县公安局", "泾源县教育体育局");
    assertThat(hierarchy.descendants(code("640000"))).hasSize(15);
    assertThat(hierarchy.units()).containsExactlyElementsOf(UnitHierarchy.of(units()).units());
  }

  //-----------------------------------------------------------------------
  // 《泾源县法治政府建设“八大行动(2024)”任务清单》: 从8个方面提出29项具体任务
  //-----------------------------------------------------------------------
  @Test
  void taskList() {
    // Illustrative: the report names neither the eight actions nor the 29 tasks, only counts them.
    List<String> actions = List.of(
        "行动一（示意）", "行动二（示意）", "行动三（示意）", "行动四（示意）",
        "行动五（示意）", "行动六（示意）", "行动七（示意）", "行动八（示意）");
    int[] tasksPerAction = {4, 4, 4, 4, 4, 3, 3, 3};
    TaskList.Builder list = TaskList.builder()
        .title("泾源县法治政府建设“八大行动(2024)”任务清单")
        .issuer(JINGYUAN)
        .issuedDate(LocalDate.of(2024, 3, 1));
    for (int a = 0; a < actions.size(); a++) {
      for (int t = 1; t <= tasksPerAction[a]; t++) {
        list.addTasks(Task.builder()
            .number((a + 1) + "." + t)
            .action(actions.get(a))
            .title("任务" + (a + 1) + "." + t + "（示意）")
            .leadUnit(AGENCIES.get((a + t) % AGENCIES.size()))
            .assignedDate(LocalDate.of(2024, 3, 1))
            .dueDate(LocalDate.of(2024, 12, 31))
            .status(TaskStatus.IN_PROGRESS)
            .build());
      }
    }
    TaskList eightActions = list.build();

    assertThat(eightActions.actions()).hasSize(8).containsExactlyElementsOf(actions);
    assertThat(eightActions.tasks()).hasSize(29);
    assertThat(actions.stream().mapToInt(action -> eightActions.tasksOf(action).size()).sum())
        .isEqualTo(29);
  }

  //-----------------------------------------------------------------------
  // 开展督察3次，下发整改通知单39份，现场反馈问题172条; 梳理出的13条问题已全部整改完成
  //-----------------------------------------------------------------------
  private static RectificationLedger ledger() {
    RectificationLedger.Builder ledger = RectificationLedger.builder();
    LocalDate[] starts = {
        LocalDate.of(2024, 4, 8), LocalDate.of(2024, 7, 8), LocalDate.of(2024, 10, 14)};
    int[] findingsPerInspection = {58, 57, 57}; // illustrative split of the 172
    int finding = 0;
    for (int i = 0; i < 3; i++) {
      String id = "DC-2024-" + (i + 1);
      LocalDate start = starts[i];
      ledger.addInspections(Inspection.builder()
          .id(id)
          .kind(InspectionKind.RULE_OF_LAW_INSPECTION)
          .organizer(JINGYUAN)
          .startDate(start)
          .endDate(start.plusDays(11))
          .scope("法治政府建设难点、群众反映热点问题")
          .addAllInspectedUnits(AGENCIES)
          .build());
      for (int n = 1; n <= 13; n++) {
        ledger.addNotices(RectificationNotice.builder()
            .number("泾法督通〔2024〕" + (i * 13 + n) + "号")
            .inspectionId(id)
            .issuedTo(AGENCIES.get(n % AGENCIES.size()))
            .issuedDate(start.plusDays(14))
            .dueDate(start.plusDays(44))
            .build());
      }
      // fed back on the spot (现场反馈), so without a notice; their rectification is not printed
      for (int f = 0; f < findingsPerInspection[i]; f++) {
        finding++;
        ledger.addFindings(Finding.builder()
            .id("DC-F-" + finding)
            .inspectionId(id)
            .unit(AGENCIES.get(f % AGENCIES.size()))
            .problem("现场反馈问题" + finding + "（示意）")
            .raisedDate(start.plusDays(f % 12))
            .dueDate(start.plusDays(44))
            .status(FindingStatus.OPEN)
            .build());
      }
    }
    ledger.addInspections(Inspection.builder()
        .id("WT-2024-1")
        .kind(InspectionKind.ISSUE_REVIEW)
        .organizer(code("640424-SFJ"))
        .startDate(LocalDate.of(2024, 5, 6))
        .endDate(LocalDate.of(2024, 5, 31))
        .scope("行政执法突出问题")
        .build());
    for (int f = 1; f <= 13; f++) {
      ledger.addFindings(Finding.builder()
          .id("WT-F-" + f)
          .inspectionId("WT-2024-1")
          .unit(AGENCIES.get(f % AGENCIES.size()))
          .problem("行政执法突出问题" + f + "（示意）")
          .raisedDate(LocalDate.of(2024, 5, 31))
          .dueDate(LocalDate.of(2024, 8, 31))
          .status(FindingStatus.RECTIFIED)
          .rectifiedDate(LocalDate.of(2024, 8, 1).plusDays(f))
          .build());
    }
    return ledger.build();
  }

  @Test
  void supervisionLedger() {
    RectificationLedger ledger = ledger();
    List<Inspection> inspections = ledger.inspectionsOf(InspectionKind.RULE_OF_LAW_INSPECTION);

    assertThat(inspections).hasSize(3);
    assertThat(ledger.notices()).hasSize(39);
    assertThat(inspections.stream().mapToInt(i -> ledger.noticesOf(i.id()).size()).sum())
        .isEqualTo(39);
    assertThat(ledger.findingsOf(InspectionKind.RULE_OF_LAW_INSPECTION)).hasSize(172);
    assertThat(ledger.findings()).allMatch(f -> YEAR_2024.contains(f.raisedDate()));

    List<Finding> issues = ledger.findingsOf(InspectionKind.ISSUE_REVIEW);
    assertThat(issues).hasSize(13);
    assertThat(issues).allMatch(f -> f.status() == FindingStatus.RECTIFIED);
    assertThat(issues).allMatch(Finding::isRectifiedOnTime);
    assertThat(issues).allMatch(f -> f.isRectifiedBy(YEAR_2024.end()));
  }

  //-----------------------------------------------------------------------
  // 审查行政规范性文件4件，制定发布2件，规范性文件报备率、及时率、规范率均达100%
  //-----------------------------------------------------------------------
  @Test
  void normativeDocuments() {
    // Illustrative titles and dates; filed within 30 calendar days of publication.
    List<NormativeDocument> documents = List.of(
        NormativeDocument.builder()
            .number("泾政规发〔2024〕1号")
            .title("规范性文件一（示意）")
            .issuer(JINGYUAN)
            .legalityReviewedDate(LocalDate.of(2024, 4, 10))
            .issuedDate(LocalDate.of(2024, 4, 18))
            .publishedDate(LocalDate.of(2024, 4, 22))
            .filedDate(LocalDate.of(2024, 5, 17))
            .filingReview(ReviewOutcome.CONFORMING)
            .build(),
        NormativeDocument.builder()
            .number("泾政规发〔2024〕2号")
            .title("规范性文件二（示意）")
            .issuer(JINGYUAN)
            .legalityReviewedDate(LocalDate.of(2024, 9, 2))
            .issuedDate(LocalDate.of(2024, 9, 12))
            .publishedDate(LocalDate.of(2024, 9, 13))
            .filedDate(LocalDate.of(2024, 10, 13))
            .filingReview(ReviewOutcome.CONFORMING)
            .build(),
        NormativeDocument.builder()
            .title("审查未发布的草案一（示意）")
            .issuer(code("640424-SCJ"))
            .legalityReviewedDate(LocalDate.of(2024, 6, 5))
            .build(),
        NormativeDocument.builder()
            .title("审查未发布的草案二（示意）")
            .issuer(code("640424-JTJ"))
            .legalityReviewedDate(LocalDate.of(2024, 11, 20))
            .build());
    FilingTimeLimit thirtyDays = FilingTimeLimit.calendarDays(30);

    assertThat(documents).filteredOn(d -> d.legalityReviewedDate().isPresent()).hasSize(4);
    List<NormativeDocument> issued =
        documents.stream().filter(NormativeDocument::isIssued).toList();
    assertThat(issued).hasSize(2);
    assertThat(issued).allMatch(d -> d.publishedDate().isPresent()); // 公布
    assertThat(issued).allMatch(d -> d.filedDate().isPresent()); // 报备率 2/2
    assertThat(issued).allMatch(d -> d.isFiledWithin(thirtyDays)); // 及时率 2/2
    assertThat(issued) // 规范率 2/2
        .allMatch(d -> d.filingReview().equals(Optional.of(ReviewOutcome.CONFORMING)));
  }

  //-----------------------------------------------------------------------
  // 组织122名干部参加全区行政执法证件申领考试，为考试合格的77人办理执法证件
  //-----------------------------------------------------------------------
  @Test
  void enforcementCertificateExam() {
    Exam exam = Exam.builder()
        .id("ZFZJ-2024")
        .kind(ExamKind.ENFORCEMENT_CERTIFICATE)
        .organizer(code("640424-SFJ"))
        .date(LocalDate.of(2024, 10, 26)) // illustrative
        .sat(122)
        .passed(77)
        .build();

    assertThat(exam.sat()).isEqualTo(122);
    assertThat(exam.passed()).isEqualTo(77);
  }

  //-----------------------------------------------------------------------
  // 新的行政复议法实施以来，收到行政复议申请45件
  //-----------------------------------------------------------------------
  @Test
  void reconsiderationApplications() {
    // Illustrative numbers, respondents and dates; the report prints only the count.
    List<ReconsiderationCase> applications = new ArrayList<>();
    for (int n = 1; n <= 45; n++) {
      applications.add(ReconsiderationCase.builder()
          .caseNumber("泾政复〔2024〕" + n + "号")
          .body(JINGYUAN)
          .respondent(AGENCIES.get(n % AGENCIES.size()))
          .receivedDate(LocalDate.of(2024, 1, 1).plusDays(n * 7L))
          .build());
    }

    assertThat(applications).hasSize(45);
    assertThat(applications).allMatch(c -> YEAR_2024.contains(c.receivedDate()));
    assertThat(applications.stream().map(ReconsiderationCase::caseNumber).distinct())
        .hasSize(45);
  }
}
