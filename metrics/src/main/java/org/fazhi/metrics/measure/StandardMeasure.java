package org.fazhi.metrics.measure;

import java.util.Optional;
import org.fazhi.core.checklist.ChecklistKind;
import org.fazhi.core.study.ExamKind;
import org.fazhi.core.study.StudyKind;
import org.fazhi.core.supervision.InspectionKind;
import org.fazhi.core.validation.ChineseTerm;

/**
 * The counts fazhi derives from {@code core} records (统计口径): what each counts, and by which
 * day a record falls into a reporting period. The engine's reckoning of each is documented here,
 * once; "the as-of day" is the day the state of affairs is reckoned on (by default the period's
 * last day).
 *
 * <p>A measure with a qualifier vocabulary can also be counted for one qualifier, such as the
 * findings of one kind of inspection ({@code finding.raised[ISSUE_REVIEW]}).
 */
public enum StandardMeasure implements ChineseTerm {
  /** Tasks due in the period, cancelled ones included (by due date). */
  TASKS_DUE("task.due", "到期任务", "tasks due", null),
  /** Tasks due in the period that were cancelled (by due date). */
  TASKS_CANCELLED("task.cancelled", "已取消任务", "tasks cancelled", null),
  /** Tasks due in the period completed by the as-of day (by due date). */
  TASKS_COMPLETED("task.completed", "已完成任务", "tasks completed", null),
  /** Tasks due in the period completed by their due date (by due date). */
  TASKS_COMPLETED_ON_TIME("task.completed_on_time", "按时完成任务", "tasks completed on time", null),
  /** Tasks due in the period, past due and not completed on the as-of day (by due date). */
  TASKS_OVERDUE("task.overdue", "逾期未完成任务", "tasks overdue", null),
  /** Supervision activities started in the period (by start date, per kind). */
  INSPECTIONS("inspection.held", "开展监督检查", "inspections held", InspectionKind.class),
  /** Rectification notices issued in the period (by issue date, to the unit notified). */
  NOTICES("notice.issued", "下发整改通知单", "rectification notices issued", null),
  /** Findings raised in the period (by date raised, per kind of inspection). */
  FINDINGS("finding.raised", "发现问题", "findings raised", InspectionKind.class),
  /** Findings raised in the period and rectified by the as-of day. */
  FINDINGS_RECTIFIED("finding.rectified", "已整改问题", "findings rectified", InspectionKind.class),
  /** Findings raised in the period and rectified by their due date and the as-of day. */
  FINDINGS_RECTIFIED_ON_TIME(
      "finding.rectified_on_time", "按期整改问题", "findings rectified on time",
      InspectionKind.class),
  /** Findings raised in the period under long-term rectification. */
  FINDINGS_LONG_TERM(
      "finding.long_term", "长期整改问题", "findings under long-term rectification",
      InspectionKind.class),
  /** Findings raised in the period, past due and not rectified on the as-of day. */
  FINDINGS_OVERDUE("finding.overdue", "逾期未整改问题", "findings overdue", InspectionKind.class),
  /** Normative documents whose legality review ended in the period (by review date). */
  DOCUMENTS_REVIEWED("document.reviewed", "审核规范性文件", "documents reviewed", null),
  /** Normative documents issued in the period, each of which must be filed (by issue date). */
  DOCUMENTS_ISSUED("document.issued", "制定发布规范性文件", "documents issued", null),
  /** Documents issued in the period and filed by the as-of day. */
  DOCUMENTS_FILED("document.filed", "报备规范性文件", "documents filed", null),
  /** Documents issued in the period and filed within the local time limit. */
  DOCUMENTS_FILED_ON_TIME(
      "document.filed_on_time", "按时报备规范性文件", "documents filed on time", null),
  /** Documents issued in the period, filed, and reviewed by the body filed with. */
  DOCUMENTS_FILING_REVIEWED(
      "document.filing_reviewed", "备案审查规范性文件", "filed documents reviewed", null),
  /** Documents issued in the period whose filing review found them conforming. */
  DOCUMENTS_CONFORMING("document.conforming", "审查规范的文件", "filed documents conforming", null),
  /** Reconsideration applications received in the period (by date received). */
  RECONSIDERATION_RECEIVED(
      "reconsideration.received", "收到行政复议申请", "reconsideration applications received", null),
  /** Applications received in the period and accepted by the as-of day. */
  RECONSIDERATION_ACCEPTED(
      "reconsideration.accepted", "受理行政复议案件", "reconsideration cases accepted", null),
  /** Applications received in the period and decided on the merits by the as-of day. */
  RECONSIDERATION_DECIDED_ON_MERITS(
      "reconsideration.decided_on_merits", "实体审理决定", "decided on the merits", null),
  /** Applications received in the period with a corrective decision by the as-of day. */
  RECONSIDERATION_CORRECTED(
      "reconsideration.corrected", "纠错决定", "corrective decisions", null),
  /** Lawsuits against agencies docketed in the period (by filing date, to the defendant). */
  LITIGATION_FILED("litigation.filed", "行政应诉案件", "lawsuits filed", null),
  /** Lawsuits heard in court in the period (by hearing date). */
  LITIGATION_HEARD("litigation.heard", "开庭审理案件", "lawsuits heard in court", null),
  /** Lawsuits heard in the period at which the agency's head appeared (by hearing date). */
  LITIGATION_HEAD_APPEARED(
      "litigation.head_appeared", "负责人出庭应诉案件", "hearings the agency head attended", null),
  /** Lawsuits concluded in the period (by conclusion date). */
  LITIGATION_CONCLUDED("litigation.concluded", "审结案件", "lawsuits concluded", null),
  /** Lawsuits concluded in the period with a judgment against the agency. */
  LITIGATION_LOST("litigation.lost", "败诉案件", "lawsuits lost", null),
  /** Disputes taken up for mediation in the period (by date received). */
  MEDIATION_CASES("mediation.cases", "调解矛盾纠纷", "disputes mediated", null),
  /** Disputes taken up in the period and resolved by the as-of day. */
  MEDIATION_RESOLVED("mediation.resolved", "化解矛盾纠纷", "disputes resolved", null),
  /** The amount in dispute of the disputes taken up in the period, in yuan. */
  MEDIATION_AMOUNT_YUAN("mediation.amount_yuan", "涉及金额", "amount in dispute", null),
  /** Legal-aid cases accepted in the period (by acceptance date). */
  LEGAL_AID_CASES("legal_aid.cases", "法律援助案件", "legal-aid cases", null),
  /** The economic losses recovered by the legal-aid cases of the period, in yuan. */
  LEGAL_AID_RECOVERED_YUAN(
      "legal_aid.recovered_yuan", "挽回经济损失", "losses recovered", null),
  /** Study sessions held in the period (by date, per kind). */
  STUDY_SESSIONS("study.sessions", "学法次数", "study sessions", StudyKind.class),
  /** The attendances expected at the sessions of the period (应到人次). */
  STUDY_EXPECTED("study.expected", "应参学人次", "attendances expected", StudyKind.class),
  /** The attendances at the sessions of the period (实到人次). */
  STUDY_ATTENDED("study.attended", "实参学人次", "attendances", StudyKind.class),
  /** Examinations held in the period (by date, per kind). */
  EXAMS("exam.held", "考试场次", "examinations held", ExamKind.class),
  /** Candidates who sat the examinations of the period. */
  EXAM_SAT("exam.sat", "参考人数", "candidates who sat", ExamKind.class),
  /** Candidates who passed the examinations of the period. */
  EXAM_PASSED("exam.passed", "合格人数", "candidates who passed", ExamKind.class),
  /**
   * Annual reports whose publication deadline (1 April of the following year) falls in the
   * period: the reports on 2023 count in 2024.
   */
  REPORTS_DUE("report.due", "应公开年度报告", "annual reports due", null),
  /** Annual reports due in the period and published by the as-of day. */
  REPORTS_PUBLISHED("report.published", "已公开年度报告", "annual reports published", null),
  /** Annual reports due in the period and published by their deadline. */
  REPORTS_PUBLISHED_ON_TIME(
      "report.published_on_time", "按时公开年度报告", "annual reports published on time", null),
  /**
   * Items of the checklists in force on the as-of day (the latest version of each checklist
   * taking effect by then), counted to the owning agency, per kind of checklist.
   */
  CHECKLIST_ITEMS("checklist.items", "清单事项", "checklist items", ChecklistKind.class),
  /** Items in force and published by the as-of day. */
  CHECKLIST_ITEMS_PUBLISHED(
      "checklist.published", "已公布事项", "items published", ChecklistKind.class),
  /** Items in force and delegated to a township, not recalled, on the as-of day. */
  CHECKLIST_ITEMS_DELEGATED(
      "checklist.delegated", "下放乡镇事项", "items delegated to townships", ChecklistKind.class),
  /** Items in force that can be handled wholly online (“一网通办”). */
  CHECKLIST_ITEMS_ONLINE(
      "checklist.online", "“一网通办”事项", "items handled online", ChecklistKind.class),
  /** Items in force that can be handled from another province (“跨省通办”). */
  CHECKLIST_ITEMS_CROSS_PROVINCE(
      "checklist.cross_province", "“跨省通办”事项", "items handled across provinces",
      ChecklistKind.class);

