package org.fazhi.core.checklist;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One item of a checklist (清单事项): a power or matter, its category, its legal basis, the agency
 * that holds it, when it was published, and whether it is delegated to a township.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ChecklistItem {

  ChecklistItem() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChecklistItem}; code, name, category and owner are required. */
  public static final class Builder extends ImmutableChecklistItem.Builder {
    Builder() {}
  }

  /**
   * Returns the item's code (事项编码), unique within its checklist.
   *
   * @return the code; not blank
   */
  public abstract String code();

  /**
   * Returns the item's name (事项名称).
   *
   * @return the name; not blank
   */
  public abstract String name();

  /**
   * Returns the category of power (权力类别).
   *
   * @return the category; not null
   */
  public abstract PowerCategory category();

  /**
   * Returns the laws and regulations the item rests on (设定依据), in the order given.
   *
   * @return the legal basis, possibly empty for items still being sorted out; not null
   */
  public abstract ImmutableList<String> legalBasis();

  /**
   * Returns the agency that holds the power (实施主体).
   *
   * @return the owning agency's code; not null
   */
  public abstract UnitCode owner();

  /**
   * Returns the day the item was published (公布、公示).
   *
   * @return the publication date, or empty if not published
   */
  public abstract Optional<LocalDate> publishedDate();

  /**
   * Returns the delegation of the item to a township, recalled or not.
   *
   * @return the delegation, or empty if never delegated
   */
  public abstract Optional<Delegation> delegation();

  /**
   * Returns the ways, beyond the counter, in which the matter can be handled; meaningful for
   * government services.
   *
   * @return the service modes, possibly empty; not null
   */
  public abstract ImmutableSet<ServiceMode> serviceModes();

  @Value.Check
  void check() {
    Checks.nonBlank("ChecklistItem.code", code());
    Checks.nonBlank("ChecklistItem.name", name());
  }

  /**
   * Returns whether the item was published on or before a day.
   *
   * @param asOf the day; not null
   * @return true if published by {@code asOf}
   */
  public boolean isPublishedBy(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return publishedDate().filter(day -> !day.isAfter(asOf)).isPresent();
  }

  /**
   * Returns whether the item was delegated to a township, and not recalled, on a day.
   *
   * @param asOf the day; not null
   * @return true if a delegation was in force on {@code asOf}
   */
  public boolean isDelegatedOn(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return delegation().filter(d -> d.isInForce(asOf)).isPresent();
  }

  @Override
  public String toString() {
    return "ChecklistItem " + code() + " " + name() + " [" + category().chinese() + "]";
  }
}
