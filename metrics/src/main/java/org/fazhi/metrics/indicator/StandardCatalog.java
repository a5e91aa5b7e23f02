package org.fazhi.metrics.indicator;

import static org.fazhi.metrics.indicator.Formula.changeOf;
import static org.fazhi.metrics.indicator.Formula.proportion;
import static org.fazhi.metrics.indicator.Formula.total;

import java.math.BigDecimal;
import org.fazhi.core.checklist.ChecklistKind;
import org.fazhi.core.study.ExamKind;
import org.fazhi.core.study.StudyKind;
import org.fazhi.core.supervision.InspectionKind;
import org.fazhi.core.validation.ChineseTerm;
import org.fazhi.metrics.exact.ChangeKind;
import org.fazhi.metrics.exact.Comparison;
import org.fazhi.metrics.exact.RoundingPolicy;
import org.fazhi.metrics.measure.Measure;
import org.fazhi.metrics.measure.StandardMeasure;

/**
 * The standard catalog fazhi ships, version {@value #VERSION}: every rate of the glossary of
 * rule-of-law government construction and every figure of the 泾源县 2024 report that records
 * can produce.
 *
 * <p>Targets are those the rates are commonly held to (100% for publication, filing, timeliness,
 * conformance, attendance and rectification). No assessment scale is shipped: scales differ by
 * province and year, so a catalog that needs one extends this one.
 */
public final class StandardCatalog {

  /** The identifier of the standard catalog. */
  public static final String ID = "fazhi-standard";

  /** The version of the standard catalog. */
  public static final String VERSION = "2024.1";

  private static final Catalog CATALOG = build();

  private StandardCatalog() {}

  /**
   * Returns the standard catalog.
   *
   * @return the catalog, version {@value #VERSION}; not null
   */
  public static Catalog catalog() {
    return CATALOG;
  }

