package org.fazhi.core.cases;

import java.time.LocalDate;
import java.util.Optional;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A legal-aid case (法律援助案件) accepted by a legal-aid centre, with the economic losses it
 * recovered for the aided person (挽回经济损失), in whole yuan.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LegalAidCase {

  LegalAidCase() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LegalAidCase}; all but the conclusion date and amount are required. */
  public static final class Builder extends ImmutableLegalAidCase.Builder {
    Builder() {}
  }

  /**
   * Returns the case's identifier.
   *
   * @return the identifier; not blank
   */
  public abstract String id();

  /**
   * Returns the unit of the legal-aid centre.
   *
   * @return the unit's code; not null
   */
  public abstract UnitCode unit();

  /**
   * Returns the kind of matter.
   *
   * @return the kind; not null
   */
  public abstract LegalAidKind kind();

  /**
   * Returns the day the case was accepted (受理).
   *
   * @return the acceptance date; not null
   */
  public abstract LocalDate acceptedDate();

  /**
   * Returns the day the case was concluded.
   *
   * @return the conclusion date, or empty while open
   */
  public abstract Optional<LocalDate> concludedDate();

  /**
   * Returns the economic losses recovered, in yuan (元).
   *
   * @return the amount, zero or more
   */
  @Value.Default
  public long recoveredYuan() {
    return 0;
  }

  @Value.Check
  void check() {
    Checks.nonBlank("LegalAidCase.id", id());
    Checks.nonNegative("LegalAidCase.recoveredYuan", recoveredYuan());
    Checks.notBefore(
        "LegalAidCase.concludedDate", concludedDate(), "acceptedDate",
        Optional.of(acceptedDate()));
  }
}