  private final String code;
  private final String chinese;
  private final String english;
  private final Class<? extends Enum<?>> qualifierType;

  StandardMeasure(
      String code, String chinese, String english, Class<? extends Enum<?>> qualifierType) {
    this.code = code;
    this.chinese = chinese;
    this.english = english;
    this.qualifierType = qualifierType;
  }

  /**
   * Returns the measure's code, as used in catalogs and data files.
   *
   * @return the code, such as {@code "mediation.resolved"}; not null
   */
  public String code() {
    return code;
  }

  @Override
  public String chinese() {
    return chinese;
  }

  /**
   * Returns the measure's name in English.
   *
   * @return the name, such as {@code "disputes resolved"}; not null
   */
  public String english() {
    return english;
  }

  /**
   * Returns the family of records the measure is counted from: the part of its code before the
   * first dot, such as {@code finding} for {@code finding.rectified}. Records of a family, given
   * for a unit and period, make every measure of the family known there (with the same
   * qualifier), so that an unresolved case tells a known zero of resolved cases.
   *
   * @return the family, such as {@code "mediation"}; not null
   */
  public String family() {
    return code.substring(0, code.indexOf('.'));
  }

  /**
   * Returns the vocabulary whose constants can qualify the measure, such as the kinds of
   * inspection for findings.
   *
   * @return the qualifier type, or empty if the measure is not qualified
   */
  public Optional<Class<? extends Enum<?>>> qualifierType() {
    return Optional.ofNullable(qualifierType);
  }
}
