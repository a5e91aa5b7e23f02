package org.fazhi.benchmarks.dashboard;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.benchmarks.province.ProvinceRecords;
import org.fazhi.benchmarks.province.SyntheticProvince;
import org.fazhi.core.cases.LitigationCase;
import org.fazhi.core.cases.LitigationOutcome;
import org.fazhi.core.cases.MediationCase;
import org.fazhi.core.cases.ReconsiderationCase;
import org.fazhi.core.cases.ReconsiderationDecision;
import org.fazhi.core.document.FilingTimeLimit;
import org.fazhi.core.document.NormativeDocument;
import org.fazhi.core.document.ReviewOutcome;
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
import org.fazhi.metrics.exact.ChangeKind;
import org.fazhi.metrics.indicator.Catalog;
import org.fazhi.metrics.indicator.Formula;
import org.fazhi.metrics.indicator.Indicator;
import org.fazhi.metrics.indicator.IndicatorKind;
import org.fazhi.metrics.indicator.IndicatorUnit;
import org.fazhi.metrics.measure.Measure;
import org.fazhi.metrics.measure.StandardMeasure;

/**
 * The practical floor: the job written by hand for this province and this catalog. Everything
 * that can be decided before the evaluation is decided while preparing the input: each record
 * becomes a unit index, the year each of its counts falls in (by the standard caliber: as of the
 * last day of the year) and 0/1 flags. The evaluation is then one pass over primitive arrays that
 * adds the flags into a {@code long[]} of counters per year and unit, a roll-up that adds each
 * unit's counters into its parent's, and a read-out of every indicator and change.
 *
 * <p>Only the counters the catalog reads are kept, overflow is not checked, and nothing is known
 * about a record but what this catalog needs: it is the floor, not a library. This class is
 * immutable after preparation and thread-safe.
 */
public final class Baseline {

  // Counters per year and unit.
  static final int TASKS_DUE = 0;
  static final int TASKS_CANCELLED = 1;
  static final int TASKS_COMPLETED = 2;
  static final int TASKS_ON_TIME = 3;
  static final int FINDINGS = 4;
  static final int FINDINGS_RECTIFIED = 5;
  static final int FINDINGS_ON_TIME = 6;
  static final int FINDINGS_LONG_TERM = 7;
  /** Findings of an inspection kind: FINDINGS_OF + position in {@link #KINDS}. */
  static final int FINDINGS_OF = 8;
  /** Inspections of the first two kinds of {@link #KINDS}: INSPECTIONS_OF + position. */
  static final int INSPECTIONS_OF = 11;
  static final int NOTICES = 13;
  static final int DOC_REVIEWED = 14;
  static final int DOC_ISSUED = 15;
  static final int DOC_FILED = 16;
  static final int DOC_ON_TIME = 17;
  static final int DOC_FILING_REVIEWED = 18;
  static final int DOC_CONFORMING = 19;
  static final int LIT_HEARD = 20;
  static final int LIT_HEAD_APPEARED = 21;
  static final int LIT_CONCLUDED = 22;
  static final int LIT_LOST = 23;
  static final int MED_CASES = 24;
  static final int MED_RESOLVED = 25;
  static final int MED_AMOUNT = 26;
  static final int RECON_RECEIVED = 27;
  static final int RECON_MERITS = 28;
  static final int RECON_CORRECTED = 29;
  /** Never added to: the measures of records this province does not keep. */
  static final int ZERO = 30;
  /** Added to, never read: counts the catalog does not need, such as issue-review inspections. */
  static final int UNUSED = 31;
  static final int SLOTS = 32;

  static final InspectionKind[] KINDS = {
    InspectionKind.RULE_OF_LAW_INSPECTION, InspectionKind.CASE_FILE_REVIEW,
    InspectionKind.ISSUE_REVIEW,
  };

  private static final byte NONE = -1;

  private final int units;
  private final int[] parentOf;
  // Per indicator: how to read it off the counters.
  private final int[] numeratorSlot;
  private final int[] denominatorSlot;
  private final int[] exclusionSlot;
  private final int[] exceptionSlot;
  /** 0: a rate (change in points); 1: a total (relative change); 2: a relative change of [base]. */
  private final byte[] shape;
  private final int[] changeOf;

