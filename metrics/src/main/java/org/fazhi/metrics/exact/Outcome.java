package org.fazhi.metrics.exact;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * The result of a computation: an exact value, or no value with the reason why.
 *
 * <p>0/0 and growth from zero are not errors to catch nor NaN to stumble on: they are
 * {@link Undefined} outcomes, printed as "—". Operations on outcomes carry undefinedness along
 * ({@link UndefinedReason#INPUT_UNDEFINED}), so nothing downstream invents a number.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Outcome permits Outcome.Defined, Outcome.Undefined {

  /**
   * Returns a defined outcome.
   *
   * @param value the exact value; not null
   * @return the outcome
   */
  static Outcome of(Fraction value) {
    return new Defined(value);
  }

  /**
   * Returns an undefined outcome.
   *
   * @param reason why there is no value; not null
   * @return the outcome
   */
  static Outcome undefined(UndefinedReason reason) {
    return new Undefined(reason);
  }

  /**
   * Returns {@code numerator / denominator}, undefined when the denominator is zero.
   *
   * @param numerator the numerator
   * @param denominator the denominator
   * @return the ratio, or {@link UndefinedReason#ZERO_DENOMINATOR}
   */
  static Outcome ratio(long numerator, long denominator) {
    return denominator == 0
        ? undefined(UndefinedReason.ZERO_DENOMINATOR)
        : of(Fraction.of(numerator, denominator));
  }

  /**
   * Returns whether there is a value.
   *
   * @return true for a {@link Defined} outcome
   */
  boolean isDefined();

  /**
   * Returns the value, if any.
   *
   * @return the exact value, or empty when undefined
   */
  Optional<Fraction> fraction();

  /**
   * Returns the outcome of a function of this value, such as the value in another unit;
   * undefined stays undefined, with its reason.
   *
   * @param function the function; not null
   * @return the outcome of the function, or this outcome if undefined
   */
  default Outcome map(UnaryOperator<Fraction> function) {
    requireNonNull(function, "function");
    return fraction().map(v -> of(function.apply(v))).orElse(this);
  }

  /**
   * Returns the outcome of a function of this value and another; undefined if either is, with
   * reason {@link UndefinedReason#INPUT_UNDEFINED}.
   *
   * @param other the other outcome; not null
   * @param function the function; not null
   * @return the outcome of the function
   */
  default Outcome combine(Outcome other, BinaryOperator<Fraction> function) {
    requireNonNull(other, "other");
    requireNonNull(function, "function");
    if (isDefined() && other.isDefined()) {
      return of(function.apply(fraction().get(), other.fraction().get()));
    }
    return undefined(UndefinedReason.INPUT_UNDEFINED);
  }

  /**
   * An exact value.
   *
   * @param value the value; not null
   */
  record Defined(Fraction value) implements Outcome {

    /**
     * Creates a defined outcome.
     *
     * @param value the value; not null
     */
    public Defined {
      requireNonNull(value, "value");
    }

    @Override
    public boolean isDefined() {
      return true;
    }

    @Override
    public Optional<Fraction> fraction() {
      return Optional.of(value);
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }

  /**
   * No value, and why.
   *
   * @param reason the reason; not null
   */
  record Undefined(UndefinedReason reason) implements Outcome {

    /**
     * Creates an undefined outcome.
     *
     * @param reason the reason; not null
     */
    public Undefined {
      requireNonNull(reason, "reason");
    }

    @Override
    public boolean isDefined() {
      return false;
    }

    @Override
    public Optional<Fraction> fraction() {
      return Optional.empty();
    }

    @Override
    public String toString() {
      return "undefined(" + reason + ")";
    }
  }
}
