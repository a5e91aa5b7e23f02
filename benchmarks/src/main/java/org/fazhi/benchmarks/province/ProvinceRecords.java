package org.fazhi.benchmarks.province;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.fazhi.core.cases.LitigationCase;
import org.fazhi.core.cases.MediationCase;
import org.fazhi.core.cases.ReconsiderationCase;
import org.fazhi.core.document.NormativeDocument;
import org.fazhi.core.supervision.RectificationLedger;
import org.fazhi.core.task.Task;
import org.fazhi.core.unit.UnitHierarchy;

/**
 * The records of a synthetic province, kept in memory as objects, by type, in the order
 * generated. The lists are read-only; this class is not thread-safe while it is being filled.
 */
public final class ProvinceRecords implements RecordSink {

  private final SyntheticProvince province;
  private final List<MediationCase> mediation = new ArrayList<>();
  private final List<LitigationCase> litigation = new ArrayList<>();
  private final List<ReconsiderationCase> reconsideration = new ArrayList<>();
  private final List<Task> tasks = new ArrayList<>();
  private final List<NormativeDocument> documents = new ArrayList<>();
  private final List<RectificationLedger> rectification = new ArrayList<>();

  ProvinceRecords(SyntheticProvince province) {
    this.province = requireNonNull(province, "province");
  }

  /**
   * Returns the province the records are of.
   *
   * @return the province; not null
   */
  public SyntheticProvince province() {
    return province;
  }

  /**
   * Returns the units the records belong to.
   *
   * @return the hierarchy; not null
   */
  public UnitHierarchy hierarchy() {
    return province.hierarchy();
  }

  @Override
  public void accept(MediationCase c) {
    mediation.add(c);
  }

  @Override
  public void accept(LitigationCase c) {
    litigation.add(c);
  }

  @Override
  public void accept(ReconsiderationCase c) {
    reconsideration.add(c);
  }

  @Override
  public void accept(Task task) {
    tasks.add(task);
  }

  @Override
  public void accept(NormativeDocument document) {
    documents.add(document);
  }

  @Override
  public void accept(RectificationLedger ledger) {
    rectification.add(ledger);
  }

  /**
   * Returns the mediation cases.
   *
   * @return the cases; read-only
   */
  public List<MediationCase> mediation() {
    return Collections.unmodifiableList(mediation);
  }

  /**
   * Returns the lawsuits.
   *
   * @return the cases; read-only
   */
  public List<LitigationCase> litigation() {
    return Collections.unmodifiableList(litigation);
  }

  /**
   * Returns the reconsideration cases.
   *
   * @return the cases; read-only
   */
  public List<ReconsiderationCase> reconsideration() {
    return Collections.unmodifiableList(reconsideration);
  }

  /**
   * Returns the tasks.
   *
   * @return the tasks; read-only
   */
  public List<Task> tasks() {
    return Collections.unmodifiableList(tasks);
  }

  /**
   * Returns the normative documents.
   *
   * @return the documents; read-only
   */
  public List<NormativeDocument> documents() {
    return Collections.unmodifiableList(documents);
  }

  /**
   * Returns the rectification ledgers: one per inspection, with its notices and findings.
   *
   * @return the ledgers; read-only
   */
  public List<RectificationLedger> rectification() {
    return Collections.unmodifiableList(rectification);
  }

  /**
   * Returns every record as the ledger takes them, rectification ledgers whole.
   *
   * @return the records; a new list
   */
  public List<Object> all() {
    List<Object> all = new ArrayList<>(
        mediation.size() + litigation.size() + reconsideration.size() + tasks.size()
            + documents.size() + rectification.size());
    all.addAll(mediation);
    all.addAll(litigation);
    all.addAll(reconsideration);
    all.addAll(tasks);
    all.addAll(documents);
    all.addAll(rectification);
    return all;
  }

  /**
   * Returns the number of records, counting each inspection, notice and finding of a
   * rectification ledger as one, as {@code Ledger.recordCount()} does.
   *
   * @return the number of records
   */
  public int size() {
    int supervision = rectification.stream()
        .mapToInt(l -> l.inspections().size() + l.notices().size() + l.findings().size())
        .sum();
    return mediation.size() + litigation.size() + reconsideration.size() + tasks.size()
        + documents.size() + supervision;
  }
}
