package org.fazhi.metrics.engine;

import static org.fazhi.metrics.engine.Columns.day;
import static org.fazhi.metrics.measure.StandardMeasure.CHECKLIST_ITEMS;
import static org.fazhi.metrics.measure.StandardMeasure.CHECKLIST_ITEMS_CROSS_PROVINCE;
import static org.fazhi.metrics.measure.StandardMeasure.CHECKLIST_ITEMS_DELEGATED;
import static org.fazhi.metrics.measure.StandardMeasure.CHECKLIST_ITEMS_ONLINE;
import static org.fazhi.metrics.measure.StandardMeasure.CHECKLIST_ITEMS_PUBLISHED;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.fazhi.core.checklist.Checklist;
import org.fazhi.core.checklist.ChecklistItem;
import org.fazhi.core.checklist.Delegation;
import org.fazhi.core.checklist.ServiceMode;

/**
 * Checklists: in each period, the version of each checklist (kind and owner) in force on the
 * as-of day, its items counted to their owning agencies.
 */
final class ChecklistRecords {

  private static final int ONLINE = 1;
  private static final int CROSS_PROVINCE = 2;

  /** Versions sorted by checklist, then version day; a checklist's versions are contiguous. */
  private final int[] versionGroup;
  private final int[] versionDay;
  private final byte[] versionKind;
  private final int[] itemStart;
  private final int[] itemEnd;
  private final int[] unit;
  private final int[] published;
  private final int[] delegated;
  private final int[] recalled;
  private final byte[] modes;

  private ChecklistRecords(Builder b) {
    List<Builder.Version> versions = new ArrayList<>(b.versions);
    versions.sort(Comparator.comparingInt((Builder.Version v) -> v.group)
        .thenComparingInt(v -> v.day));
    int n = versions.size();
    versionGroup = new int[n];
    versionDay = new int[n];
    versionKind = new byte[n];
    itemStart = new int[n];
    itemEnd = new int[n];
    for (int i = 0; i < n; i++) {
      Builder.Version v = versions.get(i);
      versionGroup[i] = v.group;
      versionDay[i] = v.day;
      versionKind[i] = (byte) v.kind;
      itemStart[i] = v.start;
      itemEnd[i] = v.end;
    }
    unit = b.unit.toArray();
    published = b.published.toArray();
    delegated = b.delegated.toArray();
    recalled = b.recalled.toArray();
    modes = b.modes.toArray();
  }

  int size() {
    return unit.length;
  }

  void reckon(Reckoning r) {
    for (int p = 0; p < r.periods(); p++) {
      int asOf = r.asOf(p);
      for (int v = 0; v < versionGroup.length; v++) {
        boolean latestInForce = versionDay[v] <= asOf
            && (v + 1 == versionGroup.length
                || versionGroup[v + 1] != versionGroup[v]
                || versionDay[v + 1] > asOf);
        if (latestInForce) {
          reckonVersion(r, p, asOf, v);
        }
      }
    }
  }

  private void reckonVersion(Reckoning r, int p, int asOf, int v) {
    int kind = versionKind[v];
    long[] items = r.stripe(p, r.column(CHECKLIST_ITEMS));
    long[] publishedCounts = r.stripe(p, r.column(CHECKLIST_ITEMS_PUBLISHED));
    long[] delegatedCounts = r.stripe(p, r.column(CHECKLIST_ITEMS_DELEGATED));
    long[] online = r.stripe(p, r.column(CHECKLIST_ITEMS_ONLINE));
    long[] crossProvince = r.stripe(p, r.column(CHECKLIST_ITEMS_CROSS_PROVINCE));
    long[] itemsOf = r.stripe(p, r.qualifiedColumns(CHECKLIST_ITEMS)[kind]);
    long[] publishedOf = r.stripe(p, r.qualifiedColumns(CHECKLIST_ITEMS_PUBLISHED)[kind]);
    long[] delegatedOf = r.stripe(p, r.qualifiedColumns(CHECKLIST_ITEMS_DELEGATED)[kind]);
    long[] onlineOf = r.stripe(p, r.qualifiedColumns(CHECKLIST_ITEMS_ONLINE)[kind]);
    long[] crossProvinceOf = r.stripe(p, r.qualifiedColumns(CHECKLIST_ITEMS_CROSS_PROVINCE)[kind]);
    boolean track = r.tracksKnown(p);
    for (int i = itemStart[v]; i < itemEnd[v]; i++) {
      int u = unit[i];
      if (track) {
        r.touch(p, u, CHECKLIST_ITEMS, kind);
      }
      items[u]++;
      itemsOf[u]++;
      boolean isPublished = published[i] <= asOf;
      publishedCounts[u] += isPublished ? 1 : 0;
      publishedOf[u] += isPublished ? 1 : 0;
      boolean isDelegated = delegated[i] <= asOf && asOf < recalled[i];
      delegatedCounts[u] += isDelegated ? 1 : 0;
      delegatedOf[u] += isDelegated ? 1 : 0;
      boolean isOnline = (modes[i] & ONLINE) != 0;
      online[u] += isOnline ? 1 : 0;
      onlineOf[u] += isOnline ? 1 : 0;
      boolean isCrossProvince = (modes[i] & CROSS_PROVINCE) != 0;
      crossProvince[u] += isCrossProvince ? 1 : 0;
      crossProvinceOf[u] += isCrossProvince ? 1 : 0;
    }
  }

  static final class Builder {
    private final List<Version> versions = new ArrayList<>();
    private final List<String> groups = new ArrayList<>();
    private final Columns.Ints unit = new Columns.Ints();
    private final Columns.Ints published = new Columns.Ints();
    private final Columns.Ints delegated = new Columns.Ints();
    private final Columns.Ints recalled = new Columns.Ints();
    private final Columns.Bytes modes = new Columns.Bytes();

    private record Version(int group, int day, int kind, int start, int end) {}

    /** Returns whether a version of the same checklist with the same date was added before. */
    boolean contains(Checklist checklist) {
      String key = checklist.kind() + "/" + checklist.owner();
      int group = groups.indexOf(key);
      int day = day(checklist.versionDate());
      return group >= 0 && versions.stream().anyMatch(v -> v.group == group && v.day == day);
    }

    /** Adds a version; {@code unitIndexOf} gives each item's owner index, in item order. */
    void add(Checklist checklist, int[] itemUnitIndex) {
      String key = checklist.kind() + "/" + checklist.owner();
      int group = groups.indexOf(key);
      if (group < 0) {
        groups.add(key);
        group = groups.size() - 1;
      }
      int start = unit.size();
      List<ChecklistItem> items = checklist.items();
      for (int i = 0; i < items.size(); i++) {
        ChecklistItem item = items.get(i);
        unit.add(itemUnitIndex[i]);
        published.add(day(item.publishedDate()));
        Optional<Delegation> delegation = item.delegation();
        delegated.add(delegation.map(d -> day(d.delegatedDate())).orElse(Reckoning.NEVER));
        recalled.add(delegation.map(d -> day(d.recalledDate())).orElse(Reckoning.NEVER));
        modes.add((item.serviceModes().contains(ServiceMode.ONLINE) ? ONLINE : 0)
            | (item.serviceModes().contains(ServiceMode.CROSS_PROVINCE) ? CROSS_PROVINCE : 0));
      }
      versions.add(new Version(
          group, day(checklist.versionDate()), checklist.kind().ordinal(), start, unit.size()));
    }

    ChecklistRecords build() {
      return new ChecklistRecords(this);
    }
  }
}
