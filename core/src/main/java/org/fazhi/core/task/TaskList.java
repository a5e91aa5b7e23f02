package org.fazhi.core.task;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A task list (任务清单), such as 《泾源县法治政府建设“八大行动(2024)”任务清单》: 8 actions and 29
 * tasks issued by a unit on a day.
 *
 * <p>Task numbers are unique within a list. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TaskList {

  TaskList() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TaskList}; the title, issuer and issue date are required. */
  public static final class Builder extends ImmutableTaskList.Builder {
    Builder() {}
  }

  /**
   * Returns the title of the list.
   *
   * @return the title; not blank
   */
  public abstract String title();

  /**
   * Returns the unit that issued the list (印发单位).
   *
   * @return the issuer; not null
   */
  public abstract UnitCode issuer();

  /**
   * Returns the day the list was issued.
   *
   * @return the issue date; not null
   */
  public abstract LocalDate issuedDate();

  /**
   * Returns the tasks in the order of the list.
   *
   * @return the tasks; not null
   */
  public abstract ImmutableList<Task> tasks();

  /**
   * Returns the actions (方面、行动) the tasks fall under, in order of first appearance.
   *
   * @return the distinct actions; not null
   */
  @Value.Lazy
  public ImmutableList<String> actions() {
    return tasks().stream().map(Task::action).distinct().collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the tasks under one action, in the order of the list.
   *
   * @param action the action; not null
   * @return the tasks, empty if the action is not in the list; not null
   */
  public ImmutableList<Task> tasksOf(String action) {
    requireNonNull(action, "action");
    return tasks().stream()
        .filter(task -> task.action().equals(action))
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    Checks.nonBlank("TaskList.title", title());
    Checks.uniqueKeys("TaskList.tasks.number", tasks(), Task::number);
  }

  @Override
  public String toString() {
    return "《" + title() + "》(" + actions().size() + " actions, " + tasks().size() + " tasks)";
  }
}
