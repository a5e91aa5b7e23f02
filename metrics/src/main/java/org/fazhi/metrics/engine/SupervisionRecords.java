package org.fazhi.metrics.engine;

import static org.fazhi.metrics.engine.Columns.day;
import static org.fazhi.metrics.measure.StandardMeasure.FINDINGS;
import static org.fazhi.metrics.measure.StandardMeasure.FINDINGS_LONG_TERM;
import static org.fazhi.metrics.measure.StandardMeasure.FINDINGS_OVERDUE;
import static org.fazhi.metrics.measure.StandardMeasure.FINDINGS_RECTIFIED;
import static org.fazhi.metrics.measure.StandardMeasure.FINDINGS_RECTIFIED_ON_TIME;
import static org.fazhi.metrics.measure.StandardMeasure.INSPECTIONS;
import static org.fazhi.metrics.measure.StandardMeasure.NOTICES;

import org.fazhi.core.supervision.Finding;
import org.fazhi.core.supervision.FindingStatus;
import org.fazhi.core.supervision.Inspection;
import org.fazhi.core.supervision.InspectionKind;
import org.fazhi.core.supervision.RectificationNotice;

/**
 * Supervision records: inspections (to the organiser, by start date), notices (to the unit
 * notified, by issue date) and findings (to the unit that must rectify, by date raised, with the
 * kind of the inspection that raised them).
 */
final class SupervisionRecords {

  private final int[] inspectionUnit;
  private final int[] inspectionStart;
  private final byte[] inspectionKind;
  private final int[] noticeUnit;
  private final int[] noticeIssued;
  private final int[] findingUnit;
  private final byte[] findingKind;
  private final int[] raised;
  private final int[] due;
  private final int[] rectified;
  private final byte[] longTerm;

  private SupervisionRecords(Builder b) {
    inspectionUnit = b.inspectionUnit.toArray();
    inspectionStart = b.inspectionStart.toArray();
    inspectionKind = b.inspectionKind.toArray();
    noticeUnit = b.noticeUnit.toArray();
    noticeIssued = b.noticeIssued.toArray();
    findingUnit = b.findingUnit.toArray();
    findingKind = b.findingKind.toArray();
    raised = b.raised.toArray();
    due = b.due.toArray();
    rectified = b.rectified.toArray();
    longTerm = b.longTerm.toArray();
  }

  int size() {
    return inspectionUnit.length + noticeUnit.length + findingUnit.length;
  }

  void reckon(Reckoning r) {
    for (int i = 0; i < inspectionUnit.length; i++) {
      int p = r.periodOf(inspectionStart[i]);
      if (p >= 0) {
        r.add(p, inspectionUnit[i], INSPECTIONS, inspectionKind[i], 1);
      }
    }
    for (int i = 0; i < noticeUnit.length; i++) {
      int p = r.periodOf(noticeIssued[i]);
      if (p >= 0) {
        r.add(p, noticeUnit[i], NOTICES, -1, 1);
      }
    }
    for (int i = 0; i < findingUnit.length; i++) {
      int p = r.periodOf(raised[i]);
      if (p < 0) {
        continue;
      }
      int u = findingUnit[i];
      int kind = findingKind[i];
      int asOf = r.asOf(p);
      r.add(p, u, FINDINGS, kind, 1);
      if (longTerm[i] != 0) {
        r.add(p, u, FINDINGS_LONG_TERM, kind, 1);
      }
      if (rectified[i] <= asOf) {
        r.add(p, u, FINDINGS_RECTIFIED, kind, 1);
        if (rectified[i] <= due[i]) {
          r.add(p, u, FINDINGS_RECTIFIED_ON_TIME, kind, 1);
        }
      } else if (longTerm[i] == 0 && due[i] < asOf) {
        r.add(p, u, FINDINGS_OVERDUE, kind, 1);
      }
    }
  }

  static final class Builder {
    private final Columns.Ints inspectionUnit = new Columns.Ints();
    private final Columns.Ints inspectionStart = new Columns.Ints();
    private final Columns.Bytes inspectionKind = new Columns.Bytes();
    private final Columns.Ints noticeUnit = new Columns.Ints();
    private final Columns.Ints noticeIssued = new Columns.Ints();
    private final Columns.Ints findingUnit = new Columns.Ints();
    private final Columns.Bytes findingKind = new Columns.Bytes();
    private final Columns.Ints raised = new Columns.Ints();
    private final Columns.Ints due = new Columns.Ints();
    private final Columns.Ints rectified = new Columns.Ints();
    private final Columns.Bytes longTerm = new Columns.Bytes();

    void add(Inspection inspection, int unitIndex) {
      inspectionUnit.add(unitIndex);
      inspectionStart.add(day(inspection.startDate()));
      inspectionKind.add(inspection.kind().ordinal());
    }

    void add(RectificationNotice notice, int unitIndex) {
      noticeUnit.add(unitIndex);
      noticeIssued.add(day(notice.issuedDate()));
    }

    void add(Finding finding, InspectionKind kind, int unitIndex) {
      findingUnit.add(unitIndex);
      findingKind.add(kind.ordinal());
      raised.add(day(finding.raisedDate()));
      due.add(day(finding.dueDate()));
      rectified.add(day(finding.rectifiedDate()));
      longTerm.add(finding.status() == FindingStatus.LONG_TERM ? 1 : 0);
    }

    SupervisionRecords build() {
      return new SupervisionRecords(this);
    }
  }
}
