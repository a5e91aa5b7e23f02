package org.fazhi.core.cases;

import java.time.LocalDate;
import java.util.Optional;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.internal.Checks;
import org.fazhi.core.validation.InvalidValueException;
import org.immutables.value.Value;

/**
 * An administrative reconsideration case (行政复议案件): an application received by a
 * reconsideration body against an act of a respondent agency, accepted (受理) or not, and decided.
 *
 * <p>A decision requires acceptance; the decision and its date are recorded together; no step
 * comes before the one it follows. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReconsiderationCase {

  ReconsiderationCase() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReconsiderationCase}; case number, body, respondent, received date required. */
  public static final class Builder extends ImmutableReconsiderationCase.Builder {
    Builder() {}
  }

  /**
   * Returns the case number.
   *
   * @return the case number; not blank
   */
  public abstract String caseNumber();

  /**
   * Returns the reconsideration body that received the application (行政复议机关).
   *
   * @return the body's code; not null
   */
  public abstract UnitCode body();

  /**
   * Returns the agency whose act is challenged (被申请人).
   *
   * @return the respondent's code; not null
   */
  public abstract UnitCode respondent();

  /**
   * Returns the day the application was received (收到申请).
   *
   * @return the date received; not null
   */
  public abstract LocalDate receivedDate();

  /**
   * Returns the day the application was accepted (受理).
   *
   * @return the acceptance date, or empty if not (yet) accepted
   */
  public abstract Optional<LocalDate> acceptedDate();

  /**
   * Returns the decision.
   *
   * @return the decision, or empty while pending
   */
  public abstract Optional<ReconsiderationDecision> decision();

  /**
   * Returns the day of the decision.
   *
   * @return the decision date, present exactly when there is a decision
   */
  public abstract Optional<LocalDate> decidedDate();

  @Value.Check
  void check() {
    Checks.nonBlank("ReconsiderationCase.caseNumber", caseNumber());
    Checks.notBefore(
        "ReconsiderationCase.acceptedDate", acceptedDate(),
        "receivedDate", Optional.of(receivedDate()));
    Checks.presentExactlyWhen(
        "ReconsiderationCase.decidedDate", decidedDate(), decision().isPresent(),
        "there is a decision");
    if (decision().isPresent() && acceptedDate().isEmpty()) {
      throw new InvalidValueException(
          "ReconsiderationCase.decision", decision().get(), "requires an acceptedDate");
    }
    Checks.notBefore(
        "ReconsiderationCase.decidedDate", decidedDate(), "acceptedDate", acceptedDate());
  }

  @Override
  public String toString() {
    return "ReconsiderationCase " + caseNumber() + " against " + respondent()
        + decision().map(d -> " [" + d.chinese() + "]").orElse(" [pending]");
  }
}
