package org.fazhi.core.supervision;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A problem found by supervision (反馈问题), the unit that must rectify it, and the state of the
 * rectification (整改).
 *
 * <p>A finding is rectified exactly when it records a rectification date, and that date cannot
 * come before the finding was raised. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding {

  Finding() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}; all but the notice number and rectification date are required. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }

  /**
   * Returns the identifier of the finding, unique within a ledger.
   *
   * @return the identifier; not blank
   */
  public abstract String id();

  /**
   * Returns the identifier of the inspection that raised it.
   *
   * @return the inspection's identifier; not blank
   */
  public abstract String inspectionId();

  /**
   * Returns the number of the rectification notice that carries it, if any; problems fed back on
   * the spot (现场反馈) have none.
   *
   * @return the notice number, or empty
   */
  public abstract Optional<String> noticeNumber();

  /**
   * Returns the unit that must rectify it (整改责任单位).
   *
   * @return the unit's code; not null
   */
  public abstract UnitCode unit();

  /**
   * Returns the problem, in words.
   *
   * @return the problem; not blank
   */
  public abstract String problem();

  /**
   * Returns the day the problem was raised.
   *
   * @return the date raised; not null
   */
  public abstract LocalDate raisedDate();

  /**
   * Returns the day by which it must be rectified (整改时限).
   *
   * @return the due date, on or after the date raised; not null
   */
  public abstract LocalDate dueDate();

  /**
   * Returns the state of rectification.
   *
   * @return the status; not null
   */
  public abstract FindingStatus status();

  /**
   * Returns the day the rectification was completed.
   *
   * @return the rectification date, present exactly when the status is
   *     {@link FindingStatus#RECTIFIED}
   */
  public abstract Optional<LocalDate> rectifiedDate();

  @Value.Check
  void check() {
    Checks.nonBlank("Finding.id", id());
    Checks.nonBlank("Finding.inspectionId", inspectionId());
    Checks.nonBlank("Finding.problem", problem());
    Checks.notBefore("Finding.dueDate", dueDate(), "raisedDate", raisedDate());
    Checks.presentExactlyWhen(
        "Finding.rectifiedDate", rectifiedDate(), status() == FindingStatus.RECTIFIED,
        "status is RECTIFIED");
    Checks.notBefore(
        "Finding.rectifiedDate", rectifiedDate(), "raisedDate", Optional.of(raisedDate()));
  }

  /**
   * Returns whether the finding was rectified on or before a day.
   *
   * @param asOf the day of the reckoning; not null
   * @return true if the rectification date is on or before {@code asOf}
   */
  public boolean isRectifiedBy(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return rectifiedDate().filter(day -> !day.isAfter(asOf)).isPresent();
  }

  /**
   * Returns whether the finding was rectified by its due date (按期整改).
   *
   * @return true if the rectification date is on or before the due date
   */
  public boolean isRectifiedOnTime() {
    return isRectifiedBy(dueDate());
  }

  /**
   * Returns whether the finding is overdue on a day (逾期未整改): due before then, not rectified
   * by then, and not under long-term rectification.
   *
   * @param asOf the day of the reckoning; not null
   * @return true if overdue on {@code asOf}
   */
  public boolean isOverdue(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return status() != FindingStatus.LONG_TERM
        && dueDate().isBefore(asOf)
        && !isRectifiedBy(asOf);
  }

  @Override
  public String toString() {
    return "Finding " + id() + " " + unit() + " [" + status() + ", due " + dueDate() + "]";
  }
}
