package org.fazhi.core.checklist;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A checklist (清单) of one kind, as its owner published it on a day: for example 泾源县's 权责清单
 * of 3158 items.
 *
 * <p>Item codes are unique within a checklist. Two versions of the same checklist compare through
 * {@link ChecklistRevision#between(Checklist, Checklist)}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Checklist {

  Checklist() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Checklist}; kind, owner and version date are required. */
  public static final class Builder extends ImmutableChecklist.Builder {
    Builder() {}
  }

  /**
   * Returns the kind of checklist.
   *
   * @return the kind; not null
   */
  public abstract ChecklistKind kind();

  /**
   * Returns the unit that keeps the checklist, such as a county.
   *
   * @return the owner's code; not null
   */
  public abstract UnitCode owner();

  /**
   * Returns the day this version of the checklist took effect.
   *
   * @return the version date; not null
   */
  public abstract LocalDate versionDate();

  /**
   * Returns the items in the order of the checklist.
   *
   * @return the items; not null
   */
  public abstract ImmutableList<ChecklistItem> items();

  @Value.Lazy
  ImmutableMap<String, ChecklistItem> itemsByCode() {
    return items().stream()
        .collect(ImmutableMap.toImmutableMap(ChecklistItem::code, Function.identity()));
  }

  /**
   * Returns the item with a code.
   *
   * @param code the item's code; not null
   * @return the item, or empty if the checklist has none with this code
   */
  public Optional<ChecklistItem> item(String code) {
    return Optional.ofNullable(itemsByCode().get(requireNonNull(code, "code")));
  }

  @Value.Check
  void check() {
    Checks.uniqueKeys("Checklist.items.code", items(), ChecklistItem::code);
  }

  @Override
  public String toString() {
    return kind().chinese() + " of " + owner() + " (" + versionDate() + ", " + items().size()
        + " items)";
  }
}