  private final int[] medUnit;
  private final byte[] medYear;
  private final byte[] medResolved;
  private final long[] medAmount;
  private final int[] litUnit;
  private final byte[] litHeardYear;
  private final byte[] litHeadAppeared;
  private final byte[] litConcludedYear;
  private final byte[] litLost;
  private final int[] reconUnit;
  private final byte[] reconYear;
  private final byte[] reconMerits;
  private final byte[] reconCorrected;
  private final int[] findingUnit;
  private final byte[] findingYear;
  private final byte[] findingKindSlot;
  private final byte[] findingRectified;
  private final byte[] findingOnTime;
  private final byte[] findingLongTerm;
  private final int[] inspectionUnit;
  private final byte[] inspectionYear;
  private final byte[] inspectionSlot;
  private final int[] noticeUnit;
  private final byte[] noticeYear;
  private final int[] taskUnit;
  private final byte[] taskYear;
  private final byte[] taskCancelled;
  private final byte[] taskCompleted;
  private final byte[] taskOnTime;
  private final int[] docUnit;
  private final byte[] docReviewedYear;
  private final byte[] docIssuedYear;
  private final byte[] docFiled;
  private final byte[] docOnTime;
  private final byte[] docFilingReviewed;
  private final byte[] docConforming;

  private Baseline(ProvinceRecords records, Catalog catalog) {
    ImmutableList<OrgUnit> list = records.hierarchy().units();
    units = list.size();
    Map<UnitCode, Integer> index = new HashMap<>();
    for (int i = 0; i < units; i++) {
      index.put(list.get(i).code(), i);
    }
    parentOf = new int[units];
    for (int i = 0; i < units; i++) {
      parentOf[i] = list.get(i).parent().map(index::get).orElse(-1);
    }

    List<Indicator> indicators = catalog.indicators();
    int k = indicators.size();
    numeratorSlot = new int[k];
    denominatorSlot = new int[k];
    exclusionSlot = new int[k];
    exceptionSlot = new int[k];
    shape = new byte[k];
    changeOf = new int[k];
    for (int i = 0; i < k; i++) {
      Formula formula = indicators.get(i).formula();
      exclusionSlot[i] = ZERO;
      exceptionSlot[i] = ZERO;
      denominatorSlot[i] = ZERO;
      if (formula instanceof Formula.Proportion f) {
        numeratorSlot[i] = slotOf(f.numerator());
        denominatorSlot[i] = slotOf(f.denominator());
        exclusionSlot[i] = f.exclusions().map(Baseline::slotOf).orElse(ZERO);
        exceptionSlot[i] = f.exceptions().map(Baseline::slotOf).orElse(ZERO);
      } else if (formula instanceof Formula.Ratio f) {
        numeratorSlot[i] = slotOf(f.numerator());
        denominatorSlot[i] = slotOf(f.denominator());
      } else if (formula instanceof Formula.Total f) {
        numeratorSlot[i] = slotOf(f.measure());
        shape[i] = 1;
      } else {
        Formula.ChangeOf f = (Formula.ChangeOf) formula;
        if (f.kind() != ChangeKind.RELATIVE
            || catalog.indicator(f.indicatorCode()).kind() == IndicatorKind.PROPORTION) {
          throw new IllegalArgumentException("the baseline knows relative changes of totals only");
        }
        Formula.Total of = (Formula.Total) catalog.indicator(f.indicatorCode()).formula();
        numeratorSlot[i] = slotOf(of.measure());
        shape[i] = 2;
      }
      if (shape[i] == 0 && indicators.get(i).unit() != IndicatorUnit.PERCENT) {
        throw new IllegalArgumentException("the baseline knows rates in percent only");
      }
    }

    int current = SyntheticProvince.CURRENT_YEAR;
    FilingTimeLimit limit = FilingTimeLimit.calendarDays(30);

    List<MediationCase> mediation = records.mediation();
    int n = mediation.size();
    medUnit = new int[n];
    medYear = new byte[n];
    medResolved = new byte[n];
    medAmount = new long[n];
    for (int i = 0; i < n; i++) {
      MediationCase c = mediation.get(i);
      medUnit[i] = index.get(c.unit());
      medYear[i] = yearOf(c.receivedDate(), current);
      medResolved[i] = flag(c.isResolved() && byYearEnd(c.concludedDate(), c.receivedDate()));
      medAmount[i] = c.amountInvolvedYuan();
    }

    List<LitigationCase> litigation = records.litigation();
    n = litigation.size();
    litUnit = new int[n];
    litHeardYear = new byte[n];
    litHeadAppeared = new byte[n];
    litConcludedYear = new byte[n];
    litLost = new byte[n];
    for (int i = 0; i < n; i++) {
      LitigationCase c = litigation.get(i);
      litUnit[i] = index.get(c.defendant());
      litHeardYear[i] = c.hearingDate().map(d -> yearOf(d, current)).orElse(NONE);
      litHeadAppeared[i] = flag(c.headAppeared());
      litConcludedYear[i] = c.concludedDate().map(d -> yearOf(d, current)).orElse(NONE);
      litLost[i] = flag(c.outcome().filter(LitigationOutcome::isLoss).isPresent());
    }

    List<ReconsiderationCase> reconsideration = records.reconsideration();
    n = reconsideration.size();
    reconUnit = new int[n];
    reconYear = new byte[n];
    reconMerits = new byte[n];
    reconCorrected = new byte[n];
    for (int i = 0; i < n; i++) {
      ReconsiderationCase c = reconsideration.get(i);
      reconUnit[i] = index.get(c.body());
      reconYear[i] = yearOf(c.receivedDate(), current);
      boolean decided = byYearEnd(c.decidedDate(), c.receivedDate());
      ReconsiderationDecision decision = c.decision().orElse(null);
      reconMerits[i] = flag(decided && decision.isOnTheMerits());
      reconCorrected[i] = flag(decided && decision.isOnTheMerits() && decision.isCorrective());
    }

    int findingCount = 0;
    int inspectionCount = 0;
    int noticeCount = 0;
    for (RectificationLedger ledger : records.rectification()) {
      findingCount += ledger.findings().size();
      inspectionCount += ledger.inspections().size();
      noticeCount += ledger.notices().size();
    }
    findingUnit = new int[findingCount];
    findingYear = new byte[findingCount];
    findingKindSlot = new byte[findingCount];
    findingRectified = new byte[findingCount];
    findingOnTime = new byte[findingCount];
    findingLongTerm = new byte[findingCount];
    inspectionUnit = new int[inspectionCount];
    inspectionYear = new byte[inspectionCount];
    inspectionSlot = new byte[inspectionCount];
    noticeUnit = new int[noticeCount];
    noticeYear = new byte[noticeCount];
    int f = 0;
    int s = 0;
    int m = 0;
    for (RectificationLedger ledger : records.rectification()) {
      for (Inspection inspection : ledger.inspections()) {
        inspectionUnit[s] = index.get(inspection.organizer());
        inspectionYear[s] = yearOf(inspection.startDate(), current);
        int kind = kindPosition(inspection.kind());
        inspectionSlot[s++] = (byte) (kind >= 2 ? UNUSED : INSPECTIONS_OF + kind);
      }
      for (RectificationNotice notice : ledger.notices()) {
        noticeUnit[m] = index.get(notice.issuedTo());
        noticeYear[m++] = yearOf(notice.issuedDate(), current);
      }
      for (Finding finding : ledger.findings()) {
        InspectionKind kind = ledger.inspection(finding.inspectionId()).orElseThrow().kind();
        findingUnit[f] = index.get(finding.unit());
        findingYear[f] = yearOf(finding.raisedDate(), current);
        int position = kindPosition(kind);
        if (position >= KINDS.length) {
          throw new IllegalArgumentException("the baseline does not count findings of " + kind);
        }
        findingKindSlot[f] = (byte) (FINDINGS_OF + position);
        boolean rectified = byYearEnd(finding.rectifiedDate(), finding.raisedDate());
        findingRectified[f] = flag(rectified);
        findingOnTime[f] = flag(rectified && finding.isRectifiedOnTime());
        findingLongTerm[f++] = flag(finding.status() == FindingStatus.LONG_TERM);
      }
    }

    List<Task> tasks = records.tasks();
    n = tasks.size();
    taskUnit = new int[n];
    taskYear = new byte[n];
    taskCancelled = new byte[n];
    taskCompleted = new byte[n];
    taskOnTime = new byte[n];
    for (int i = 0; i < n; i++) {
      Task t = tasks.get(i);
      taskUnit[i] = index.get(t.leadUnit());
      taskYear[i] = yearOf(t.dueDate(), current);
      boolean cancelled = t.status() == TaskStatus.CANCELLED;
      boolean completed = !cancelled && byYearEnd(t.completionDate(), t.dueDate());
      taskCancelled[i] = flag(cancelled);
      taskCompleted[i] = flag(completed);
      taskOnTime[i] = flag(completed && t.isCompletedOnTime());
    }

    List<NormativeDocument> documents = records.documents();
    n = documents.size();
    docUnit = new int[n];
    docReviewedYear = new byte[n];
    docIssuedYear = new byte[n];
    docFiled = new byte[n];
    docOnTime = new byte[n];
    docFilingReviewed = new byte[n];
    docConforming = new byte[n];
    for (int i = 0; i < n; i++) {
      NormativeDocument d = documents.get(i);
      docUnit[i] = index.get(d.issuer());
      docReviewedYear[i] = d.legalityReviewedDate().map(x -> yearOf(x, current)).orElse(NONE);
      docIssuedYear[i] = d.issuedDate().map(x -> yearOf(x, current)).orElse(NONE);
      boolean filed = d.isIssued() && byYearEnd(d.filedDate(), d.issuedDate().get());
      docFiled[i] = flag(filed);
      docOnTime[i] = flag(filed && d.isFiledWithin(limit));
      docFilingReviewed[i] = flag(filed && d.filingReview().isPresent());
      docConforming[i] =
          flag(filed && d.filingReview().equals(Optional.of(ReviewOutcome.CONFORMING)));
    }
  }

