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
  private final int[] litHeard;
  private final byte[] litHeadAppeared;
  private final int[] litConcluded;
  private final byte[] litLost;
  private final int[] medUnit;
  private final int[] medReceived;
  private final int[] medResolved;
  private final long[] medAmount;
  private final int[] aidUnit;
  private final int[] aidAccepted;
  private final long[] aidRecovered;

  private CaseRecords(Builder b) {
    reconUnit = b.reconUnit.toArray();
    reconReceived = b.reconReceived.toArray();
    reconAccepted = b.reconAccepted.toArray();
    reconDecided = b.reconDecided.toArray();
    reconDecision = b.reconDecision.toArray();
    litUnit = b.litUnit.toArray();
    litFiled = b.litFiled.toArray();
    litHeard = b.litHeard.toArray();
    litHeadAppeared = b.litHeadAppeared.toArray();
    litConcluded = b.litConcluded.toArray();
    litLost = b.litLost.toArray();
    medUnit = b.medUnit.toArray();
    medReceived = b.medReceived.toArray();
    medResolved = b.medResolved.toArray();
    medAmount = b.medAmount.toArray();
    aidUnit = b.aidUnit.toArray();
    aidAccepted = b.aidAccepted.toArray();
    aidRecovered = b.aidRecovered.toArray();
  }

  int size() {
    return reconUnit.length + litUnit.length + medUnit.length + aidUnit.length;
  }

  void reckon(Reckoning r) {
    for (int i = 0; i < reconUnit.length; i++) {
      int p = r.periodOf(reconReceived[i]);
      if (p < 0) {
        continue;
      }
      int u = reconUnit[i];
      int asOf = r.asOf(p);
      r.add(p, u, RECONSIDERATION_RECEIVED, -1, 1);
      if (reconAccepted[i] <= asOf) {
        r.add(p, u, RECONSIDERATION_ACCEPTED, -1, 1);
      }
      if (reconDecided[i] <= asOf && (reconDecision[i] & MERITS) != 0) {
        r.add(p, u, RECONSIDERATION_DECIDED_ON_MERITS, -1, 1);
        if ((reconDecision[i] & CORRECTIVE) != 0) {
          r.add(p, u, RECONSIDERATION_CORRECTED, -1, 1);
        }
      }
    }
    for (int i = 0; i < litUnit.length; i++) {
      int u = litUnit[i];
      int p = r.periodOf(litFiled[i]);
      if (p >= 0) {
        r.add(p, u, LITIGATION_FILED, -1, 1);
      }
      p = r.periodOf(litHeard[i]);
      if (p >= 0) {
        r.add(p, u, LITIGATION_HEARD, -1, 1);
        if (litHeadAppeared[i] != 0) {
          r.add(p, u, LITIGATION_HEAD_APPEARED, -1, 1);
        }
      }
      p = r.periodOf(litConcluded[i]);
      if (p >= 0) {
        r.add(p, u, LITIGATION_CONCLUDED, -1, 1);
        if (litLost[i] != 0) {
          r.add(p, u, LITIGATION_LOST, -1, 1);
        }
      }
    }
    for (int i = 0; i < medUnit.length; i++) {
      int p = r.periodOf(medReceived[i]);
      if (p < 0) {
        continue;
      }
      int u = medUnit[i];
      r.add(p, u, MEDIATION_CASES, -1, 1);
      r.add(p, u, MEDIATION_AMOUNT_YUAN, -1, medAmount[i]);
      if (medResolved[i] <= r.asOf(p)) {
        r.add(p, u, MEDIATION_RESOLVED, -1, 1);
      }
    }
    for (int i = 0; i < aidUnit.length; i++) {
      int p = r.periodOf(aidAccepted[i]);
      if (p >= 0) {
        r.add(p, aidUnit[i], LEGAL_AID_CASES, -1, 1);
        r.add(p, aidUnit[i], LEGAL_AID_RECOVERED_YUAN, -1, aidRecovered[i]);
      }
    }
  }

  static final class Builder {
    private final Columns.Ints reconUnit = new Columns.Ints();
    private final Columns.Ints reconReceived = new Columns.Ints();
    private final Columns.Ints reconAccepted = new Columns.Ints();
    private final Columns.Ints reconDecided = new Columns.Ints();
    private final Columns.Bytes reconDecision = new Columns.Bytes();
    private final Columns.Ints litUnit = new Columns.Ints();
    private final Columns.Ints litFiled = new Columns.Ints();
    private final Columns.Ints litHeard = new Columns.Ints();
    private final Columns.Bytes litHeadAppeared = new Columns.Bytes();
    private final Columns.Ints litConcluded = new Columns.Ints();
    private final Columns.Bytes litLost = new Columns.Bytes();
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
      litHeard.add(day(c.hearingDate()));
      litHeadAppeared.add(c.headAppeared() ? 1 : 0);
      litConcluded.add(day(c.concludedDate()));
      litLost.add(c.outcome().map(LitigationOutcome::isLoss).orElse(false) ? 1 : 0);
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
