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
    unit = b.unit.toArray();
    deadline = b.deadline.toArray();
    published = b.published.toArray();
  }

  int size() {
    return unit.length;
  }

  void reckon(Reckoning r) {
    for (int i = 0; i < unit.length; i++) {
      int p = r.periodOf(deadline[i]);
      if (p < 0) {
        continue;
      }
      r.add(p, unit[i], REPORTS_DUE, -1, 1);
      if (published[i] <= r.asOf(p)) {
        r.add(p, unit[i], REPORTS_PUBLISHED, -1, 1);
        if (published[i] <= deadline[i]) {
          r.add(p, unit[i], REPORTS_PUBLISHED_ON_TIME, -1, 1);
        }
      }
    }
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