  /**
   * Prepares the input of the baseline: the records as primitive arrays.
   *
   * @param records the records; not null
   * @param catalog the catalog: the standard one, or one with the same kinds of indicator; not
   *     null
   * @return the prepared baseline
   * @throws IllegalArgumentException if the catalog has indicators the baseline does not know
   */
  public static Baseline prepare(ProvinceRecords records, Catalog catalog) {
    return new Baseline(requireNonNull(records, "records"), requireNonNull(catalog, "catalog"));
  }

  private static byte flag(boolean value) {
    return value ? (byte) 1 : (byte) 0;
  }

  /** Dashboard.CURRENT, Dashboard.BASE, or NONE for a day in neither year. */
  private static byte yearOf(LocalDate day, int current) {
    int year = day.getYear();
    return year == current ? (byte) Dashboard.CURRENT
        : year == current - 1 ? (byte) Dashboard.BASE : NONE;
  }

  /** Whether a step was taken by the end of the year of the day that places the record. */
  private static boolean byYearEnd(Optional<LocalDate> step, LocalDate placing) {
    return step.isPresent() && step.get().getYear() <= placing.getYear();
  }

  private static int kindPosition(InspectionKind kind) {
    for (int i = 0; i < KINDS.length; i++) {
      if (KINDS[i] == kind) {
        return i;
      }
    }
    return KINDS.length;
  }

