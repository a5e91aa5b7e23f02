package org.fazhi.metrics.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.fazhi.core.validation.InvalidValueException;

/** Assertions on the validation failures of the metrics module. */
public final class Invalid {

  private Invalid() {}

  /**
   * Asserts that a call fails with an {@link InvalidValueException} with exactly this message.
   *
   * @param call the call
   * @param message the expected message, naming field, value and rule
   */
  public static void assertInvalid(ThrowingCallable call, String message) {
    assertThatThrownBy(call)
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage(message);
  }

  /**
   * Asserts that a call fails with an {@link ArithmeticException} with exactly this message.
   *
   * @param call the call
   * @param message the expected message
   */
  public static void assertArithmetic(ThrowingCallable call, String message) {
    assertThatThrownBy(call)
        .isExactlyInstanceOf(ArithmeticException.class)
        .hasMessage(message);
  }
}
