package org.fazhi.benchmarks.province;

import org.fazhi.core.cases.LitigationCase;
import org.fazhi.core.cases.MediationCase;
import org.fazhi.core.cases.ReconsiderationCase;
import org.fazhi.core.document.NormativeDocument;
import org.fazhi.core.supervision.RectificationLedger;
import org.fazhi.core.task.Task;

/**
 * Receives the records of a synthetic province as they are generated, so that a large province
 * can be fed to a ledger without being held in memory.
 */
public interface RecordSink {

  /**
   * Receives a mediation case.
   *
   * @param c the case; not null
   */
  void accept(MediationCase c);

  /**
   * Receives a lawsuit.
   *
   * @param c the case; not null
   */
  void accept(LitigationCase c);

  /**
   * Receives a reconsideration case.
   *
   * @param c the case; not null
   */
  void accept(ReconsiderationCase c);

  /**
   * Receives a task.
   *
   * @param task the task; not null
   */
  void accept(Task task);

  /**
   * Receives a normative document.
   *
   * @param document the document; not null
   */
  void accept(NormativeDocument document);

  /**
   * Receives a rectification ledger: one inspection with its notices and findings.
   *
   * @param ledger the ledger; not null
   */
  void accept(RectificationLedger ledger);
}
