package org.fazhi.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.fazhi.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link Checks}. */
class ChecksTest {

  private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);
  private static final LocalDate APRIL_1 = LocalDate.of(2024, 4, 1);

  private static InvalidValueException thrownBy(Runnable check) {
    InvalidValueException ex = catchThrowableOfType(InvalidValueException.class, check::run);
    assertThat(ex).as("expected an InvalidValueException").isNotNull();
    return ex;
  }

  //-----------------------------------------------------------------------
  // nonNegative(String, long)
  //-----------------------------------------------------------------------
  @ParameterizedTest
  @ValueSource(longs = {0, 1, 77, Long.MAX_VALUE})
  void nonNegative_accepts(long value) {
    assertThat(Checks.nonNegative("Exam.sat", value)).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, -122, Long.MIN_VALUE})
  void nonNegative_rejects(long value) {
    InvalidValueException ex = thrownBy(() -> Checks.nonNegative("Exam.sat", value));
    assertThat(ex).hasMessage("Exam.sat = " + value + ": must not be negative");
    assertThat(ex.field()).isEqualTo("Exam.sat");
    assertThat(ex.value()).isEqualTo(Long.toString(value));
    assertThat(ex.rule()).isEqualTo("must not be negative");
  }

  //-----------------------------------------------------------------------
  // positive(String, long)
  //-----------------------------------------------------------------------
  @ParameterizedTest
  @ValueSource(longs = {1, 2, Long.MAX_VALUE})
  void positive_accepts(long value) {
    assertThat(Checks.positive("TaskList.size", value)).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void positive_rejects(long value) {
    InvalidValueException ex = thrownBy(() -> Checks.positive("TaskList.size", value));
    assertThat(ex).hasMessage("TaskList.size = " + value + ": must be positive");
    assertThat(ex.rule()).isEqualTo("must be positive");
  }

  //-----------------------------------------------------------------------
  // atMost(String, long, String, long)
  //-----------------------------------------------------------------------
  @ParameterizedTest
  @ValueSource(longs = {0, 76, 77, 122})
  void atMost_acceptsUpToTheLimit(long passed) {
    assertThat(Checks.atMost("Exam.passed", passed, "sat", 122)).isEqualTo(passed);
  }

  @ParameterizedTest
  @ValueSource(longs = {123, 1000, Long.MAX_VALUE})
  void atMost_rejectsAboveTheLimit(long passed) {
    InvalidValueException ex = thrownBy(() -> Checks.atMost("Exam.passed", passed, "sat", 122));
    assertThat(ex).hasMessage("Exam.passed = " + passed + ": must not exceed sat (122)");
    assertThat(ex.rule()).isEqualTo("must not exceed sat (122)");
  }

  //-----------------------------------------------------------------------
  // nonBlank(String, String)
  //-----------------------------------------------------------------------
  @ParameterizedTest
  @ValueSource(strings = {"x", " 泾源县 ", "640424", "\u3000司法局"})
  void nonBlank_accepts(String value) {
    assertThat(Checks.nonBlank("OrgUnit.name", value)).isSameAs(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "  ", "\t", "\n", "\u3000"})
  void nonBlank_rejects(String value) {
    InvalidValueException ex = thrownBy(() -> Checks.nonBlank("OrgUnit.name", value));
    assertThat(ex).hasMessage("OrgUnit.name = \"" + value + "\": must not be blank");
    assertThat(ex.value()).isEqualTo("\"" + value + "\"");
  }

  @Test
  void nonBlank_null() {
    assertThatNullPointerException().isThrownBy(() -> Checks.nonBlank("OrgUnit.name", null));
  }

  //-----------------------------------------------------------------------
  // notBefore(String, Optional, String, Optional)
  //-----------------------------------------------------------------------
  static Stream<Arguments> notBeforeAccepted() {
    return Stream.of(
        arguments(Optional.of(APRIL_1), Optional.of(MARCH_1)),
        arguments(Optional.of(APRIL_1), Optional.of(APRIL_1)),
        arguments(Optional.empty(), Optional.of(APRIL_1)),
        arguments(Optional.of(MARCH_1), Optional.empty()),
        arguments(Optional.empty(), Optional.empty()));
  }

  @ParameterizedTest
  @MethodSource("notBeforeAccepted")
  void notBefore_optional_accepts(Optional<LocalDate> value, Optional<LocalDate> earlier) {
    assertThatCode(() -> Checks.notBefore("Finding.rectifiedDate", value, "raisedDate", earlier))
        .doesNotThrowAnyException();
  }

  @Test
  void notBefore_optional_rejects() {
    InvalidValueException ex = thrownBy(() -> Checks.notBefore(
        "Finding.rectifiedDate", Optional.of(MARCH_1), "raisedDate", Optional.of(APRIL_1)));
    assertThat(ex)
        .hasMessage(
            "Finding.rectifiedDate = 2024-03-01: must not be before raisedDate (2024-04-01)");
    assertThat(ex.field()).isEqualTo("Finding.rectifiedDate");
    assertThat(ex.value()).isEqualTo("2024-03-01");
    assertThat(ex.rule()).isEqualTo("must not be before raisedDate (2024-04-01)");
  }

  @Test
  void notBefore_optional_rejectsOneDayBefore() {
    assertThat(thrownBy(() -> Checks.notBefore(
            "Task.dueDate", Optional.of(MARCH_1.minusDays(1)), "assignedDate",
            Optional.of(MARCH_1))))
        .hasMessage("Task.dueDate = 2024-02-29: must not be before assignedDate (2024-03-01)");
  }

  //-----------------------------------------------------------------------
  // notBefore(String, LocalDate, String, LocalDate)
  //-----------------------------------------------------------------------
  @Test
  void notBefore_dates_acceptsSameAndLater() {
    assertThatCode(() -> {
      Checks.notBefore("Inspection.endDate", APRIL_1, "startDate", APRIL_1);
      Checks.notBefore("Inspection.endDate", APRIL_1, "startDate", MARCH_1);
    }).doesNotThrowAnyException();
  }

  @Test
  void notBefore_dates_rejects() {
    assertThat(
            thrownBy(() -> Checks.notBefore("Inspection.endDate", MARCH_1, "startDate", APRIL_1)))
        .hasMessage("Inspection.endDate = 2024-03-01: must not be before startDate (2024-04-01)");
  }

  @Test
  void notBefore_dates_null() {
    assertThatNullPointerException()
        .isThrownBy(() -> Checks.notBefore("Inspection.endDate", null, "startDate", APRIL_1));
    assertThatNullPointerException()
        .isThrownBy(() -> Checks.notBefore("Inspection.endDate", APRIL_1, "startDate", null));
  }

  //-----------------------------------------------------------------------
  // presentExactlyWhen(String, Optional, boolean, String)
  //-----------------------------------------------------------------------
  @Test
  void presentExactlyWhen_accepts() {
    assertThatCode(() -> {
      Checks.presentExactlyWhen("Task.completionDate", Optional.of(MARCH_1), true, "done");
      Checks.presentExactlyWhen("Task.completionDate", Optional.empty(), false, "done");
    }).doesNotThrowAnyException();
  }

  @Test
  void presentExactlyWhen_rejectsMissing() {
    InvalidValueException ex = thrownBy(() -> Checks.presentExactlyWhen(
        "Task.completionDate", Optional.empty(), true, "status is COMPLETED"));
    assertThat(ex).hasMessage("Task.completionDate = null: is required when status is COMPLETED");
    assertThat(ex.value()).isEqualTo("null");
    assertThat(ex.rule()).isEqualTo("is required when status is COMPLETED");
  }

  @Test
  void presentExactlyWhen_rejectsPresent() {
    InvalidValueException ex = thrownBy(() -> Checks.presentExactlyWhen(
        "Task.completionDate", Optional.of(MARCH_1), false, "status is COMPLETED"));
    assertThat(ex)
        .hasMessage("Task.completionDate = 2024-03-01: must be absent unless status is COMPLETED");
    assertThat(ex.value()).isEqualTo("2024-03-01");
  }

  //-----------------------------------------------------------------------
  // uniqueKeys(String, Iterable, Function)
  //-----------------------------------------------------------------------
  @Test
  void uniqueKeys_accepts() {
    assertThatCode(() -> {
      Checks.uniqueKeys("TaskList.tasks.number", List.of(), Function.identity());
      Checks.uniqueKeys("TaskList.tasks.number", List.of("1.1", "1.2", "2.1"), Function.identity());
    }).doesNotThrowAnyException();
  }

  @Test
  void uniqueKeys_namesTheFirstRepeatedKey() {
    InvalidValueException ex = thrownBy(() -> Checks.uniqueKeys(
        "TaskList.tasks.number", List.of("1.1", "1.2", "2.1", "1.2", "1.1"), Function.identity()));
    assertThat(ex).hasMessage("TaskList.tasks.number = 1.2: must appear only once");
    assertThat(ex.value()).isEqualTo("1.2");
  }

  @Test
  void uniqueKeys_comparesByKey() {
    // distinct elements whose keys collide
    InvalidValueException ex = thrownBy(() -> Checks.uniqueKeys(
        "Checklist.items.code", List.of("A-1 甲", "B-1 乙", "A-1 丙"), s -> s.substring(0, 3)));
    assertThat(ex).hasMessage("Checklist.items.code = A-1: must appear only once");
  }
}
