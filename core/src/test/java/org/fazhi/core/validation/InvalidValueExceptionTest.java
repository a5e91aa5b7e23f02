package org.fazhi.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests {@link InvalidValueException}. */
class InvalidValueExceptionTest {

  //-----------------------------------------------------------------------
  // InvalidValueException(String, Object, String)
  //-----------------------------------------------------------------------
  static Stream<Arguments> messages() {
    return Stream.of(
        arguments(
            "Finding.rectifiedDate", LocalDate.of(2024, 3, 1),
            "must not be before raisedDate (2024-04-01)",
            "Finding.rectifiedDate = 2024-03-01: must not be before raisedDate (2024-04-01)",
            "2024-03-01"),
        arguments("Exam.sat", -1L, "must not be negative", "Exam.sat = -1: must not be negative",
            "-1"),
        arguments("Task.title", "\" \"", "must not be blank",
            "Task.title = \" \": must not be blank",
            "\" \""),
        arguments("Task.completionDate", null, "is required when status is COMPLETED",
            "Task.completionDate = null: is required when status is COMPLETED", "null"),
        arguments("TaskStatus", "\"完成\"", "must be one of 已完成 (COMPLETED)",
            "TaskStatus = \"完成\": must be one of 已完成 (COMPLETED)", "\"完成\""));
  }

  @ParameterizedTest(name = "{3}")
  @MethodSource("messages")
  void constructor_namesFieldValueAndRule(
      String field, Object value, String rule, String message, String valueText) {
    InvalidValueException ex = new InvalidValueException(field, value, rule);
    assertThat(ex)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message)
        .hasNoCause();
    assertThat(ex.field()).isEqualTo(field);
    assertThat(ex.value()).isEqualTo(valueText);
    assertThat(ex.rule()).isEqualTo(rule);
  }

  @Test
  void constructor_valueIsPrintedWithToString() {
    Object value = new Object() {
      @Override
      public String toString() {
        return "泾政规发〔2024〕1号";
      }
    };
    InvalidValueException ex = new InvalidValueException("NormativeDocument.number", value, "x");
    assertThat(ex.value()).isEqualTo("泾政规发〔2024〕1号");
    assertThat(ex).hasMessage("NormativeDocument.number = 泾政规发〔2024〕1号: x");
  }

  @Test
  void constructor_nullField() {
    assertThatNullPointerException()
        .isThrownBy(() -> new InvalidValueException(null, 1, "must be positive"))
        .withMessage("field");
  }

  @Test
  void constructor_nullRule() {
    assertThatNullPointerException()
        .isThrownBy(() -> new InvalidValueException("Exam.sat", 1, null))
        .withMessage("rule");
  }

  //-----------------------------------------------------------------------
  // serialization
  //-----------------------------------------------------------------------
  @Test
  void serialization_keepsTheParts() throws IOException, ClassNotFoundException {
    InvalidValueException original =
        new InvalidValueException("Exam.passed", 123, "must not exceed sat (122)");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(original);
    }
    Object read;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      read = in.readObject();
    }
    assertThat(read).isInstanceOf(InvalidValueException.class);
    InvalidValueException copy = (InvalidValueException) read;
    assertThat(copy).hasMessage("Exam.passed = 123: must not exceed sat (122)");
    assertThat(copy.field()).isEqualTo("Exam.passed");
    assertThat(copy.value()).isEqualTo("123");
    assertThat(copy.rule()).isEqualTo("must not exceed sat (122)");
  }
}