  /** The counter of a measure; {@link #ZERO} for measures of records this province lacks. */
  private static int slotOf(Measure measure) {
    StandardMeasure standard = measure.standard().orElseThrow();
    boolean total = measure.qualifierOrdinal().isEmpty();
    int kind = measure.qualifierOrdinal().orElse(-1);
    switch (standard) {
      case TASKS_DUE: return TASKS_DUE;
      case TASKS_CANCELLED: return TASKS_CANCELLED;
      case TASKS_COMPLETED: return TASKS_COMPLETED;
      case TASKS_COMPLETED_ON_TIME: return TASKS_ON_TIME;
      case FINDINGS:
        return total ? FINDINGS : FINDINGS_OF + kindPosition(InspectionKind.values()[kind]);
      case FINDINGS_RECTIFIED: return requireTotal(total, FINDINGS_RECTIFIED);
      case FINDINGS_RECTIFIED_ON_TIME: return requireTotal(total, FINDINGS_ON_TIME);
      case FINDINGS_LONG_TERM: return requireTotal(total, FINDINGS_LONG_TERM);
      case INSPECTIONS:
        return INSPECTIONS_OF + requireKnownKind(kindPosition(InspectionKind.values()[kind]));
      case NOTICES: return NOTICES;
      case DOCUMENTS_REVIEWED: return DOC_REVIEWED;
      case DOCUMENTS_ISSUED: return DOC_ISSUED;
      case DOCUMENTS_FILED: return DOC_FILED;
      case DOCUMENTS_FILED_ON_TIME: return DOC_ON_TIME;
      case DOCUMENTS_FILING_REVIEWED: return DOC_FILING_REVIEWED;
      case DOCUMENTS_CONFORMING: return DOC_CONFORMING;
      case LITIGATION_HEARD: return LIT_HEARD;
      case LITIGATION_HEAD_APPEARED: return LIT_HEAD_APPEARED;
      case LITIGATION_CONCLUDED: return LIT_CONCLUDED;
      case LITIGATION_LOST: return LIT_LOST;
      case MEDIATION_CASES: return MED_CASES;
      case MEDIATION_RESOLVED: return MED_RESOLVED;
      case MEDIATION_AMOUNT_YUAN: return MED_AMOUNT;
      case RECONSIDERATION_RECEIVED: return RECON_RECEIVED;
      case RECONSIDERATION_DECIDED_ON_MERITS: return RECON_MERITS;
      case RECONSIDERATION_CORRECTED: return RECON_CORRECTED;
      case REPORTS_DUE: case REPORTS_PUBLISHED: case REPORTS_PUBLISHED_ON_TIME:
      case CHECKLIST_ITEMS: case CHECKLIST_ITEMS_PUBLISHED: case CHECKLIST_ITEMS_DELEGATED:
      case CHECKLIST_ITEMS_ONLINE: case CHECKLIST_ITEMS_CROSS_PROVINCE:
      case STUDY_SESSIONS: case STUDY_EXPECTED: case STUDY_ATTENDED:
      case EXAMS: case EXAM_SAT: case EXAM_PASSED:
      case LEGAL_AID_CASES: case LEGAL_AID_RECOVERED_YUAN:
        return ZERO;
      default:
        throw new IllegalArgumentException("the baseline does not count " + measure);
    }
  }

