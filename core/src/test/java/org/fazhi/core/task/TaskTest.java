package org.fazhi.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.fazhi.core.testing.InvalidValues.assertInvalid;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.fazhi.core.unit.UnitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests {@link Task}. */
class TaskTest {

  private static final UnitCode SFJ = UnitCode.parse("640424-SFJ");
  private static final UnitCode GAJ = UnitCode.parse("640424-GAJ");
  private static final UnitCode JTJ = UnitCode.parse("640424-JTJ");
  private static final String ACTION = "依法行政提升行动";
  private static final String TITLE = "开展行政规范性文件合法性审核";
  private static final LocalDate ASSIGNED = LocalDate.of(2024, 3, 1);
  private static final LocalDate DUE = LocalDate.of(2024, 6, 30);

  /** Builds a task from every attribute; {@code completion} may be null. */
  private static Task task(
      String number, String action, String title, UnitCode lead, Set<UnitCode> coUnits,
      LocalDate assigned, LocalDate due, TaskStatus status, LocalDate completion) {
    return Task.builder()
        .number(number)
        .action(action)
        .title(title)
        .leadUnit(lead)
        .addAllCoUnits(coUnits)
        .assignedDate(assigned)
        .dueDate(due)
        .status(status)
        .completionDate(Optional.ofNullable(completion))
        .build();
  }

  private static Task open(TaskStatus status) {
    return task("1.1", ACTION, TITLE, SFJ, Set.of(), ASSIGNED, DUE, status, null);
  }

  private static Task completed(LocalDate on) {
    return task("1.1", ACTION, TITLE, SFJ, Set.of(), ASSIGNED, DUE, TaskStatus.COMPLETED, on);
  }

