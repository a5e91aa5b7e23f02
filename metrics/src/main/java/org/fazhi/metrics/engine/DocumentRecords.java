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
  private final int[] issued;
  private final int[] filed;
  private final byte[] filedOnTime;
  private final byte[] filingReview;
  // Legality reviews fall in periods of their own: a table of their own, by review date.
  private final int[] reviewUnit;
  private final int[] reviewDay;

  private DocumentRecords(Builder b) {
    // Kept in order of issue (drafts last), so that an evaluation finds a period's documents by
    // binary search.
    int[] order = Columns.orderBy(b.issued.toArray());
    unit = b.unit.toArray(order);
    issued = b.issued.toArray(order);
    filed = b.filed.toArray(order);
    filedOnTime = b.filedOnTime.toArray(order);
    filingReview = b.filingReview.toArray(order);
    order = Columns.orderBy(b.reviewDay.toArray());
    reviewUnit = b.reviewUnit.toArray(order);
    reviewDay = b.reviewDay.toArray(order);
  }

  int size() {
    return unit.length;
  }

  void reckon(Reckoning r) {
    r.count(new Reckoning.Table(reviewDay) {
      @Override
      void count(Reckoning r, int p, int from, int to) {
        long[] reviewedCounts = r.stripe(p, r.column(DOCUMENTS_REVIEWED));
        boolean track = r.tracksKnown(p);
        for (int i = from; i < to; i++) {
          int u = reviewUnit[i];
          if (track) {
            r.touch(p, u, DOCUMENTS_REVIEWED, -1);
          }
          reviewedCounts[u]++;
        }
      }
    });
    r.count(new Reckoning.Table(issued) {
      @Override
      void count(Reckoning r, int p, int from, int to) {
        long[] issuedCounts = r.stripe(p, r.column(DOCUMENTS_ISSUED));
        long[] filedCounts = r.stripe(p, r.column(DOCUMENTS_FILED));
        long[] onTimeCounts = r.stripe(p, r.column(DOCUMENTS_FILED_ON_TIME));
        long[] filingReviewedCounts = r.stripe(p, r.column(DOCUMENTS_FILING_REVIEWED));
        long[] conformingCounts = r.stripe(p, r.column(DOCUMENTS_CONFORMING));
        int asOf = r.asOf(p);
        boolean track = r.tracksKnown(p);
        for (int i = from; i < to; i++) {
          int u = unit[i];
          if (track) {
            r.touch(p, u, DOCUMENTS_ISSUED, -1);
          }
          issuedCounts[u]++;
          if (filed[i] <= asOf) {
            filedCounts[u]++;
            onTimeCounts[u] += filedOnTime[i] != 0 ? 1 : 0;
            if (filingReview[i] != NOT_REVIEWED) {
              filingReviewedCounts[u]++;
              conformingCounts[u] += filingReview[i] == CONFORMING ? 1 : 0;
            }
          }
        }
      }
    });
  }

  static final class Builder {
    private final FilingTimeLimit limit;
    private final Columns.Ints unit = new Columns.Ints();
    private final Columns.Ints reviewUnit = new Columns.Ints();
    private final Columns.Ints reviewDay = new Columns.Ints();
    private final Columns.Ints issued = new Columns.Ints();
    private final Columns.Ints filed = new Columns.Ints();
    private final Columns.Bytes filedOnTime = new Columns.Bytes();
    private final Columns.Bytes filingReview = new Columns.Bytes();

    Builder(FilingTimeLimit limit) {
      this.limit = limit;
    }

    void add(NormativeDocument document, int unitIndex) {
      unit.add(unitIndex);
      if (document.legalityReviewedDate().isPresent()) {
        reviewUnit.add(unitIndex);
        reviewDay.add(day(document.legalityReviewedDate().get()));
      }
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