  private static int requireTotal(boolean total, int slot) {
    if (!total) {
      throw new IllegalArgumentException("the baseline counts this measure over all kinds only");
    }
    return slot;
  }

  private static int requireKnownKind(int position) {
    if (position >= 2) {
      throw new IllegalArgumentException("the baseline counts two kinds of inspection only");
    }
    return position;
  }


  /**
   * Does the job: counts every record, rolls the counters up, and reads every indicator and
   * change of every unit into the table.
   *
   * @param out the table to fill; sized for the catalog and the hierarchy; not null
   * @return {@code out}
   */
  public Dashboard evaluate(Dashboard out) {
    final int s = SLOTS;
    final int yearStride = units * s;
    long[] c = new long[2 * yearStride];

    for (int i = 0; i < medUnit.length; i++) {
      int y = medYear[i];
      if (y >= 0) {
        int b = y * yearStride + medUnit[i] * s;
        c[b + MED_CASES]++;
        c[b + MED_RESOLVED] += medResolved[i];
        c[b + MED_AMOUNT] += medAmount[i];
      }
    }
    for (int i = 0; i < litUnit.length; i++) {
      int u = litUnit[i] * s;
      int y = litHeardYear[i];
      if (y >= 0) {
        int b = y * yearStride + u;
        c[b + LIT_HEARD]++;
        c[b + LIT_HEAD_APPEARED] += litHeadAppeared[i];
      }
      y = litConcludedYear[i];
      if (y >= 0) {
        int b = y * yearStride + u;
        c[b + LIT_CONCLUDED]++;
        c[b + LIT_LOST] += litLost[i];
      }
    }
    for (int i = 0; i < reconUnit.length; i++) {
      int y = reconYear[i];
      if (y >= 0) {
        int b = y * yearStride + reconUnit[i] * s;
        c[b + RECON_RECEIVED]++;
        c[b + RECON_MERITS] += reconMerits[i];
        c[b + RECON_CORRECTED] += reconCorrected[i];
      }
    }
    for (int i = 0; i < findingUnit.length; i++) {
      int y = findingYear[i];
      if (y >= 0) {
        int b = y * yearStride + findingUnit[i] * s;
        c[b + FINDINGS]++;
        c[b + findingKindSlot[i]]++;
        c[b + FINDINGS_RECTIFIED] += findingRectified[i];
        c[b + FINDINGS_ON_TIME] += findingOnTime[i];
        c[b + FINDINGS_LONG_TERM] += findingLongTerm[i];
      }
    }
    for (int i = 0; i < inspectionUnit.length; i++) {
      int y = inspectionYear[i];
      if (y >= 0) {
        c[y * yearStride + inspectionUnit[i] * s + inspectionSlot[i]]++;
      }
    }
    for (int i = 0; i < noticeUnit.length; i++) {
      int y = noticeYear[i];
      if (y >= 0) {
        c[y * yearStride + noticeUnit[i] * s + NOTICES]++;
      }
    }
    for (int i = 0; i < taskUnit.length; i++) {
      int y = taskYear[i];
      if (y >= 0) {
        int b = y * yearStride + taskUnit[i] * s;
        c[b + TASKS_DUE]++;
        c[b + TASKS_CANCELLED] += taskCancelled[i];
        c[b + TASKS_COMPLETED] += taskCompleted[i];
        c[b + TASKS_ON_TIME] += taskOnTime[i];
      }
    }
    for (int i = 0; i < docUnit.length; i++) {
      int u = docUnit[i] * s;
      int y = docReviewedYear[i];
      if (y >= 0) {
        c[y * yearStride + u + DOC_REVIEWED]++;
      }
      y = docIssuedYear[i];
      if (y >= 0) {
        int b = y * yearStride + u;
        c[b + DOC_ISSUED]++;
        c[b + DOC_FILED] += docFiled[i];
        c[b + DOC_ON_TIME] += docOnTime[i];
        c[b + DOC_FILING_REVIEWED] += docFilingReviewed[i];
        c[b + DOC_CONFORMING] += docConforming[i];
      }
    }

    // Roll up: children come after their parents, so a reverse sweep adds subtrees bottom-up.
    for (int y = 0; y < 2; y++) {
      int base = y * yearStride;
      for (int u = units - 1; u > 0; u--) {
        int parent = parentOf[u];
        if (parent >= 0) {
          int from = base + u * s;
          int to = base + parent * s;
          for (int k = 0; k < s; k++) {
            c[to + k] += c[from + k];
          }
        }
      }
    }

    // Read out.
    for (int k = 0; k < shape.length; k++) {
      int num = numeratorSlot[k];
      int den = denominatorSlot[k];
      int excl = exclusionSlot[k];
      int exc = exceptionSlot[k];
      byte form = shape[k];
      for (int u = 0; u < units; u++) {
        int now = u * s;
        int before = yearStride + u * s;
        if (form == 0) {
          long n1 = c[now + num];
          long d1 = c[now + den] - c[now + excl] - c[now + exc];
          long n0 = c[before + num];
          long d0 = c[before + den] - c[before + excl] - c[before + exc];
          out.value(Dashboard.CURRENT, k, u, n1, d1);
          out.value(Dashboard.BASE, k, u, n0, d0);
          if (d1 == 0 || d0 == 0) {
            out.change(k, u, 0, 0);
          } else {
            out.change(k, u, n1 * d0 - n0 * d1, d1 * d0);
          }
        } else if (form == 1) {
          long t1 = c[now + num];
          long t0 = c[before + num];
          out.value(Dashboard.CURRENT, k, u, t1, 1);
          out.value(Dashboard.BASE, k, u, t0, 1);
          out.change(k, u, t0 == 0 ? 0 : t1 - t0, t0);
        } else {
          long t1 = c[now + num];
          long t0 = c[before + num];
          out.value(Dashboard.CURRENT, k, u, t0 == 0 ? 0 : t1 - t0, t0);
          out.value(Dashboard.BASE, k, u, 0, 0);
          out.change(k, u, 0, 0);
        }
      }
    }
    return out;
  }
}
