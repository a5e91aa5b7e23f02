package org.fazhi.metrics.engine;

import static org.fazhi.metrics.engine.Columns.day;
import static org.fazhi.metrics.measure.StandardMeasure.LEGAL_AID_CASES;
import static org.fazhi.metrics.measure.StandardMeasure.LEGAL_AID_RECOVERED_YUAN;
import static org.fazhi.metrics.measure.StandardMeasure.LITIGATION_CONCLUDED;
import static org.fazhi.metrics.measure.StandardMeasure.LITIGATION_FILED;
import static org.fazhi.metrics.measure.StandardMeasure.LITIGATION_HEAD_APPEARED;
import static org.fazhi.metrics.measure.StandardMeasure.LITIGATION_HEARD;
import static org.fazhi.metrics.measure.StandardMeasure.LITIGATION_LOST;
import static org.fazhi.metrics.measure.StandardMeasure.MEDIATION_AMOUNT_YUAN;
import static org.fazhi.metrics.measure.StandardMeasure.MEDIATION_CASES;
import static org.fazhi.metrics.measure.StandardMeasure.MEDIATION_RESOLVED;
import static org.fazhi.metrics.measure.StandardMeasure.RECONSIDERATION_ACCEPTED;
import static org.fazhi.metrics.measure.StandardMeasure.RECONSIDERATION_CORRECTED;
import static org.fazhi.metrics.measure.StandardMeasure.RECONSIDERATION_DECIDED_ON_MERITS;
import static org.fazhi.metrics.measure.StandardMeasure.RECONSIDERATION_RECEIVED;

import org.fazhi.core.cases.LegalAidCase;
import org.fazhi.core.cases.LitigationCase;
import org.fazhi.core.cases.LitigationOutcome;
import org.fazhi.core.cases.MediationCase;
import org.fazhi.core.cases.ReconsiderationCase;
import org.fazhi.core.cases.ReconsiderationDecision;

/**
 * Cases: reconsideration (to the body, by date received), litigation (to the defendant, by the
 * day of each step), mediation (to the unit, by date received) and legal aid (to the unit, by
 * acceptance date).
 */
final class CaseRecords {

  private static final int MERITS = 1;
  private static final int CORRECTIVE = 2;

  private final int[] reconUnit;
  private final int[] reconReceived;
  private final int[] reconAccepted;
  private final int[] reconDecided;
  private final byte[] reconDecision;
  private final int[] litUnit;
  private final int[] litFiled;
  // Hearings and conclusions fall in periods of their own: tables of their own, by their day.
  private final int[] hearingUnit;
  private final int[] hearingDay;
  private final byte[] hearingHeadAppeared;
  private final int[] conclusionUnit;
  private final int[] conclusionDay;
  private final byte[] conclusionLost;
  private final int[] medUnit;
  private final int[] medReceived;
  private final int[] medResolved;
  private final long[] medAmount;
  private final int[] aidUnit;
  private final int[] aidAccepted;
  private final long[] aidRecovered;

  private CaseRecords(Builder b) {
    // Each table is kept in order of the day that places a record in a period, so that an
    // evaluation finds a period's records by binary search.
    int[] order = Columns.orderBy(b.reconReceived.toArray());
    reconUnit = b.reconUnit.toArray(order);
    reconReceived = b.reconReceived.toArray(order);
    reconAccepted = b.reconAccepted.toArray(order);
    reconDecided = b.reconDecided.toArray(order);
    reconDecision = b.reconDecision.toArray(order);
    order = Columns.orderBy(b.litFiled.toArray());
    litUnit = b.litUnit.toArray(order);
    litFiled = b.litFiled.toArray(order);
    order = Columns.orderBy(b.hearingDay.toArray());
    hearingUnit = b.hearingUnit.toArray(order);
    hearingDay = b.hearingDay.toArray(order);
    hearingHeadAppeared = b.hearingHeadAppeared.toArray(order);
    order = Columns.orderBy(b.conclusionDay.toArray());
    conclusionUnit = b.conclusionUnit.toArray(order);
    conclusionDay = b.conclusionDay.toArray(order);
    conclusionLost = b.conclusionLost.toArray(order);
    order = Columns.orderBy(b.medReceived.toArray());
    medUnit = b.medUnit.toArray(order);
    medReceived = b.medReceived.toArray(order);
    medResolved = b.medResolved.toArray(order);
    medAmount = b.medAmount.toArray(order);
    order = Columns.orderBy(b.aidAccepted.toArray());
    aidUnit = b.aidUnit.toArray(order);
    aidAccepted = b.aidAccepted.toArray(order);
    aidRecovered = b.aidRecovered.toArray(order);
  }

