package org.fazhi.core.supervision;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A supervision activity (监督检查): a rule-of-law inspection (法治督察), a review of case files
 * (案卷评查), a special supervision (专项监督) or a sorting-out of problems (问题梳理), with its
 * dates and scope.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Inspection {

  Inspection() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Inspection}; all but the inspected units are required. */
  public static final class Builder extends ImmutableInspection.Builder {
    Builder() {}
  }

  /**
   * Returns the identifier of the inspection, unique within a ledger.
   *
   * @return the identifier, such as {@code "DC-2024-01"}; not blank
   */
  public abstract String id();

  /**
   * Returns the kind of activity.
   *
   * @return the kind; not null
   */
  public abstract InspectionKind kind();

  /**
   * Returns the unit that organised it.
   *
   * @return the organiser's code; not null
   */
  public abstract UnitCode organizer();

  /**
   * Returns the first day of the activity.
   *
   * @return the start date; not null
   */
  public abstract LocalDate startDate();

  /**
   * Returns the last day of the activity.
   *
   * @return the end date, on or after the start date; not null
   */
  public abstract LocalDate endDate();

  /**
   * Returns what was inspected, in words, such as {@code "法治政府建设重点任务落实情况"}.
   *
   * @return the scope; not blank
   */
  public abstract String scope();

  /**
   * Returns the units inspected.
   *
   * @return the inspected units, possibly empty where the scope is not by unit; not null
   */
  public abstract ImmutableSet<UnitCode> inspectedUnits();

  @Value.Check
  void check() {
    Checks.nonBlank("Inspection.id", id());
    Checks.nonBlank("Inspection.scope", scope());
    Checks.notBefore("Inspection.endDate", endDate(), "startDate", startDate());
  }

  @Override
  public String toString() {
    return "Inspection " + id() + " [" + kind().chinese() + ", " + startDate() + "]";
  }
}
