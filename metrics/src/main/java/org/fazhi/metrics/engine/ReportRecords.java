package org.fazhi.metrics.engine;

import static org.fazhi.metrics.engine.Columns.day;
import static org.fazhi.metrics.measure.StandardMeasure.REPORTS_DUE;
import static org.fazhi.metrics.measure.StandardMeasure.REPORTS_PUBLISHED;
import static org.fazhi.metrics.measure.StandardMeasure.REPORTS_PUBLISHED_ON_TIME;

import org.fazhi.core.report.AnnualReport;

/** Annual reports, counted to the reporting unit in the period of their publication deadline. */
final class ReportRecords {

  private final int[] unit;
  private final int[] deadline;
  private final int[] published;

  private ReportRecords(Builder b) {
    // Kept in order of deadline, so that an evaluation finds a period's reports by binary search.
    int[] order = Columns.orderBy(b.deadline.toArray());
    unit = b.unit.toArray(order);
    deadline = b.deadline.toArray(order);
    published = b.published.toArray(order);
  }

  int size() {
    return unit.length;
  }

  void reckon(Reckoning r) {
    r.count(new Reckoning.Table(deadline) {
      @Override
      void count(Reckoning r, int p, int from, int to) {
        long[] dueCounts = r.stripe(p, r.column(REPORTS_DUE));
        long[] publishedCounts = r.stripe(p, r.column(REPORTS_PUBLISHED));
        long[] onTimeCounts = r.stripe(p, r.column(REPORTS_PUBLISHED_ON_TIME));
        int asOf = r.asOf(p);
        boolean track = r.tracksKnown(p);
        for (int i = from; i < to; i++) {
          int u = unit[i];
          if (track) {
            r.touch(p, u, REPORTS_DUE, -1);
          }
          dueCounts[u]++;
          if (published[i] <= asOf) {
            publishedCounts[u]++;
            onTimeCounts[u] += published[i] <= deadline[i] ? 1 : 0;
          }
        }
      }
    });
  }

  static final class Builder {
    private final Columns.Ints unit = new Columns.Ints();
    private final Columns.Ints deadline = new Columns.Ints();
    private final Columns.Ints published = new Columns.Ints();

    void add(AnnualReport report, int unitIndex) {
      unit.add(unitIndex);
      deadline.add(day(report.publicationDeadline()));
      published.add(day(report.publishedDate()));
    }

    ReportRecords build() {
      return new ReportRecords(this);
    }
  }
}