  private static Catalog build() {
    Target full = Target.atLeast(BigDecimal.valueOf(100));
    return Catalog.builder()
        .id(ID)
        .version(VERSION)
        .addIndicators(
            rate("REPORT-PUBLISHED", "法治政府建设年度报告公布率", "annual report publication rate",
                proportion(m(StandardMeasure.REPORTS_PUBLISHED), m(StandardMeasure.REPORTS_DUE)),
                "已公开的年度报告 / 应公开的年度报告；公开期限为次年4月1日，上一年度的报告计入本年度")
                .target(full).build(),
            rate("REPORT-ON-TIME", "法治政府建设年度报告按时公开率", "annual reports published on time",
                proportion(m(StandardMeasure.REPORTS_PUBLISHED_ON_TIME),
                    m(StandardMeasure.REPORTS_DUE)),
                "4月1日前公开的年度报告 / 应公开的年度报告")
                .build(),
            rate("CHECKLIST-PUBLISHED", "清单公布率", "checklist publication rate",
                proportion(m(StandardMeasure.CHECKLIST_ITEMS_PUBLISHED),
                    m(StandardMeasure.CHECKLIST_ITEMS)),
                "已公布的清单事项 / 现行清单事项（各类清单合计）")
                .target(full).build(),
            rate("DOC-FILING", "行政规范性文件报备率", "normative document filing rate",
                proportion(m(StandardMeasure.DOCUMENTS_FILED), m(StandardMeasure.DOCUMENTS_ISSUED)),
                "已报备文件 / 本期制定发布的文件（有件必备）")
                .target(full).build(),
            rate("DOC-TIMELY", "行政规范性文件报备及时率", "timely filing rate",
                proportion(m(StandardMeasure.DOCUMENTS_FILED_ON_TIME),
                    m(StandardMeasure.DOCUMENTS_FILED)),
                "在报备时限内报备的文件 / 已报备文件；时限为地方规定，自公布之日起计算")
                .target(full).build(),
            rate("DOC-CONFORMING", "行政规范性文件规范率", "filed document conformance rate",
                proportion(m(StandardMeasure.DOCUMENTS_CONFORMING),
                    m(StandardMeasure.DOCUMENTS_FILING_REVIEWED)),
                "备案审查认定符合规定的文件 / 已备案审查的文件")
                .target(full).build(),
            rate("LIT-HEAD-APPEARANCE", "行政机关负责人出庭应诉率", "agency-head court attendance rate",
                proportion(m(StandardMeasure.LITIGATION_HEAD_APPEARED),
                    m(StandardMeasure.LITIGATION_HEARD)),
                "负责人出庭应诉的开庭案件 / 开庭审理的行政诉讼案件；未开庭的案件不计入")
                .target(full).build(),
            rate("MED-RESOLUTION", "矛盾纠纷化解率", "dispute resolution rate",
                proportion(m(StandardMeasure.MEDIATION_RESOLVED), m(StandardMeasure.MEDIATION_CASES)),
                "调解成功的矛盾纠纷 / 受理调解的矛盾纠纷")
                .build(),
            rate("RECT-COMPLETION", "整改完成率", "rectification completion rate",
                proportion(m(StandardMeasure.FINDINGS_RECTIFIED), m(StandardMeasure.FINDINGS))
                    .excepting(m(StandardMeasure.FINDINGS_LONG_TERM)),
                "已整改的问题 / 发现的问题；长期整改的问题作为例外从分母中剔除")
                .target(full).build(),
            rate("RECT-ON-TIME", "按期整改率", "on-time rectification rate",
                proportion(m(StandardMeasure.FINDINGS_RECTIFIED_ON_TIME), m(StandardMeasure.FINDINGS))
                    .excepting(m(StandardMeasure.FINDINGS_LONG_TERM)),
                "在整改时限内整改的问题 / 发现的问题；长期整改的问题作为例外剔除")
                .build(),
            rate("TASK-COMPLETION", "任务完成率", "task completion rate",
                proportion(m(StandardMeasure.TASKS_COMPLETED), m(StandardMeasure.TASKS_DUE))
                    .excluding(m(StandardMeasure.TASKS_CANCELLED)),
                "已完成的任务 / 本期到期的任务；已取消的任务排除在外")
                .target(full).build(),
            rate("TASK-ON-TIME", "任务按时完成率", "on-time task completion rate",
                proportion(m(StandardMeasure.TASKS_COMPLETED_ON_TIME), m(StandardMeasure.TASKS_DUE))
                    .excluding(m(StandardMeasure.TASKS_CANCELLED)),
                "在完成时限内完成的任务 / 本期到期的任务；已取消的任务排除在外")
                .build(),
            rate("EXAM-PASS", "考试合格率", "examination pass rate",
                proportion(m(StandardMeasure.EXAM_PASSED), m(StandardMeasure.EXAM_SAT)),
                "考试合格人数 / 参加考试人数")
                .build(),
            rate("STUDY-ATTENDANCE", "参学率", "study attendance rate",
                proportion(m(StandardMeasure.STUDY_ATTENDED), m(StandardMeasure.STUDY_EXPECTED)),
                "实到人次 / 应到人次")
                .build(),
            rate("SERVICE-ONLINE", "“一网通办”事项占比", "share of services handled online",
                proportion(m(StandardMeasure.CHECKLIST_ITEMS_ONLINE, ChecklistKind.GOVERNMENT_SERVICES),
                    m(StandardMeasure.CHECKLIST_ITEMS, ChecklistKind.GOVERNMENT_SERVICES)),
                "可“一网通办”的政务服务事项 / 政务服务事项清单事项")
                .build(),
            rate("RECON-CORRECTION", "行政复议纠错率", "reconsideration correction rate",
                Polarity.NEUTRAL,
                proportion(m(StandardMeasure.RECONSIDERATION_CORRECTED),
                    m(StandardMeasure.RECONSIDERATION_DECIDED_ON_MERITS)),
                "撤销、变更、确认违法、责令履行的决定 / 作出实体决定的案件；调解和解、终止、驳回申请不计入")
                .build(),
            rate("LIT-LOSS", "行政诉讼败诉率", "litigation loss rate",
                Polarity.LOWER_IS_BETTER,
                proportion(m(StandardMeasure.LITIGATION_LOST), m(StandardMeasure.LITIGATION_CONCLUDED)),
                "判决行政机关败诉的案件 / 审结的案件（含撤诉、驳回起诉、调解结案）")
                .build(),
            count("RECON-RECEIVED", "收到行政复议申请", "reconsideration applications received",
                m(StandardMeasure.RECONSIDERATION_RECEIVED), IndicatorUnit.CASES),
            Indicator.builder()
                .code("RECON-RECEIVED-YOY")
                .chineseName("行政复议申请同比增长")
                .englishName("year-on-year growth of reconsideration applications")
                .formula(changeOf("RECON-RECEIVED", ChangeKind.RELATIVE, Comparison.YEAR_ON_YEAR))
                .unit(IndicatorUnit.PERCENT)
                .polarity(Polarity.NEUTRAL)
                .caliber("(本期申请数 − 上年同期申请数) / 上年同期申请数；上年同期为零时无定义")
                .rounding(RoundingPolicy.halfUp(1))
                .build(),
            count("STUDY-PRE-MEETING", "会前学法", "study before meetings",
                m(StandardMeasure.STUDY_SESSIONS, StudyKind.PRE_MEETING), IndicatorUnit.TIMES),
            count("STUDY-CENTRAL-GROUP", "理论学习中心组学法", "central group study",
                m(StandardMeasure.STUDY_SESSIONS, StudyKind.CENTRAL_GROUP), IndicatorUnit.TIMES),
            count("STUDY-LECTURES", "法治专题讲座", "law lectures",
                m(StandardMeasure.STUDY_SESSIONS, StudyKind.LECTURE), IndicatorUnit.SESSIONS),
            count("TRAINING-ATTENDANCE", "培训人次", "training attendances",
                m(StandardMeasure.STUDY_ATTENDED, StudyKind.TRAINING), IndicatorUnit.PERSON_TIMES),
            count("EXAM-PRE-APPOINTMENT", "任前考法", "pre-appointment law examinations",
                m(StandardMeasure.EXAMS, ExamKind.PRE_APPOINTMENT), IndicatorUnit.TIMES),
            count("EXAM-SAT", "参加考试人数", "candidates who sat", m(StandardMeasure.EXAM_SAT),
                IndicatorUnit.PERSONS),
            count("EXAM-PASSED", "考试合格人数", "candidates who passed",
                m(StandardMeasure.EXAM_PASSED), IndicatorUnit.PERSONS),
            count("TASKS", "任务清单任务数", "tasks on task lists", m(StandardMeasure.TASKS_DUE),
                IndicatorUnit.ITEMS),
            count("INSPECTIONS", "法治督察", "rule-of-law inspections",
                m(StandardMeasure.INSPECTIONS, InspectionKind.RULE_OF_LAW_INSPECTION),
                IndicatorUnit.TIMES),
            count("NOTICES", "下发整改通知单", "rectification notices", m(StandardMeasure.NOTICES),
                IndicatorUnit.COPIES),
            count("FINDINGS-INSPECTION", "督察发现问题", "findings of inspections",
                m(StandardMeasure.FINDINGS, InspectionKind.RULE_OF_LAW_INSPECTION),
                IndicatorUnit.ENTRIES),
            count("CASE-FILE-REVIEWS", "案卷评查", "case-file reviews",
                m(StandardMeasure.INSPECTIONS, InspectionKind.CASE_FILE_REVIEW), IndicatorUnit.ROUNDS),
            count("FINDINGS-CASE-FILE", "案卷评查发现问题", "findings of case-file reviews",
                m(StandardMeasure.FINDINGS, InspectionKind.CASE_FILE_REVIEW), IndicatorUnit.ENTRIES),
            count("FINDINGS-ISSUE-REVIEW", "执法突出问题", "problems sorted out",
                m(StandardMeasure.FINDINGS, InspectionKind.ISSUE_REVIEW), IndicatorUnit.ENTRIES),
            count("CHECKLIST-POWERS", "权责清单事项", "items of powers and responsibilities",
                m(StandardMeasure.CHECKLIST_ITEMS, ChecklistKind.POWERS_AND_RESPONSIBILITIES),
                IndicatorUnit.ITEMS),
            count("CHECKLIST-ENFORCEMENT", "行政执法事项清单事项", "law-enforcement matters",
                m(StandardMeasure.CHECKLIST_ITEMS, ChecklistKind.ENFORCEMENT_MATTERS),
                IndicatorUnit.ITEMS),
            count("CHECKLIST-DELEGATED", "下放乡镇的执法事项", "enforcement matters delegated to townships",
                m(StandardMeasure.CHECKLIST_ITEMS_DELEGATED, ChecklistKind.ENFORCEMENT_MATTERS),
                IndicatorUnit.ITEMS),
            count("SERVICE-CROSS-PROVINCE", "“跨省通办”事项", "services handled across provinces",
                m(StandardMeasure.CHECKLIST_ITEMS_CROSS_PROVINCE, ChecklistKind.GOVERNMENT_SERVICES),
                IndicatorUnit.ITEMS),
            count("DOC-REVIEWED", "审查行政规范性文件", "normative documents reviewed",
                m(StandardMeasure.DOCUMENTS_REVIEWED), IndicatorUnit.CASES),
            count("DOC-ISSUED", "制定发布行政规范性文件", "normative documents issued",
                m(StandardMeasure.DOCUMENTS_ISSUED), IndicatorUnit.CASES),
            count("MED-CASES", "调解矛盾纠纷", "disputes mediated", m(StandardMeasure.MEDIATION_CASES),
                IndicatorUnit.CASES),
            count("MED-AMOUNT", "调解涉及金额", "amount in dispute",
                m(StandardMeasure.MEDIATION_AMOUNT_YUAN), IndicatorUnit.TEN_THOUSAND_YUAN),
            count("LEGAL-AID-CASES", "法律援助案件", "legal-aid cases",
                m(StandardMeasure.LEGAL_AID_CASES), IndicatorUnit.CASES),
            count("LEGAL-AID-RECOVERED", "法律援助挽回经济损失", "losses recovered by legal aid",
                m(StandardMeasure.LEGAL_AID_RECOVERED_YUAN), IndicatorUnit.TEN_THOUSAND_YUAN))
        .build();
  }

