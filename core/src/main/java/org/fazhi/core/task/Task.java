package org.fazhi.core.task;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.internal.Checks;
import org.fazhi.core.validation.InvalidValueException;
import org.immutables.value.Value;

/**
 * One task of a task list (任务清单中的一项任务): what must be done, under which action, by which
 * lead unit (牵头单位) with which co-units (配合单位), and by when.
 *
 * <p>A task is completed exactly when it records a completion date, and that date cannot come
 * before the task was assigned. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Task {

  Task() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Task}; every attribute but the co-units and completion date is required. */
  public static final class Builder extends ImmutableTask.Builder {
    Builder() {}
  }

  /**
   * Returns the task's number within its list, such as {@code "3.2"}.
   *
   * @return the number; not blank
   */
  public abstract String number();

  /**
   * Returns the action or area (方面、行动) the task belongs to, such as {@code "依法行政提升行动"}.
   *
   * @return the action; not blank
   */
  public abstract String action();

  /**
   * Returns what must be done.
   *
   * @return the title; not blank
   */
  public abstract String title();

  /**
   * Returns the unit that leads the task (牵头单位).
   *
   * @return the lead unit; not null
   */
  public abstract UnitCode leadUnit();

  /**
   * Returns the units that share the task (配合单位), never including the lead unit.
   *
   * @return the co-units, in the order given; not null
   */
  public abstract ImmutableSet<UnitCode> coUnits();

  /**
   * Returns the day the task was assigned.
   *
   * @return the assignment date; not null
   */
  public abstract LocalDate assignedDate();

  /**
   * Returns the day by which the task must be done (完成时限).
   *
   * @return the due date, on or after the assignment date; not null
   */
  public abstract LocalDate dueDate();

  /**
   * Returns the state of the task.
   *
   * @return the status; not null
   */
  public abstract TaskStatus status();

  /**
   * Returns the day the task was completed.
   *
   * @return the completion date, present exactly when the status is {@link TaskStatus#COMPLETED}
   */
  public abstract Optional<LocalDate> completionDate();

  @Value.Check
  void check() {
    Checks.nonBlank("Task.number", number());
    Checks.nonBlank("Task.action", action());
    Checks.nonBlank("Task.title", title());
    if (coUnits().contains(leadUnit())) {
      throw new InvalidValueException(
          "Task.coUnits", coUnits(), "must not include the lead unit " + leadUnit());
    }
    Checks.notBefore("Task.dueDate", dueDate(), "assignedDate", assignedDate());
    Checks.presentExactlyWhen(
        "Task.completionDate", completionDate(), status() == TaskStatus.COMPLETED,
        "status is COMPLETED");
    Checks.notBefore(
        "Task.completionDate", completionDate(), "assignedDate", Optional.of(assignedDate()));
  }

  /**
   * Returns whether the task counts towards completion rates: every task but a cancelled one.
   *
   * @return false only for a {@link TaskStatus#CANCELLED} task
   */
  public boolean isInScope() {
    return status() != TaskStatus.CANCELLED;
  }

  /**
   * Returns whether the task was completed on or before a day.
   *
   * @param asOf the day of the reckoning; not null
   * @return true if the task records a completion date on or before {@code asOf}
   */
  public boolean isCompletedBy(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return completionDate().filter(done -> !done.isAfter(asOf)).isPresent();
  }

  /**
   * Returns whether the task was completed by its due date (按时完成).
   *
   * @return true if the task records a completion date on or before its due date
   */
  public boolean isCompletedOnTime() {
    return isCompletedBy(dueDate());
  }

  /**
   * Returns whether the task's due date has passed on a day without it being completed (逾期).
   *
   * @param asOf the day of the reckoning; not null
   * @return true if the task is in scope, due before {@code asOf} and not completed by then
   */
  public boolean isOverdue(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return isInScope() && dueDate().isBefore(asOf) && !isCompletedBy(asOf);
  }

  @Override
  public String toString() {
    return "Task " + number() + " " + title() + " [" + status() + ", due " + dueDate() + "]";
  }
}