  int size() {
    return reconUnit.length + litUnit.length + medUnit.length + aidUnit.length;
  }

  void reckon(Reckoning r) {
    r.count(new Reckoning.Table(reconReceived) {
      @Override
      void count(Reckoning r, int p, int from, int to) {
        long[] received = r.stripe(p, r.column(RECONSIDERATION_RECEIVED));
        long[] accepted = r.stripe(p, r.column(RECONSIDERATION_ACCEPTED));
        long[] merits = r.stripe(p, r.column(RECONSIDERATION_DECIDED_ON_MERITS));
        long[] corrected = r.stripe(p, r.column(RECONSIDERATION_CORRECTED));
        int asOf = r.asOf(p);
        boolean track = r.tracksKnown(p);
        for (int i = from; i < to; i++) {
          int u = reconUnit[i];
          if (track) {
            r.touch(p, u, RECONSIDERATION_RECEIVED, -1);
          }
          received[u]++;
          accepted[u] += reconAccepted[i] <= asOf ? 1 : 0;
          if (reconDecided[i] <= asOf && (reconDecision[i] & MERITS) != 0) {
            merits[u]++;
            corrected[u] += (reconDecision[i] & CORRECTIVE) != 0 ? 1 : 0;
          }
        }
      }
    });
    r.count(new Reckoning.Table(litFiled) {
      @Override
      void count(Reckoning r, int p, int from, int to) {
        long[] filed = r.stripe(p, r.column(LITIGATION_FILED));
        boolean track = r.tracksKnown(p);
        for (int i = from; i < to; i++) {
          int u = litUnit[i];
          if (track) {
            r.touch(p, u, LITIGATION_FILED, -1);
          }
          filed[u]++;
        }
      }
    });
    r.count(new Reckoning.Table(hearingDay) {
      @Override
      void count(Reckoning r, int p, int from, int to) {
        long[] heard = r.stripe(p, r.column(LITIGATION_HEARD));
        long[] headAppeared = r.stripe(p, r.column(LITIGATION_HEAD_APPEARED));
        boolean track = r.tracksKnown(p);
        for (int i = from; i < to; i++) {
          int u = hearingUnit[i];
          if (track) {
            r.touch(p, u, LITIGATION_HEARD, -1);
          }
          heard[u]++;
          headAppeared[u] += hearingHeadAppeared[i] != 0 ? 1 : 0;
        }
      }
    });
    r.count(new Reckoning.Table(conclusionDay) {
      @Override
      void count(Reckoning r, int p, int from, int to) {
        long[] concluded = r.stripe(p, r.column(LITIGATION_CONCLUDED));
        long[] lost = r.stripe(p, r.column(LITIGATION_LOST));
        boolean track = r.tracksKnown(p);
        for (int i = from; i < to; i++) {
          int u = conclusionUnit[i];
          if (track) {
            r.touch(p, u, LITIGATION_CONCLUDED, -1);
          }
          concluded[u]++;
          lost[u] += conclusionLost[i] != 0 ? 1 : 0;
        }
      }
    });
    r.count(new Reckoning.Table(medReceived) {
      @Override
      void count(Reckoning r, int p, int from, int to) {
        long[] cases = r.stripe(p, r.column(MEDIATION_CASES));
        long[] amount = r.stripe(p, r.column(MEDIATION_AMOUNT_YUAN));
        long[] resolved = r.stripe(p, r.column(MEDIATION_RESOLVED));
        int asOf = r.asOf(p);
        boolean track = r.tracksKnown(p);
        for (int i = from; i < to; i++) {
          int u = medUnit[i];
          if (track) {
            r.touch(p, u, MEDIATION_CASES, -1);
          }
          cases[u]++;
          amount[u] = Math.addExact(amount[u], medAmount[i]);
          resolved[u] += medResolved[i] <= asOf ? 1 : 0;
        }
      }
    });
    r.count(new Reckoning.Table(aidAccepted) {
      @Override
      void count(Reckoning r, int p, int from, int to) {
        long[] cases = r.stripe(p, r.column(LEGAL_AID_CASES));
        long[] recovered = r.stripe(p, r.column(LEGAL_AID_RECOVERED_YUAN));
        boolean track = r.tracksKnown(p);
        for (int i = from; i < to; i++) {
          int u = aidUnit[i];
          if (track) {
            r.touch(p, u, LEGAL_AID_CASES, -1);
          }
          cases[u]++;
          recovered[u] = Math.addExact(recovered[u], aidRecovered[i]);
        }
      }
    });
  }

