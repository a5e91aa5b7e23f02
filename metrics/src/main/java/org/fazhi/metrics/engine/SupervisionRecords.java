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
    // Each table is kept in order of the day that places a record in a period, so that an
    // evaluation finds a period's records by binary search.
    int[] order = Columns.orderBy(b.inspectionStart.toArray());
    inspectionUnit = b.inspectionUnit.toArray(order);
    inspectionStart = b.inspectionStart.toArray(order);
    inspectionKind = b.inspectionKind.toArray(order);
    order = Columns.orderBy(b.noticeIssued.toArray());
    noticeUnit = b.noticeUnit.toArray(order);
    noticeIssued = b.noticeIssued.toArray(order);
    order = Columns.orderBy(b.raised.toArray());
    findingUnit = b.findingUnit.toArray(order);
    findingKind = b.findingKind.toArray(order);
    raised = b.raised.toArray(order);
    due = b.due.toArray(order);
    rectified = b.rectified.toArray(order);
    longTerm = b.longTerm.toArray(order);
  }

  int size() {
    return inspectionUnit.length + noticeUnit.length + findingUnit.length;
  }

  void reckon(Reckoning r) {
    r.count(new Reckoning.Table(inspectionStart) {
      @Override
      void count(Reckoning r, int p, int from, int to) {
        long[] inspections = r.stripe(p, r.column(INSPECTIONS));
        long[][] inspectionsOf = r.stripes(p, r.qualifiedColumns(INSPECTIONS));
        boolean track = r.tracksKnown(p);
        for (int i = from; i < to; i++) {
          int u = inspectionUnit[i];
          int kind = inspectionKind[i];
          if (track) {
            r.touch(p, u, INSPECTIONS, kind);
          }
          inspections[u]++;
          inspectionsOf[kind][u]++;
        }
      }
    });
    r.count(new Reckoning.Table(noticeIssued) {
      @Override
      void count(Reckoning r, int p, int from, int to) {
        long[] notices = r.stripe(p, r.column(NOTICES));
        boolean track = r.tracksKnown(p);
        for (int i = from; i < to; i++) {
          int u = noticeUnit[i];
          if (track) {
            r.touch(p, u, NOTICES, -1);
          }
          notices[u]++;
        }
      }
    });
    r.count(new Reckoning.Table(raised) {
      @Override
      void count(Reckoning r, int p, int from, int to) {
        countFindings(r, p, from, to);
      }
    });
  }

  private void countFindings(Reckoning r, int p, int from, int to) {
    long[] findings = r.stripe(p, r.column(FINDINGS));
    long[] longTermCounts = r.stripe(p, r.column(FINDINGS_LONG_TERM));
    long[] rectifiedCounts = r.stripe(p, r.column(FINDINGS_RECTIFIED));
    long[] onTime = r.stripe(p, r.column(FINDINGS_RECTIFIED_ON_TIME));
    long[] overdue = r.stripe(p, r.column(FINDINGS_OVERDUE));
    long[][] findingsOf = r.stripes(p, r.qualifiedColumns(FINDINGS));
    long[][] longTermOf = r.stripes(p, r.qualifiedColumns(FINDINGS_LONG_TERM));
    long[][] rectifiedOf = r.stripes(p, r.qualifiedColumns(FINDINGS_RECTIFIED));
    long[][] onTimeOf = r.stripes(p, r.qualifiedColumns(FINDINGS_RECTIFIED_ON_TIME));
    long[][] overdueOf = r.stripes(p, r.qualifiedColumns(FINDINGS_OVERDUE));
    int asOf = r.asOf(p);
    boolean track = r.tracksKnown(p);
    for (int i = from; i < to; i++) {
      int u = findingUnit[i];
      int kind = findingKind[i];
      if (track) {
        r.touch(p, u, FINDINGS, kind);
      }
      findings[u]++;
      findingsOf[kind][u]++;
      boolean isLongTerm = longTerm[i] != 0;
      boolean isRectified = rectified[i] <= asOf;
      boolean inTime = isRectified && rectified[i] <= due[i];
      boolean late = !isRectified && !isLongTerm && due[i] < asOf;
      longTermCounts[u] += isLongTerm ? 1 : 0;
      rectifiedCounts[u] += isRectified ? 1 : 0;
      onTime[u] += inTime ? 1 : 0;
      overdue[u] += late ? 1 : 0;
      longTermOf[kind][u] += isLongTerm ? 1 : 0;
      rectifiedOf[kind][u] += isRectified ? 1 : 0;
      onTimeOf[kind][u] += inTime ? 1 : 0;
      overdueOf[kind][u] += late ? 1 : 0;
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
