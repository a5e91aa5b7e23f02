package org.fazhi.metrics.engine;

import static org.fazhi.metrics.engine.Columns.day;
import static org.fazhi.metrics.measure.StandardMeasure.DOCUMENTS_CONFORMING;
import static org.fazhi.metrics.measure.StandardMeasure.DOCUMENTS_FILED;
import static org.fazhi.metrics.measure.StandardMeasure.DOCUMENTS_FILED_ON_TIME;
import static org.fazhi.metrics.measure.StandardMeasure.DOCUMENTS_FILING_REVIEWED;
import static org.fazhi.metrics.measure.StandardMeasure.DOCUMENTS_ISSUED;
import static org.fazhi.metrics.measure.StandardMeasure.DOCUMENTS_REVIEWED;

import org.fazhi.core.document.FilingTimeLimit;
import org.fazhi.core.document.NormativeDocument;
import org.fazhi.core.document.ReviewOutcome;

/**
 * Normative documents, counted to their issuer: reviews by review date, everything else by
 * issue date. Whether a document was filed on time is decided on entry, under the ledger's
 * filing time limit.
 */
final class DocumentRecords {

  private static final int NOT_REVIEWED = 0;
  private static final int CONFORMING = 1;

  private final int[] unit;
  private final int[] reviewed;
  private final int[] issued;
  private final int[] filed;
  private final byte[] filedOnTime;
  private final byte[] filingReview;

  private DocumentRecords(Builder b) {
    unit = b.unit.toArray();
    reviewed = b.reviewed.toArray();
    issued = b.issued.toArray();
    filed = b.filed.toArray();
    filedOnTime = b.filedOnTime.toArray();
    filingReview = b.filingReview.toArray();
  }

  int size() {
    return unit.length;
  }

  void reckon(Reckoning r) {
    for (int i = 0; i < unit.length; i++) {
      int u = unit[i];
      int p = r.periodOf(reviewed[i]);
      if (p >= 0) {
        r.add(p, u, DOCUMENTS_REVIEWED, -1, 1);
      }
      p = r.periodOf(issued[i]);
      if (p < 0) {
        continue;
      }
      r.add(p, u, DOCUMENTS_ISSUED, -1, 1);
      if (filed[i] <= r.asOf(p)) {
        r.add(p, u, DOCUMENTS_FILED, -1, 1);
        if (filedOnTime[i] != 0) {
          r.add(p, u, DOCUMENTS_FILED_ON_TIME, -1, 1);
        }
        if (filingReview[i] != NOT_REVIEWED) {
          r.add(p, u, DOCUMENTS_FILING_REVIEWED, -1, 1);
          if (filingReview[i] == CONFORMING) {
            r.add(p, u, DOCUMENTS_CONFORMING, -1, 1);
          }
        }
      }
    }
  }

  static final class Builder {
    private final FilingTimeLimit limit;
    private final Columns.Ints unit = new Columns.Ints();
    private final Columns.Ints reviewed = new Columns.Ints();
    private final Columns.Ints issued = new Columns.Ints();
    private final Columns.Ints filed = new Columns.Ints();
    private final Columns.Bytes filedOnTime = new Columns.Bytes();
    private final Columns.Bytes filingReview = new Columns.Bytes();

    Builder(FilingTimeLimit limit) {
      this.limit = limit;
    }

    void add(NormativeDocument document, int unitIndex) {
      unit.add(unitIndex);
      reviewed.add(day(document.legalityReviewedDate()));
      issued.add(day(document.issuedDate()));
      filed.add(day(document.filedDate()));
      filedOnTime.add(document.isFiledWithin(limit) ? 1 : 0);
      filingReview.add(document.filingReview()
          .map(outcome -> outcome == ReviewOutcome.CONFORMING ? CONFORMING : 2)
          .orElse(NOT_REVIEWED));
    }

    DocumentRecords build() {
      return new DocumentRecords(this);
    }
  }
}