  static final class Builder {
    private final Columns.Ints reconUnit = new Columns.Ints();
    private final Columns.Ints reconReceived = new Columns.Ints();
    private final Columns.Ints reconAccepted = new Columns.Ints();
    private final Columns.Ints reconDecided = new Columns.Ints();
    private final Columns.Bytes reconDecision = new Columns.Bytes();
    private final Columns.Ints litUnit = new Columns.Ints();
    private final Columns.Ints litFiled = new Columns.Ints();
    private final Columns.Ints hearingUnit = new Columns.Ints();
    private final Columns.Ints hearingDay = new Columns.Ints();
    private final Columns.Bytes hearingHeadAppeared = new Columns.Bytes();
    private final Columns.Ints conclusionUnit = new Columns.Ints();
    private final Columns.Ints conclusionDay = new Columns.Ints();
    private final Columns.Bytes conclusionLost = new Columns.Bytes();
    private final Columns.Ints medUnit = new Columns.Ints();
    private final Columns.Ints medReceived = new Columns.Ints();
    private final Columns.Ints medResolved = new Columns.Ints();
    private final Columns.Longs medAmount = new Columns.Longs();
    private final Columns.Ints aidUnit = new Columns.Ints();
    private final Columns.Ints aidAccepted = new Columns.Ints();
    private final Columns.Longs aidRecovered = new Columns.Longs();

    void add(ReconsiderationCase c, int unitIndex) {
      reconUnit.add(unitIndex);
      reconReceived.add(day(c.receivedDate()));
      reconAccepted.add(day(c.acceptedDate()));
      reconDecided.add(day(c.decidedDate()));
      ReconsiderationDecision decision = c.decision().orElse(null);
      reconDecision.add(decision == null ? 0
          : (decision.isOnTheMerits() ? MERITS : 0) | (decision.isCorrective() ? CORRECTIVE : 0));
    }

    void add(LitigationCase c, int unitIndex) {
      litUnit.add(unitIndex);
      litFiled.add(day(c.filedDate()));
      if (c.hearingDate().isPresent()) {
        hearingUnit.add(unitIndex);
        hearingDay.add(day(c.hearingDate().get()));
        hearingHeadAppeared.add(c.headAppeared() ? 1 : 0);
      }
      if (c.concludedDate().isPresent()) {
        conclusionUnit.add(unitIndex);
        conclusionDay.add(day(c.concludedDate().get()));
        conclusionLost.add(c.outcome().map(LitigationOutcome::isLoss).orElse(false) ? 1 : 0);
      }
    }

    void add(MediationCase c, int unitIndex) {
      medUnit.add(unitIndex);
      medReceived.add(day(c.receivedDate()));
      medResolved.add(c.isResolved() ? day(c.concludedDate()) : Reckoning.NEVER);
      medAmount.add(c.amountInvolvedYuan());
    }

    void add(LegalAidCase c, int unitIndex) {
      aidUnit.add(unitIndex);
      aidAccepted.add(day(c.acceptedDate()));
      aidRecovered.add(c.recoveredYuan());
    }

    CaseRecords build() {
      return new CaseRecords(this);
    }
  }
}
