package org.fazhi.core.checklist;

import com.google.common.collect.ImmutableList;
import org.fazhi.core.validation.InvalidValueException;
import org.immutables.value.Value;

/**
 * What changed between two versions of a checklist (清单动态调整): the items added, removed and
 * changed, and among the changed, the powers newly delegated to townships and those recalled.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ChecklistRevision {

  ChecklistRevision() {}

  /**
   * Returns the earlier version.
   *
   * @return the earlier checklist; not null
   */
  @Value.Parameter
  public abstract Checklist older();

  /**
   * Returns the later version.
   *
   * @return the later checklist; not null
   */
  @Value.Parameter
  public abstract Checklist newer();

  /**
   * Compares two versions of the same checklist.
   *
   * @param older the earlier version; not null
   * @param newer the later version; not null
   * @return the revision
   * @throws InvalidValueException if the two are of different kinds or owners, or {@code newer}
   *     does not come after {@code older}
   */
  public static ChecklistRevision between(Checklist older, Checklist newer) {
    return new ImmutableChecklistRevision(older, newer);
  }

  @Value.Check
  void check() {
    if (older().kind() != newer().kind() || !older().owner().equals(newer().owner())) {
      throw new InvalidValueException(
          "ChecklistRevision.newer",
          newer(),
          "must be a version of the same checklist as " + older());
    }
    if (!newer().versionDate().isAfter(older().versionDate())) {
      throw new InvalidValueException(
          "ChecklistRevision.newer",
          newer().versionDate(),
          "must come after the older version (" + older().versionDate() + ")");
    }
  }

  /**
   * Returns the items of the newer version that the older lacked (新增).
   *
   * @return the added items, in the newer version's order; not null
   */
  public ImmutableList<ChecklistItem> added() {
    return newer().items().stream()
        .filter(item -> older().item(item.code()).isEmpty())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the items of the older version that the newer lacks (取消).
   *
   * @return the removed items, in the older version's order; not null
   */
  public ImmutableList<ChecklistItem> removed() {
    return older().items().stream()
        .filter(item -> newer().item(item.code()).isEmpty())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the items present in both versions whose content differs (变更), as they are in the
   * newer version.
   *
   * @return the changed items, in the newer version's order; not null
   */
  public ImmutableList<ChecklistItem> changed() {
    return newer().items().stream()
        .filter(item -> older().item(item.code()).filter(o -> !o.equals(item)).isPresent())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the items delegated to a township in the newer version but not in the older (下放).
   *
   * @return the newly delegated items; not null
   */
  public ImmutableList<ChecklistItem> delegated() {
    return newer().items().stream()
        .filter(item -> item.isDelegatedOn(newer().versionDate()))
        .filter(item -> !older().item(item.code()).filter(o -> o.isDelegatedOn(
            older().versionDate())).isPresent())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the items delegated in the older version and no longer delegated in the newer, but
   * still on the list (收回).
   *
   * @return the recalled items, as they are in the newer version; not null
   */
  public ImmutableList<ChecklistItem> recalled() {
    return newer().items().stream()
        .filter(item -> !item.isDelegatedOn(newer().versionDate()))
        .filter(item -> older().item(item.code())
            .map(o -> o.isDelegatedOn(older().versionDate())).orElse(false))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "ChecklistRevision " + older().versionDate() + " → " + newer().versionDate()
        + " (+" + added().size() + " −" + removed().size() + " ~" + changed().size() + ")";
  }

}
