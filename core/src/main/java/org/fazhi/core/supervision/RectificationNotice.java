package org.fazhi.core.supervision;

import java.time.LocalDate;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A rectification notice (整改通知单) issued to a unit after an inspection, with the day by which
 * the unit must report its rectification.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RectificationNotice {

  RectificationNotice() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RectificationNotice}; every attribute is required. */
  public static final class Builder extends ImmutableRectificationNotice.Builder {
    Builder() {}
  }

  /**
   * Returns the notice's number, unique within a ledger.
   *
   * @return the number; not blank
   */
  public abstract String number();

  /**
   * Returns the identifier of the inspection the notice follows.
   *
   * @return the inspection's identifier; not blank
   */
  public abstract String inspectionId();

  /**
   * Returns the unit the notice is issued to.
   *
   * @return the unit's code; not null
   */
  public abstract UnitCode issuedTo();

  /**
   * Returns the day the notice was issued.
   *
   * @return the issue date; not null
   */
  public abstract LocalDate issuedDate();

  /**
   * Returns the day by which the rectification must be done (整改时限).
   *
   * @return the due date, on or after the issue date; not null
   */
  public abstract LocalDate dueDate();

  @Value.Check
  void check() {
    Checks.nonBlank("RectificationNotice.number", number());
    Checks.nonBlank("RectificationNotice.inspectionId", inspectionId());
    Checks.notBefore("RectificationNotice.dueDate", dueDate(), "issuedDate", issuedDate());
  }

  @Override
  public String toString() {
    return "RectificationNotice " + number() + " to " + issuedTo() + " (due " + dueDate() + ")";
  }
}