  private static Measure m(StandardMeasure measure) {
    return Measure.of(measure);
  }

  private static <E extends Enum<E> & ChineseTerm> Measure m(
      StandardMeasure measure, E qualifier) {
    return Measure.of(measure, qualifier);
  }

  private static Indicator.Builder rate(
      String code, String chinese, String english, Formula formula, String caliber) {
    return rate(code, chinese, english, Polarity.HIGHER_IS_BETTER, formula, caliber);
  }

  private static Indicator.Builder rate(
      String code, String chinese, String english, Polarity polarity, Formula formula,
      String caliber) {
    return Indicator.builder()
        .code(code)
        .chineseName(chinese)
        .englishName(english)
        .formula(formula)
        .unit(IndicatorUnit.PERCENT)
        .polarity(polarity)
        .caliber(caliber);
  }

  private static Indicator count(
      String code, String chinese, String english, Measure measure, IndicatorUnit unit) {
    return Indicator.builder()
        .code(code)
        .chineseName(chinese)
        .englishName(english)
        .formula(total(measure))
        .unit(unit)
        .polarity(Polarity.NEUTRAL)
        .rounding(RoundingPolicy.halfUp(unit == IndicatorUnit.TEN_THOUSAND_YUAN ? 2 : 0))
        .build();
  }
}
