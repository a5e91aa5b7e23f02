package org.fazhi.metrics.engine;

import static org.fazhi.metrics.engine.Columns.day;
import static org.fazhi.metrics.measure.StandardMeasure.TASKS_CANCELLED;
import static org.fazhi.metrics.measure.StandardMeasure.TASKS_COMPLETED;
import static org.fazhi.metrics.measure.StandardMeasure.TASKS_COMPLETED_ON_TIME;
import static org.fazhi.metrics.measure.StandardMeasure.TASKS_DUE;
import static org.fazhi.metrics.measure.StandardMeasure.TASKS_OVERDUE;

import org.fazhi.core.task.Task;
import org.fazhi.core.task.TaskStatus;

/** Tasks, counted to their lead unit in the period of their due date. */
final class TaskRecords {

  private final int[] unit;
  private final int[] due;
  private final int[] completed;
  private final byte[] cancelled;

  private TaskRecords(Builder builder) {
    unit = builder.unit.toArray();
    due = builder.due.toArray();
    completed = builder.completed.toArray();
    cancelled = builder.cancelled.toArray();
  }

  int size() {
    return unit.length;
  }

  void reckon(Reckoning r) {
    for (int i = 0; i < unit.length; i++) {
      int p = r.periodOf(due[i]);
      if (p < 0) {
        continue;
      }
      int u = unit[i];
      int asOf = r.asOf(p);
      r.add(p, u, TASKS_DUE, -1, 1);
      if (cancelled[i] != 0) {
        r.add(p, u, TASKS_CANCELLED, -1, 1);
      } else if (completed[i] <= asOf) {
        r.add(p, u, TASKS_COMPLETED, -1, 1);
        if (completed[i] <= due[i]) {
          r.add(p, u, TASKS_COMPLETED_ON_TIME, -1, 1);
        }
      } else if (due[i] < asOf) {
        r.add(p, u, TASKS_OVERDUE, -1, 1);
      }
    }
  }

  static final class Builder {
    private final Columns.Ints unit = new Columns.Ints();
    private final Columns.Ints due = new Columns.Ints();
    private final Columns.Ints completed = new Columns.Ints();
    private final Columns.Bytes cancelled = new Columns.Bytes();

    void add(Task task, int unitIndex) {
      unit.add(unitIndex);
      due.add(day(task.dueDate()));
      completed.add(day(task.completionDate()));
      cancelled.add(task.status() == TaskStatus.CANCELLED ? 1 : 0);
    }

    TaskRecords build() {
      return new TaskRecords(this);
    }
  }
}
