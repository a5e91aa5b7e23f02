package org.fazhi.examples.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.examples.Run;
import org.junit.jupiter.api.Test;

class TaskListCommandTest {

  @Test
  void eightActionsAndTwentyNineTasksAllCompletedByYearEnd() {
    Run run = Run.of("tasks");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith(
        "《泾源县法治政府建设“八大行动(2024)”任务清单》：8个方面，29项任务；截至2024-12-31")
        .contains("严格规范执法行动      5     5       5/5        100.00%  100.00%",
            "泾源县司法局              10    10      10/10      100.00%  100.00%",
            "合计                      29    29      29/29      100.00%  100.00%",
            "逾期未完成：0项");
  }

  @Test
  void inSeptemberOnlyTheTasksDueByThenCount() {
    Run run = Run.of("tasks", "--as-of", "2024-09-30", "--lang", "en");

    assertThat(run.out()).contains("total                     29     17   17/17",
        "泾源县农业农村局          1      0    0/0            —           —",
        "Overdue: 0");
  }
}
