package org.fazhi.core.cases;

import java.time.LocalDate;
import java.util.Optional;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.internal.Checks;
import org.fazhi.core.validation.InvalidValueException;
import org.immutables.value.Value;

/**
 * An administrative lawsuit against an agency (行政诉讼案件): filed, heard in court (开庭) or not,
 * with or without the agency's head appearing (行政机关负责人出庭应诉), and concluded (审结).
 *
 * <p>The head can appear only at a hearing; an outcome and its date are recorded together; no
 * step comes before the one it follows. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LitigationCase {

  LitigationCase() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LitigationCase}; case number, defendant and filing date are required. */
  public static final class Builder extends ImmutableLitigationCase.Builder {
    Builder() {}
  }

  /**
   * Returns the court's case number.
   *
   * @return the case number; not blank
   */
  public abstract String caseNumber();

  /**
   * Returns the agency sued (被告).
   *
   * @return the defendant's code; not null
   */
  public abstract UnitCode defendant();

  /**
   * Returns the day the court docketed the case (立案).
   *
   * @return the filing date; not null
   */
  public abstract LocalDate filedDate();

  /**
   * Returns the day of the court hearing (开庭审理).
   *
   * @return the hearing date, or empty if the case was not heard in court
   */
  public abstract Optional<LocalDate> hearingDate();

  /**
   * Returns whether the agency's head appeared in court (负责人出庭应诉).
   *
   * @return true if the head appeared at the hearing; false without a hearing
   */
  @Value.Default
  public boolean headAppeared() {
    return false;
  }

  /**
   * Returns how the case ended.
   *
   * @return the outcome, or empty while pending
   */
  public abstract Optional<LitigationOutcome> outcome();

  /**
   * Returns the day the case was concluded (审结).
   *
   * @return the conclusion date, present exactly when there is an outcome
   */
  public abstract Optional<LocalDate> concludedDate();

  @Value.Check
  void check() {
    Checks.nonBlank("LitigationCase.caseNumber", caseNumber());
    if (headAppeared() && hearingDate().isEmpty()) {
      throw new InvalidValueException(
          "LitigationCase.headAppeared", true, "requires a hearingDate (case " + caseNumber()
              + ")");
    }
    Checks.notBefore(
        "LitigationCase.hearingDate", hearingDate(), "filedDate", Optional.of(filedDate()));
    Checks.presentExactlyWhen(
        "LitigationCase.concludedDate", concludedDate(), outcome().isPresent(),
        "there is an outcome");
    Checks.notBefore(
        "LitigationCase.concludedDate", concludedDate(), "filedDate", Optional.of(filedDate()));
    Checks.notBefore("LitigationCase.concludedDate", concludedDate(), "hearingDate", hearingDate());
  }

  /**
   * Returns whether the case was heard in court, and so counts towards the attendance rate.
   *
   * @return true if there was a hearing
   */
  public boolean wasHeard() {
    return hearingDate().isPresent();
  }

  @Override
  public String toString() {
    return "LitigationCase " + caseNumber() + " against " + defendant()
        + outcome().map(o -> " [" + o.chinese() + "]").orElse(" [pending]");
  }
}
