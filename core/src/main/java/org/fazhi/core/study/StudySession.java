package org.fazhi.core.study;

import java.time.LocalDate;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A session of law study or training (学法、培训), with how many were expected and how many
 * attended (应到、实到人次).
 *
 * <p>Attendance cannot exceed the number expected. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StudySession {

  StudySession() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StudySession}; every attribute is required. */
  public static final class Builder extends ImmutableStudySession.Builder {
    Builder() {}
  }

  /**
   * Returns the session's identifier.
   *
   * @return the identifier; not blank
   */
  public abstract String id();

  /**
   * Returns the kind of session.
   *
   * @return the kind; not null
   */
  public abstract StudyKind kind();

  /**
   * Returns the unit that held it.
   *
   * @return the organiser's code; not null
   */
  public abstract UnitCode organizer();

  /**
   * Returns the day it was held.
   *
   * @return the date; not null
   */
  public abstract LocalDate date();

  /**
   * Returns what was studied.
   *
   * @return the topic; not blank
   */
  public abstract String topic();

  /**
   * Returns the number of attendances expected (应到人次).
   *
   * @return zero or more
   */
  public abstract long expected();

  /**
   * Returns the number of attendances (实到人次).
   *
   * @return from zero to {@link #expected()}
   */
  public abstract long attended();

  @Value.Check
  void check() {
    Checks.nonBlank("StudySession.id", id());
    Checks.nonBlank("StudySession.topic", topic());
    Checks.nonNegative("StudySession.expected", expected());
    Checks.nonNegative("StudySession.attended", attended());
    Checks.atMost("StudySession.attended", attended(), "expected", expected());
  }
}
