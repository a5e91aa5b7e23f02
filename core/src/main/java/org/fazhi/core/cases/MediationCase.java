package org.fazhi.core.cases;

import java.time.LocalDate;
import java.util.Optional;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A dispute taken up for mediation (调解矛盾纠纷) by a mediation organisation, whether it was
 * resolved (化解), and the amount in dispute (涉及金额).
 *
 * <p>A case is concluded exactly when its outcome is other than pending. Amounts are whole yuan.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MediationCase {

  MediationCase() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MediationCase}; all but the amount and conclusion date are required. */
  public static final class Builder extends ImmutableMediationCase.Builder {
    Builder() {}
  }

  /**
   * Returns the case's identifier.
   *
   * @return the identifier; not blank
   */
  public abstract String id();

  /**
   * Returns the unit the mediation organisation belongs to, such as a township.
   *
   * @return the unit's code; not null
   */
  public abstract UnitCode unit();

  /**
   * Returns the day the dispute was taken up.
   *
   * @return the date received; not null
   */
  public abstract LocalDate receivedDate();

  /**
   * Returns where the mediation stands.
   *
   * @return the outcome; not null
   */
  public abstract MediationOutcome outcome();

  /**
   * Returns the day the mediation ended.
   *
   * @return the conclusion date, present exactly when the outcome is not pending
   */
  public abstract Optional<LocalDate> concludedDate();

  /**
   * Returns the amount in dispute, in yuan (元).
   *
   * @return the amount, zero or more
   */
  @Value.Default
  public long amountInvolvedYuan() {
    return 0;
  }

  @Value.Check
  void check() {
    Checks.nonBlank("MediationCase.id", id());
    Checks.nonNegative("MediationCase.amountInvolvedYuan", amountInvolvedYuan());
    Checks.presentExactlyWhen(
        "MediationCase.concludedDate", concludedDate(), outcome() != MediationOutcome.PENDING,
        "the outcome is not PENDING");
    Checks.notBefore(
        "MediationCase.concludedDate", concludedDate(), "receivedDate",
        Optional.of(receivedDate()));
  }

  /**
   * Returns whether the dispute was resolved.
   *
   * @return true for {@link MediationOutcome#RESOLVED}
   */
  public boolean isResolved() {
    return outcome() == MediationOutcome.RESOLVED;
  }
}
