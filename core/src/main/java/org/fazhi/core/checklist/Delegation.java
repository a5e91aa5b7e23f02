package org.fazhi.core.checklist;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.unit.UnitKind;
import org.fazhi.core.internal.Checks;
import org.fazhi.core.validation.InvalidValueException;
import org.immutables.value.Value;

/**
 * The delegation of a power to a township (赋权乡镇、下放乡镇), and its recall (收回) where the
 * township could not exercise it well.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Delegation {

  Delegation() {}

  /**
   * Returns the township the power was delegated to.
   *
   * @return the township's code; not null
   */
  @Value.Parameter
  public abstract UnitCode township();

  /**
   * Returns the day the delegation took effect.
   *
   * @return the delegation date; not null
   */
  @Value.Parameter
  public abstract LocalDate delegatedDate();

  /**
   * Returns the day the power was recalled.
   *
   * @return the recall date, on or after the delegation date, or empty while in force
   */
  @Value.Parameter
  public abstract Optional<LocalDate> recalledDate();

  /**
   * Returns a delegation that is still in force.
   *
   * @param township the township's code; not null
   * @param delegatedDate the day the delegation took effect; not null
   * @return the delegation
   * @throws InvalidValueException if {@code township} is not a township code
   */
  public static Delegation of(UnitCode township, LocalDate delegatedDate) {
    return new ImmutableDelegation(township, delegatedDate, Optional.empty());
  }

  /**
   * Returns this delegation recalled on a day.
   *
   * @param recalledDate the day of the recall; not null
   * @return the recalled delegation
   * @throws InvalidValueException if the recall comes before the delegation, or this delegation
   *     was already recalled
   */
  public Delegation recall(LocalDate recalledDate) {
    requireNonNull(recalledDate, "recalledDate");
    if (recalledDate().isPresent()) {
      throw new InvalidValueException(
          "Delegation.recalledDate", recalledDate().get(), "a delegation is recalled once");
    }
    return new ImmutableDelegation(township(), delegatedDate(), Optional.of(recalledDate));
  }

  /**
   * Returns whether the delegation was in force on a day: delegated by then and not yet recalled.
   *
   * @param asOf the day; not null
   * @return true if in force on {@code asOf}
   */
  public boolean isInForce(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return !delegatedDate().isAfter(asOf) && recalledDate().map(asOf::isBefore).orElse(true);
  }

  @Value.Check
  void check() {
    if (township().kind() != UnitKind.TOWNSHIP) {
      throw new InvalidValueException(
          "Delegation.township", township(), "must be a township code (nine digits)");
    }
    Checks.notBefore(
        "Delegation.recalledDate", recalledDate(), "delegatedDate", Optional.of(delegatedDate()));
  }
}
