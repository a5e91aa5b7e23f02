package org.fazhi.benchmarks.province;

import static java.util.Objects.requireNonNull;

import org.fazhi.core.cases.LitigationCase;
import org.fazhi.core.cases.MediationCase;
import org.fazhi.core.cases.ReconsiderationCase;
import org.fazhi.core.document.NormativeDocument;
import org.fazhi.core.supervision.RectificationLedger;
import org.fazhi.core.task.Task;
import org.fazhi.metrics.engine.Ledger;

/**
 * Feeds generated records straight into a ledger, so that a large province is never held in
 * memory as objects. Not thread-safe.
 */
public final class LedgerSink implements RecordSink {

  private final Ledger.Builder builder;

  /**
   * Creates a sink that adds to a ledger builder.
   *
   * @param builder the builder; not null
   */
  public LedgerSink(Ledger.Builder builder) {
    this.builder = requireNonNull(builder, "builder");
  }

  /**
   * Generates a province straight into a new ledger.
   *
   * @param province the province; not null
   * @return the ledger of all its records
   */
  public static Ledger ledgerOf(SyntheticProvince province) {
    Ledger.Builder builder = Ledger.builder(province.hierarchy());
    province.generate(new LedgerSink(builder));
    return builder.build();
  }

  @Override
  public void accept(MediationCase c) {
    builder.add(c);
  }

  @Override
  public void accept(LitigationCase c) {
    builder.add(c);
  }

  @Override
  public void accept(ReconsiderationCase c) {
    builder.add(c);
  }

  @Override
  public void accept(Task task) {
    builder.add(task);
  }

  @Override
  public void accept(NormativeDocument document) {
    builder.add(document);
  }

  @Override
  public void accept(RectificationLedger ledger) {
    builder.add(ledger);
  }
}
