package org.fazhi.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.fazhi.core.validation.InvalidValueException;

/** Assertions on {@link InvalidValueException}, shared by the tests of every package. */
public final class InvalidValues {

  private InvalidValues() {}

  /**
   * Asserts that a construction fails with an {@link InvalidValueException} of exactly this
   * message, and that the exception's field, value and rule are the parts of that message.
   *
   * @param construction the code that must fail
   * @param message the expected message, {@code "field = value: rule"}
   * @return the exception, for further assertions
   */
  public static InvalidValueException assertInvalid(ThrowingCallable construction, String message) {
    InvalidValueException[] thrown = new InvalidValueException[1];
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(construction)
        .withMessage(message)
        .satisfies(ex -> {
          assertThat(message).isEqualTo(ex.field() + " = " + ex.value() + ": " + ex.rule());
          assertThat(message).startsWith(ex.field() + " = ");
          thrown[0] = ex;
        });
    return thrown[0];
  }
}
