package org.fazhi.metrics.engine;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.indicator.Catalog;
import org.fazhi.metrics.indicator.Indicator;
import org.fazhi.metrics.measure.Measure;
import org.fazhi.metrics.measure.StandardMeasure;

/**
 * The columns an evaluator tallies, worked out once per evaluator: a column of zeros, a sink,
 * every standard measure, then the qualified and form-only measures the catalog reads; for each
 * qualifier slot of each standard measure, its column and the columns a record of that slot makes
 * known; and how to read each indicator of the catalog.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Layout {

  /** Qualifier slots per standard measure: slot 0 is the total, slot q + 1 qualifier q. */
  static final int SLOTS = 8;

  /**
   * The column of zeros, never added to: read where a formula has no exclusions or exceptions, so
   * that reading a tally needs no branch.
   */
  static final int ZERO = 0;

  /**
   * The sink: takes the counts of qualified measures the catalog does not read, so that adding a
   * record needs no branch. Never rolled up or read.
   */
  static final int SINK = 1;

  /** The first column of a measure. */
  static final int FIRST = 2;

  final ImmutableMap<Measure, Integer> columnOf;
  /** The number of columns, the zero column and the sink included. */
  final int stride;
  /** For each slot, its column, or the {@link #SINK} if the catalog does not read it. */
  final int[] standardColumn;
  /** For each slot, the columns a record contributing to it makes known in its family. */
  final int[][] familyColumns;
  /** How to read each indicator of the catalog, by identity. */
  private final IdentityHashMap<Indicator, IndicatorColumn.Reading> readings =
      new IdentityHashMap<>();
  private final Catalog catalog;

  Layout(Catalog catalog) {
    this.catalog = catalog;
    // Every standard measure is tallied, so that any count can be read back; then whatever
    // qualified or form-only measures the catalog adds.
    Map<Measure, Integer> columns = new LinkedHashMap<>();
    for (StandardMeasure standard : StandardMeasure.values()) {
      columns.put(Measure.of(standard), FIRST + columns.size());
    }
    catalog.measures().forEach(m -> columns.putIfAbsent(m, FIRST + columns.size()));
    this.columnOf = ImmutableMap.copyOf(columns);
    this.stride = FIRST + columns.size();

    StandardMeasure[] measures = StandardMeasure.values();
    this.standardColumn = new int[measures.length * SLOTS];
    Arrays.fill(standardColumn, SINK);
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
      readings.put(indicator, new IndicatorColumn.Reading(indicator, columnOf::get, catalog));
    }
  }

  /**
   * How to read an indicator: worked out already for the catalog's own instances, now for any
   * other.
   *
   * @throws InvalidValueException as {@code column} does, for a measure without a column
   */
  IndicatorColumn.Reading reading(Indicator indicator, ToIntFunction<Measure> column) {
    IndicatorColumn.Reading reading = readings.get(indicator);
    return reading != null ? reading : new IndicatorColumn.Reading(indicator, column, catalog);
  }
}
