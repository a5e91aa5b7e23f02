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
    // Kept in order of due date, so that an evaluation finds a period's tasks by binary search.
    int[] order = Columns.orderBy(builder.due.toArray());
    unit = builder.unit.toArray(order);
    due = builder.due.toArray(order);
    completed = builder.completed.toArray(order);
    cancelled = builder.cancelled.toArray(order);
  }

  int size() {
    return unit.length;
  }

  void reckon(Reckoning r) {
    r.count(new Reckoning.Table(due) {
      @Override
      void count(Reckoning r, int p, int from, int to) {
        long[] dueCounts = r.stripe(p, r.column(TASKS_DUE));
        long[] cancelledCounts = r.stripe(p, r.column(TASKS_CANCELLED));
        long[] completedCounts = r.stripe(p, r.column(TASKS_COMPLETED));
        long[] onTimeCounts = r.stripe(p, r.column(TASKS_COMPLETED_ON_TIME));
        long[] overdueCounts = r.stripe(p, r.column(TASKS_OVERDUE));
        int asOf = r.asOf(p);
        boolean track = r.tracksKnown(p);
        for (int i = from; i < to; i++) {
          int u = unit[i];
          if (track) {
            r.touch(p, u, TASKS_DUE, -1);
          }
          dueCounts[u]++;
          if (cancelled[i] != 0) {
            cancelledCounts[u]++;
          } else if (completed[i] <= asOf) {
            completedCounts[u]++;
            onTimeCounts[u] += completed[i] <= due[i] ? 1 : 0;
          } else {
            overdueCounts[u] += due[i] < asOf ? 1 : 0;
          }
        }
      }
    });
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
