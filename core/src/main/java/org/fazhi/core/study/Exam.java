package org.fazhi.core.study;

import java.time.LocalDate;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A law examination (考法、考试), with the number who sat it (参考) and the number who passed
 * (合格): the seed's 122 cadres sat the enforcement-certificate examination and 77 passed.
 *
 * <p>No more can pass than sat. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Exam {

  Exam() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Exam}; every attribute is required. */
  public static final class Builder extends ImmutableExam.Builder {
    Builder() {}
  }

  /**
   * Returns the examination's identifier.
   *
   * @return the identifier; not blank
   */
  public abstract String id();

  /**
   * Returns the kind of examination.
   *
   * @return the kind; not null
   */
  public abstract ExamKind kind();

  /**
   * Returns the unit that organised it.
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
   * Returns the number who sat it (参考人数).
   *
   * @return zero or more
   */
  public abstract long sat();

  /**
   * Returns the number who passed (合格人数).
   *
   * @return from zero to {@link #sat()}
   */
  public abstract long passed();

  @Value.Check
  void check() {
    Checks.nonBlank("Exam.id", id());
    Checks.nonNegative("Exam.sat", sat());
    Checks.nonNegative("Exam.passed", passed());
    Checks.atMost("Exam.passed", passed(), "sat", sat());
  }
}
