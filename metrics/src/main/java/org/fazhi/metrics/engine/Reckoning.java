package org.fazhi.metrics.engine;

import java.util.Arrays;
import java.util.Map;
import org.fazhi.metrics.measure.Measure;
import org.fazhi.metrics.measure.StandardMeasure;

/**
 * One evaluation in progress: the periods reckoned, their as-of days, and the table of counts
 * (period × unit × measure column) that records add to.
 *
 * <p>Not thread-safe: each evaluation owns its reckoning.
 */
final class Reckoning {

  /** Qualifier slots per standard measure: slot 0 is the total, slot q + 1 qualifier q. */
  static final int SLOTS = 8;

  /** A day after every period: how records store a step that has not happened. */
  static final int NEVER = Integer.MAX_VALUE;

  private final int[] start;
  private final int[] end;
  private final int[] asOf;
  private final int columns;
  private final long[][] counts;
  private final boolean[][] known;
  private final boolean[] complete;
  private final int[] standardColumn;
  /** For each slot, the columns a record contributing to it makes known in its family. */
  private final int[][] familyColumns;

  Reckoning(int[] start, int[] end, int[] asOf, int units, Map<Measure, Integer> columnOf) {
    this.complete = new boolean[start.length];
    this.start = start;
    this.end = end;
    this.asOf = asOf;
    this.columns = columnOf.size();
    this.counts = new long[start.length][units * columns];
    this.known = new boolean[start.length][units * columns];
    this.standardColumn = new int[StandardMeasure.values().length * SLOTS];
    Arrays.fill(standardColumn, -1);
    columnOf.forEach((measure, column) -> measure.standard().ifPresent(standard ->
        standardColumn[standard.ordinal() * SLOTS + measure.qualifierOrdinal().orElse(-1) + 1] =
            column));
    this.familyColumns = new int[standardColumn.length][];
    StandardMeasure[] measures = StandardMeasure.values();
    for (int slot = 0; slot < standardColumn.length; slot++) {
      StandardMeasure measure = measures[slot / SLOTS];
      int qualifier = slot % SLOTS - 1;
      familyColumns[slot] = columnOf.entrySet().stream()
          .filter(e -> e.getKey().standard().filter(m -> m.family().equals(measure.family()))
              .isPresent())
          // A record of one kind of a qualified family (one kind of inspection) says nothing
          // of the family's totals, which other kinds also feed.
          .filter(e -> qualifier < 0 || e.getKey().qualifierOrdinal().orElse(-1) == qualifier)
          .mapToInt(Map.Entry::getValue)
          .toArray();
    }
  }

  /** The period a day falls in, or -1; {@link #NEVER} falls in none. */
  int periodOf(int day) {
    for (int p = 0; p < start.length; p++) {
      if (day >= start[p] && day <= end[p]) {
        return p;
      }
    }
    return -1;
  }

  int periods() {
    return start.length;
  }

  int asOf(int period) {
    return asOf[period];
  }

  /** Adds one record's contribution to a standard measure, its total and its qualifier. */
  void add(int period, int unit, StandardMeasure measure, int qualifier, long weight) {
    long[] row = counts[period];
    int base = unit * columns;
    int slot = measure.ordinal() * SLOTS;
    if (!complete[period]) {
      for (int column : familyColumns[slot + qualifier + 1]) {
        known[period][base + column] = true;
      }
    }
    int column = standardColumn[slot];
    if (column >= 0) {
      row[base + column] = Math.addExact(row[base + column], weight);
    }
    if (qualifier >= 0) {
      column = standardColumn[slot + qualifier + 1];
      if (column >= 0) {
        row[base + column] = Math.addExact(row[base + column], weight);
      }
    }
  }

  /** Adds a typed-in count to a measure column, making it known for the unit. */
  void addToColumn(int period, int unit, int column, long count) {
    long[] row = counts[period];
    row[unit * columns + column] = Math.addExact(row[unit * columns + column], count);
    known[period][unit * columns + column] = true;
  }

  /** Marks every count of a period known: the records of the period are complete. */
  void markComplete(int period) {
    complete[period] = true;
    Arrays.fill(known[period], true);
  }

  /**
   * Adds each unit's counts into its parent's, children first, so each holds its subtree's; a
   * count is known for a unit if it is known for the unit or anything below it.
   */
  void rollUp(int[] parentOf) {
    for (int p = 0; p < counts.length; p++) {
      long[] row = counts[p];
      boolean[] knownRow = known[p];
      for (int unit = parentOf.length - 1; unit >= 0; unit--) {
        int parent = parentOf[unit];
        if (parent >= 0) {
          for (int c = 0; c < columns; c++) {
            row[parent * columns + c] = Math.addExact(row[parent * columns + c],
                row[unit * columns + c]);
            knownRow[parent * columns + c] |= knownRow[unit * columns + c];
          }
        }
      }
    }
  }

  long[][] counts() {
    return counts;
  }

  boolean[][] known() {
    return known;
  }

  int columns() {
    return columns;
  }
}