  //-----------------------------------------------------------------------
  // builder()
  //-----------------------------------------------------------------------
  @Test
  void builder() {
    Task task = Task.builder()
        .number("3.2")
        .action(ACTION)
        .title(TITLE)
        .leadUnit(SFJ)
        .addCoUnits(JTJ, GAJ)
        .assignedDate(ASSIGNED)
        .dueDate(DUE)
        .status(TaskStatus.COMPLETED)
        .completionDate(LocalDate.of(2024, 5, 20))
        .build();
    assertThat(task.number()).isEqualTo("3.2");
    assertThat(task.action()).isEqualTo(ACTION);
    assertThat(task.title()).isEqualTo(TITLE);
    assertThat(task.leadUnit()).isEqualTo(SFJ);
    assertThat(task.coUnits()).containsExactly(JTJ, GAJ); // in the order given
    assertThat(task.assignedDate()).isEqualTo(ASSIGNED);
    assertThat(task.dueDate()).isEqualTo(DUE);
    assertThat(task.status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(task.completionDate()).contains(LocalDate.of(2024, 5, 20));
    assertThat(task).hasToString("Task 3.2 " + TITLE + " [COMPLETED, due 2024-06-30]");
  }

  @Test
  void builder_optionalsDefaultToEmpty() {
    Task task = Task.builder().number("1.1").action(ACTION).title(TITLE).leadUnit(SFJ)
        .assignedDate(ASSIGNED).dueDate(DUE).status(TaskStatus.NOT_STARTED).build();
    assertThat(task.coUnits()).isEmpty();
    assertThat(task.completionDate()).isEmpty();
  }

  @Test
  void builder_missingAttributes() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Task.builder().number("1.1").title(TITLE).build())
        .withMessageContaining("[action, leadUnit, assignedDate, dueDate, status]");
  }

  @Test
  void builder_isStrict() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Task.builder().number("1.1").number("1.2"))
        .withMessageContaining("number");
  }

  static Stream<Arguments> nullAttributes() {
    return Stream.of(
        arguments("number", (Consumer<Task.Builder>) b -> b.number(null)),
        arguments("action", (Consumer<Task.Builder>) b -> b.action(null)),
        arguments("title", (Consumer<Task.Builder>) b -> b.title(null)),
        arguments("leadUnit", (Consumer<Task.Builder>) b -> b.leadUnit(null)),
        arguments("assignedDate", (Consumer<Task.Builder>) b -> b.assignedDate(null)),
        arguments("dueDate", (Consumer<Task.Builder>) b -> b.dueDate(null)),
        arguments("status", (Consumer<Task.Builder>) b -> b.status(null)),
        arguments("completionDate",
            (Consumer<Task.Builder>) b -> b.completionDate((LocalDate) null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullAttributes")
  void builder_nullAttribute(String attribute, Consumer<Task.Builder> setNull) {
    assertThatNullPointerException()
        .isThrownBy(() -> setNull.accept(Task.builder()))
        .withMessage(attribute);
  }

  @Test
  void builder_nulls() {
    assertThatNullPointerException().isThrownBy(() -> Task.builder().addCoUnits((UnitCode) null));
    new NullPointerTester().testAllPublicStaticMethods(Task.class);
    new NullPointerTester().testAllPublicInstanceMethods(Task.builder());
  }

  //-----------------------------------------------------------------------
  // validation
  //-----------------------------------------------------------------------
  static Stream<Arguments> accepted() {
    return Stream.<Supplier<Task>>of(
            () -> task("1.1", ACTION, TITLE, SFJ, Set.of(), ASSIGNED, ASSIGNED,
                TaskStatus.NOT_STARTED, null), // due the day it is assigned
            () -> task("1.1", ACTION, TITLE, SFJ, Set.of(GAJ), ASSIGNED, DUE,
                TaskStatus.COMPLETED, ASSIGNED), // completed the day it is assigned
            () -> task("1.1", ACTION, TITLE, SFJ, Set.of(), ASSIGNED, DUE,
                TaskStatus.COMPLETED, DUE.plusDays(30)), // completed late
            () -> task("1.1", ACTION, TITLE, SFJ, Set.of(), ASSIGNED, DUE,
                TaskStatus.CANCELLED, null))
        .map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void build_accepted(Supplier<Task> build) {
    assertThat(build.get()).isNotNull();
  }

  private static Arguments invalid(String message, Supplier<Task> build) {
    return arguments(message, build);
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        invalid("Task.number = \" \": must not be blank",
            () -> task(" ", ACTION, TITLE, SFJ, Set.of(), ASSIGNED, DUE, TaskStatus.NOT_STARTED,
                null)),
        invalid("Task.number = \"\": must not be blank",
            () -> task("", ACTION, TITLE, SFJ, Set.of(), ASSIGNED, DUE, TaskStatus.NOT_STARTED,
                null)),
        invalid("Task.action = \"\u3000\": must not be blank",
            () -> task("1.1", "\u3000", TITLE, SFJ, Set.of(), ASSIGNED, DUE,
                TaskStatus.NOT_STARTED, null)),
        invalid("Task.title = \"\t\": must not be blank",
            () -> task("1.1", ACTION, "\t", SFJ, Set.of(), ASSIGNED, DUE, TaskStatus.NOT_STARTED,
                null)),
        invalid("Task.coUnits = [640424-SFJ]: must not include the lead unit 640424-SFJ",
            () -> task("1.1", ACTION, TITLE, SFJ, Set.of(SFJ), ASSIGNED, DUE,
                TaskStatus.NOT_STARTED, null)),
        invalid("Task.dueDate = 2024-02-29: must not be before assignedDate (2024-03-01)",
            () -> task("1.1", ACTION, TITLE, SFJ, Set.of(), ASSIGNED, ASSIGNED.minusDays(1),
                TaskStatus.NOT_STARTED, null)),
        invalid("Task.completionDate = null: is required when status is COMPLETED",
            () -> task("1.1", ACTION, TITLE, SFJ, Set.of(), ASSIGNED, DUE, TaskStatus.COMPLETED,
                null)),
        invalid("Task.completionDate = 2024-05-01: must be absent unless status is COMPLETED",
            () -> task("1.1", ACTION, TITLE, SFJ, Set.of(), ASSIGNED, DUE,
                TaskStatus.IN_PROGRESS, LocalDate.of(2024, 5, 1))),
        invalid("Task.completionDate = 2024-05-01: must be absent unless status is COMPLETED",
            () -> task("1.1", ACTION, TITLE, SFJ, Set.of(), ASSIGNED, DUE,
                TaskStatus.NOT_STARTED, LocalDate.of(2024, 5, 1))),
        invalid("Task.completionDate = 2024-05-01: must be absent unless status is COMPLETED",
            () -> task("1.1", ACTION, TITLE, SFJ, Set.of(), ASSIGNED, DUE,
                TaskStatus.CANCELLED, LocalDate.of(2024, 5, 1))),
        invalid("Task.completionDate = 2024-02-29: must not be before assignedDate (2024-03-01)",
            () -> task("1.1", ACTION, TITLE, SFJ, Set.of(), ASSIGNED, DUE, TaskStatus.COMPLETED,
                ASSIGNED.minusDays(1))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void build_invalid(String message, Supplier<Task> build) {
    assertInvalid(build::get, message);
  }

  @Test
  void build_coUnitsIncludingTheLead_namesTheSetInOrder() {
    assertInvalid(
        () -> Task.builder().number("1.1").action(ACTION).title(TITLE).leadUnit(SFJ)
            .addCoUnits(GAJ, SFJ, JTJ).assignedDate(ASSIGNED).dueDate(DUE)
            .status(TaskStatus.NOT_STARTED).build(),
        "Task.coUnits = [640424-GAJ, 640424-SFJ, 640424-JTJ]:"
            + " must not include the lead unit 640424-SFJ");
  }

  //-----------------------------------------------------------------------
  // isInScope()
  //-----------------------------------------------------------------------
  @ParameterizedTest
  @EnumSource(value = TaskStatus.class, names = {"NOT_STARTED", "IN_PROGRESS", "CANCELLED"})
  void isInScope(TaskStatus status) {
    assertThat(open(status).isInScope()).isEqualTo(status != TaskStatus.CANCELLED);
  }

  @Test
  void isInScope_completed() {
    assertThat(completed(DUE).isInScope()).isTrue();
  }

  //-----------------------------------------------------------------------
  // isCompletedBy(LocalDate)
  //-----------------------------------------------------------------------
  @Test
  void isCompletedBy() {
    Task task = completed(LocalDate.of(2024, 5, 20));
    assertThat(task.isCompletedBy(LocalDate.of(2024, 5, 19))).isFalse();
    assertThat(task.isCompletedBy(LocalDate.of(2024, 5, 20))).isTrue();
    assertThat(task.isCompletedBy(LocalDate.of(2024, 5, 21))).isTrue();
    assertThat(task.isCompletedBy(LocalDate.of(2025, 1, 1))).isTrue();
  }

  @ParameterizedTest
  @EnumSource(value = TaskStatus.class, names = {"NOT_STARTED", "IN_PROGRESS", "CANCELLED"})
  void isCompletedBy_notCompleted(TaskStatus status) {
    assertThat(open(status).isCompletedBy(LocalDate.of(2099, 1, 1))).isFalse();
  }

  @Test
  void isCompletedBy_null() {
    assertThatNullPointerException().isThrownBy(() -> completed(DUE).isCompletedBy(null))
        .withMessage("asOf");
  }

  //-----------------------------------------------------------------------
  // isCompletedOnTime()
  //-----------------------------------------------------------------------
  @Test
  void isCompletedOnTime() {
    assertThat(completed(ASSIGNED).isCompletedOnTime()).isTrue();
    assertThat(completed(DUE.minusDays(1)).isCompletedOnTime()).isTrue();
    assertThat(completed(DUE).isCompletedOnTime()).isTrue();
    assertThat(completed(DUE.plusDays(1)).isCompletedOnTime()).isFalse();
    for (TaskStatus status : List.of(
        TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.CANCELLED)) {
      assertThat(open(status).isCompletedOnTime()).as("%s", status).isFalse();
    }
  }

  //-----------------------------------------------------------------------
  // isOverdue(LocalDate)
  //-----------------------------------------------------------------------
  @ParameterizedTest
  @EnumSource(value = TaskStatus.class, names = {"NOT_STARTED", "IN_PROGRESS"})
  void isOverdue_open(TaskStatus status) {
    Task task = open(status);
    assertThat(task.isOverdue(DUE.minusDays(1))).isFalse();
    assertThat(task.isOverdue(DUE)).isFalse(); // due today is not yet overdue
    assertThat(task.isOverdue(DUE.plusDays(1))).isTrue();
    assertThat(task.isOverdue(DUE.plusYears(1))).isTrue();
  }

  @Test
  void isOverdue_completedLate() {
    Task task = completed(DUE.plusDays(5));
    assertThat(task.isOverdue(DUE)).isFalse();
    assertThat(task.isOverdue(DUE.plusDays(1))).isTrue();
    assertThat(task.isOverdue(DUE.plusDays(4))).isTrue();
    assertThat(task.isOverdue(DUE.plusDays(5))).isFalse();
    assertThat(task.isOverdue(DUE.plusDays(6))).isFalse();
  }

  @Test
  void isOverdue_completedOnTime() {
    Task task = completed(DUE);
    assertThat(task.isOverdue(DUE.plusDays(1))).isFalse();
    assertThat(task.isOverdue(DUE.plusYears(1))).isFalse();
  }

  @Test
  void isOverdue_null() {
    // whatever the task's state, a null day is an error
    for (Task task : List.of(open(TaskStatus.CANCELLED), open(TaskStatus.IN_PROGRESS),
        completed(DUE))) {
      assertThatNullPointerException().isThrownBy(() -> task.isOverdue(null))
          .withMessage("asOf");
    }
  }

  @Test
  void instanceMethods_nulls() {
    new NullPointerTester().testAllPublicInstanceMethods(open(TaskStatus.CANCELLED));
    new NullPointerTester().testAllPublicInstanceMethods(completed(DUE));
  }

  @Test
  void isOverdue_cancelledNever() {
    assertThat(open(TaskStatus.CANCELLED).isOverdue(DUE.plusDays(1))).isFalse();
    assertThat(open(TaskStatus.CANCELLED).isOverdue(DUE.plusYears(10))).isFalse();
  }

  //-----------------------------------------------------------------------
  // equals(Object), hashCode()
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    LocalDate done = LocalDate.of(2024, 5, 20);
    TaskStatus c = TaskStatus.COMPLETED;
    new EqualsTester()
        .addEqualityGroup(
            task("1.1", ACTION, TITLE, SFJ, Set.of(GAJ), ASSIGNED, DUE, c, done),
            task("1.1", ACTION, TITLE, SFJ, Set.of(GAJ), ASSIGNED, DUE, c, done))
        .addEqualityGroup(task("1.2", ACTION, TITLE, SFJ, Set.of(GAJ), ASSIGNED, DUE, c, done))
        .addEqualityGroup(task("1.1", "其他行动", TITLE, SFJ, Set.of(GAJ), ASSIGNED, DUE, c, done))
        .addEqualityGroup(task("1.1", ACTION, "其他任务", SFJ, Set.of(GAJ), ASSIGNED, DUE, c, done))
        .addEqualityGroup(task("1.1", ACTION, TITLE, JTJ, Set.of(GAJ), ASSIGNED, DUE, c, done))
        .addEqualityGroup(task("1.1", ACTION, TITLE, SFJ, Set.of(JTJ), ASSIGNED, DUE, c, done))
        .addEqualityGroup(task("1.1", ACTION, TITLE, SFJ, Set.of(), ASSIGNED, DUE, c, done))
        .addEqualityGroup(
            task("1.1", ACTION, TITLE, SFJ, Set.of(GAJ), ASSIGNED.plusDays(1), DUE, c, done))
        .addEqualityGroup(
            task("1.1", ACTION, TITLE, SFJ, Set.of(GAJ), ASSIGNED, DUE.plusDays(1), c, done))
        .addEqualityGroup(
            task("1.1", ACTION, TITLE, SFJ, Set.of(GAJ), ASSIGNED, DUE, c, done.plusDays(1)))
        .addEqualityGroup(task("1.1", ACTION, TITLE, SFJ, Set.of(GAJ), ASSIGNED, DUE,
            TaskStatus.IN_PROGRESS, null))
        .addEqualityGroup(task("1.1", ACTION, TITLE, SFJ, Set.of(GAJ), ASSIGNED, DUE,
            TaskStatus.NOT_STARTED, null))
        .testEquals();
  }
}
