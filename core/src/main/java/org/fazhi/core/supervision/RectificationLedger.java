package org.fazhi.core.supervision;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import org.fazhi.core.internal.Checks;
import org.fazhi.core.validation.InvalidValueException;
import org.immutables.value.Value;

/**
 * A rectification ledger (整改台账): inspections, the notices issued after them, and the findings
 * they raised, held together so that every reference resolves.
 *
 * <p>Identifiers are unique; every notice and finding names an inspection of the ledger; a
 * finding that names a notice names one of the same inspection; nothing is issued or raised
 * before its inspection began. The seed's "督察3次，下发整改通知单39份，现场反馈问题172条" is a
 * ledger of 3 inspections, 39 notices and 172 findings. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RectificationLedger {

  RectificationLedger() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RectificationLedger}. */
  public static final class Builder extends ImmutableRectificationLedger.Builder {
    Builder() {}
  }

  /**
   * Returns the inspections.
   *
   * @return the inspections, in the order given; not null
   */
  public abstract ImmutableList<Inspection> inspections();

  /**
   * Returns the rectification notices.
   *
   * @return the notices, in the order given; not null
   */
  public abstract ImmutableList<RectificationNotice> notices();

  /**
   * Returns the findings.
   *
   * @return the findings, in the order given; not null
   */
  public abstract ImmutableList<Finding> findings();

  @Value.Lazy
  ImmutableMap<String, Inspection> inspectionsById() {
    return inspections().stream()
        .collect(ImmutableMap.toImmutableMap(Inspection::id, Function.identity()));
  }

  @Value.Lazy
  ImmutableMap<String, RectificationNotice> noticesByNumber() {
    return notices().stream()
        .collect(ImmutableMap.toImmutableMap(RectificationNotice::number, Function.identity()));
  }

  @Value.Check
  void check() {
    Checks.uniqueKeys("RectificationLedger.inspections.id", inspections(), Inspection::id);
    Checks.uniqueKeys("RectificationLedger.notices.number", notices(), RectificationNotice::number);
    Checks.uniqueKeys("RectificationLedger.findings.id", findings(), Finding::id);
    for (RectificationNotice notice : notices()) {
      Inspection inspection =
          inspection("RectificationNotice.inspectionId", notice.inspectionId());
      Checks.notBefore(
          "RectificationNotice.issuedDate", notice.issuedDate(),
          "the start of inspection " + inspection.id(), inspection.startDate());
    }
    for (Finding finding : findings()) {
      Inspection inspection = inspection("Finding.inspectionId", finding.inspectionId());
      Checks.notBefore(
          "Finding.raisedDate", finding.raisedDate(),
          "the start of inspection " + inspection.id(), inspection.startDate());
      if (finding.noticeNumber().isPresent()) {
        RectificationNotice notice = noticesByNumber().get(finding.noticeNumber().get());
        if (notice == null || !notice.inspectionId().equals(finding.inspectionId())) {
          throw new InvalidValueException(
              "Finding.noticeNumber",
              finding.noticeNumber().get(),
              "must be a notice of inspection " + finding.inspectionId() + " (finding "
                  + finding.id() + ")");
        }
      }
    }
  }

  private Inspection inspection(String field, String id) {
    Inspection inspection = inspectionsById().get(id);
    if (inspection == null) {
      throw new InvalidValueException(field, id, "must be an inspection of the ledger");
    }
    return inspection;
  }

  /**
   * Returns the inspection with an identifier.
   *
   * @param id the identifier; not null
   * @return the inspection, or empty if the ledger has none with this identifier
   */
  public Optional<Inspection> inspection(String id) {
    return Optional.ofNullable(inspectionsById().get(requireNonNull(id, "id")));
  }

  /**
   * Returns the inspections of one kind.
   *
   * @param kind the kind; not null
   * @return the inspections, in the order given; not null
   */
  public ImmutableList<Inspection> inspectionsOf(InspectionKind kind) {
    requireNonNull(kind, "kind");
    return inspections().stream()
        .filter(inspection -> inspection.kind() == kind)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the notices issued after an inspection.
   *
   * @param inspectionId the inspection's identifier; not null
   * @return the notices, in the order given; not null
   */
  public ImmutableList<RectificationNotice> noticesOf(String inspectionId) {
    requireNonNull(inspectionId, "inspectionId");
    return notices().stream()
        .filter(notice -> notice.inspectionId().equals(inspectionId))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the findings raised by inspections of one kind.
   *
   * @param kind the kind; not null
   * @return the findings, in the order given; not null
   */
  public ImmutableList<Finding> findingsOf(InspectionKind kind) {
    requireNonNull(kind, "kind");
    return findings().stream()
        .filter(finding -> inspectionsById().get(finding.inspectionId()).kind() == kind)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the findings overdue on a day (逾期未整改), by due date and then identifier.
   *
   * @param asOf the day of the reckoning; not null
   * @return the overdue findings; not null
   */
  public ImmutableList<Finding> overdue(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return findings().stream()
        .filter(finding -> finding.isOverdue(asOf))
        .sorted(Comparator.comparing(Finding::dueDate).thenComparing(Finding::id))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "RectificationLedger (" + inspections().size() + " inspections, " + notices().size()
        + " notices, " + findings().size() + " findings)";
  }
}
