package org.fazhi.metrics.engine;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.metrics.indicator.Catalog;
import org.fazhi.metrics.indicator.Indicator;
import org.fazhi.metrics.measure.Measure;
import org.fazhi.metrics.measure.StandardMeasure;

/**
 * The columns an evaluator tallies, worked out once per evaluator: every standard measure, each
 * followed by the qualified measures of it that the catalog reads (so that a record's counts lie
 * close together), then the catalog's form-only measures; and, for each qualifier slot of each
 * standard measure, its column and the columns a record of that slot makes known.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Layout {

  /** Qualifier slots per standard measure: slot 0 is the total, slot q + 1 qualifier q. */
  static final int SLOTS = 8;

  final ImmutableMap<Measure, Integer> columnOf;
  /** The number of columns tallied. */
  final int columns;
  /**
   * The columns of a unit's row in the table of counts: the tallied ones; then a sink that takes
   * the counts of qualified measures the catalog does not read, so that adding a record needs no
   * branch; then a column of zeros, read where a formula has no exclusions or exceptions, so that
   * reading a tally needs none either. Neither is rolled up or read as a measure.
   */
  final int stride;
  /** The sink column. */
  final int sink;
  /** The column of zeros. */
  final int zero;
  /** For each slot, its column, or the {@link #sink} if the catalog does not read it. */
  final int[] standardColumn;
  /** For each slot, the columns a record contributing to it makes known in its family. */
  final int[][] familyColumns;
  /** How to read each indicator of the catalog, by identity. */
  private final IdentityHashMap<Indicator, IndicatorColumn.Reading> readings =
      new IdentityHashMap<>();

  Layout(Catalog catalog) {
    Map<Measure, Integer> columns = new LinkedHashMap<>();
    for (StandardMeasure standard : StandardMeasure.values()) {
      columns.put(Measure.of(standard), columns.size());
      catalog.measures().stream()
          .filter(m -> m.standard().filter(standard::equals).isPresent()
              && m.qualifierOrdinal().isPresent())
          .sorted(Comparator.comparingInt(m -> m.qualifierOrdinal().getAsInt()))
          .forEach(m -> columns.putIfAbsent(m, columns.size()));
    }
    catalog.measures().forEach(m -> columns.putIfAbsent(m, columns.size()));
    this.columnOf = ImmutableMap.copyOf(columns);
    this.columns = columns.size();
    this.sink = this.columns;
    this.zero = this.columns + 1;
    this.stride = this.columns + 2;

    StandardMeasure[] measures = StandardMeasure.values();
    this.standardColumn = new int[measures.length * SLOTS];
    Arrays.fill(standardColumn, sink);
    columnOf.forEach((measure, column) -> measure.standard().ifPresent(standard ->
        standardColumn[standard.ordinal() * SLOTS + measure.qualifierOrdinal().orElse(-1) + 1] =
            column));
    this.familyColumns = new int[standardColumn.length][];
    for (int slot = 0; slot < standardColumn.length; slot++) {
      StandardMeasure measure = measures[slot / SLOTS];
      int qualifier = slot % SLOTS - 1;
      List<Integer> family = new ArrayList<>();
      columnOf.forEach((m, column) -> {
        boolean sameFamily = m.standard().filter(s -> s.family().equals(measure.family()))
            .isPresent();
        // A record of one kind of a qualified family (one kind of inspection) says nothing of
        // the family's totals, which other kinds also feed.
        if (sameFamily && (qualifier < 0 || m.qualifierOrdinal().orElse(-1) == qualifier)) {
          family.add(column);
        }
      });
      familyColumns[slot] = family.stream().mapToInt(Integer::intValue).toArray();
    }
    for (Indicator indicator : catalog.indicators()) {
      readings.put(indicator, new IndicatorColumn.Reading(indicator, columnOf::get, zero, catalog));
    }
  }

  /**
   * How to read an indicator of the catalog; null for an indicator not among the catalog's own
   * instances.
   */
  IndicatorColumn.Reading reading(Indicator indicator) {
    return readings.get(indicator);
  }
}
