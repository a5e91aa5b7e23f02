package org.fazhi.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.fazhi.core.testing.InvalidValues.assertInvalid;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.core.unit.UnitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link TaskList}. */
class TaskListTest {

  private static final UnitCode JINGYUAN = UnitCode.parse("640424");
  private static final UnitCode SFJ = UnitCode.parse("640424-SFJ");
  private static final LocalDate ISSUED = LocalDate.of(2024, 3, 1);
  private static final String TITLE = "泾源县法治政府建设“八大行动(2024)”任务清单";
  private static final String STUDY = "学法用法提升行动";
  private static final String ENFORCEMENT = "严格规范执法行动";

  private static Task task(String number, String action) {
    return Task.builder()
        .number(number)
        .action(action)
        .title("任务 " + number)
        .leadUnit(SFJ)
        .assignedDate(ISSUED)
        .dueDate(LocalDate.of(2024, 12, 31))
        .status(TaskStatus.IN_PROGRESS)
        .build();
  }

  private static final Task T11 = task("1.1", STUDY);
  private static final Task T21 = task("2.1", ENFORCEMENT);
  private static final Task T12 = task("1.2", STUDY);

  private static TaskList list(String title, UnitCode issuer, LocalDate issued, List<Task> tasks) {
    return TaskList.builder().title(title).issuer(issuer).issuedDate(issued).addAllTasks(tasks)
        .build();
  }

  //-----------------------------------------------------------------------
  // builder()
  //-----------------------------------------------------------------------
  @Test
  void builder() {
    TaskList list = list(TITLE, JINGYUAN, ISSUED, List.of(T11, T21, T12));
    assertThat(list.title()).isEqualTo(TITLE);
    assertThat(list.issuer()).isEqualTo(JINGYUAN);
    assertThat(list.issuedDate()).isEqualTo(ISSUED);
    assertThat(list.tasks()).containsExactly(T11, T21, T12);
    assertThat(list).hasToString("《" + TITLE + "》(2 actions, 3 tasks)");
  }

  @Test
  void builder_empty() {
    TaskList list = list(TITLE, JINGYUAN, ISSUED, List.of());
    assertThat(list.tasks()).isEmpty();
    assertThat(list.actions()).isEmpty();
    assertThat(list).hasToString("《" + TITLE + "》(0 actions, 0 tasks)");
  }

  @Test
  void builder_missingAttributes() {
    assertThatIllegalStateException()
        .isThrownBy(() -> TaskList.builder().title(TITLE).build())
        .withMessageContaining("[issuer, issuedDate]");
  }

  @Test
  void builder_nulls() {
    assertThatNullPointerException().isThrownBy(() -> TaskList.builder().title(null))
        .withMessage("title");
    assertThatNullPointerException().isThrownBy(() -> TaskList.builder().issuer(null))
        .withMessage("issuer");
    assertThatNullPointerException().isThrownBy(() -> TaskList.builder().issuedDate(null))
        .withMessage("issuedDate");
    assertThatNullPointerException().isThrownBy(() -> TaskList.builder().addTasks((Task) null));
    new NullPointerTester().testAllPublicStaticMethods(TaskList.class);
    new NullPointerTester().testAllPublicInstanceMethods(TaskList.builder());
  }

  //-----------------------------------------------------------------------
  // validation
  //-----------------------------------------------------------------------
  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\u3000"})
  void build_blankTitle(String title) {
    assertInvalid(() -> list(title, JINGYUAN, ISSUED, List.of(T11)),
        "TaskList.title = \"" + title + "\": must not be blank");
  }

  @Test
  void build_duplicateTaskNumber() {
    assertInvalid(
        () -> list(TITLE, JINGYUAN, ISSUED, List.of(T11, T21, T12, task("1.2", ENFORCEMENT))),
        "TaskList.tasks.number = 1.2: must appear only once");
  }

  @Test
  void build_sameTaskTwice() {
    assertInvalid(() -> list(TITLE, JINGYUAN, ISSUED, List.of(T11, T11)),
        "TaskList.tasks.number = 1.1: must appear only once");
  }

  //-----------------------------------------------------------------------
  // actions()
  //-----------------------------------------------------------------------
  @Test
  void actions_inOrderOfFirstAppearance() {
    assertThat(list(TITLE, JINGYUAN, ISSUED, List.of(T11, T21, T12)).actions())
        .containsExactly(STUDY, ENFORCEMENT);
    assertThat(list(TITLE, JINGYUAN, ISSUED, List.of(T21, T11, T12)).actions())
        .containsExactly(ENFORCEMENT, STUDY);
  }

  //-----------------------------------------------------------------------
  // tasksOf(String)
  //-----------------------------------------------------------------------
  @Test
  void tasksOf() {
    TaskList list = list(TITLE, JINGYUAN, ISSUED, List.of(T11, T21, T12));
    assertThat(list.tasksOf(STUDY)).containsExactly(T11, T12);
    assertThat(list.tasksOf(ENFORCEMENT)).containsExactly(T21);
    assertThat(list.tasksOf("其他行动")).isEmpty();
    int total = 0;
    for (String action : list.actions()) {
      total += list.tasksOf(action).size();
    }
    assertThat(total).isEqualTo(list.tasks().size());
  }

  @Test
  void tasksOf_null() {
    TaskList list = list(TITLE, JINGYUAN, ISSUED, List.of(T11, T21, T12));
    assertThatNullPointerException().isThrownBy(() -> list.tasksOf(null)).withMessage("action");
    new NullPointerTester().testAllPublicInstanceMethods(list);
  }

  //-----------------------------------------------------------------------
  // equals(Object), hashCode()
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            list(TITLE, JINGYUAN, ISSUED, List.of(T11, T21)),
            list(TITLE, JINGYUAN, ISSUED, List.of(T11, T21)))
        .addEqualityGroup(list("另一清单", JINGYUAN, ISSUED, List.of(T11, T21)))
        .addEqualityGroup(list(TITLE, SFJ, ISSUED, List.of(T11, T21)))
        .addEqualityGroup(list(TITLE, JINGYUAN, ISSUED.plusDays(1), List.of(T11, T21)))
        .addEqualityGroup(list(TITLE, JINGYUAN, ISSUED, List.of(T21, T11))) // order matters
        .addEqualityGroup(list(TITLE, JINGYUAN, ISSUED, List.of(T11)))
        .addEqualityGroup(list(TITLE, JINGYUAN, ISSUED, List.of()))
        .testEquals();
  }
}
