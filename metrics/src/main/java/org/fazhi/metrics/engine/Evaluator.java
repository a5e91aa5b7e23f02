package org.fazhi.metrics.engine;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.metrics.change.Comparison;
import org.fazhi.metrics.indicator.Catalog;
import org.fazhi.metrics.indicator.Formula;
import org.fazhi.metrics.indicator.Indicator;
import org.fazhi.metrics.measure.Measure;
import org.fazhi.metrics.measure.StandardMeasure;

/**
 * Evaluates every indicator of a catalog over a ledger (指标测算): one pass over the ledger's
 * records tallies every measure for every unit and for the period and its base periods, the
 * tallies are rolled up the unit hierarchy by addition (ratio of sums), and values are read off
 * the tallies.
 *
 * <p>This class is immutable and thread-safe: one evaluator serves any number of concurrent
 * evaluations.
 */
public final class Evaluator {

  private final Catalog catalog;
  private final Caliber caliber;
  private final ImmutableMap<Measure, Integer> columnOf;
  private final boolean periodOnPeriod;

  private Evaluator(Catalog catalog, Caliber caliber) {
    this.catalog = catalog;
    this.caliber = caliber;
    // Every standard measure is tallied, so that any count can be read back; then whatever
    // qualified or form-only measures the catalog adds.
    Map<Measure, Integer> columns = new LinkedHashMap<>();
    Stream.concat(Arrays.stream(StandardMeasure.values()).map(Measure::of),
            catalog.measures().stream())
        .forEach(measure -> columns.putIfAbsent(measure, columns.size()));
    this.columnOf = ImmutableMap.copyOf(columns);
    this.periodOnPeriod = catalog.indicators().stream()
        .map(Indicator::formula)
        .anyMatch(f -> f instanceof Formula.ChangeOf c
            && c.comparison() == Comparison.PERIOD_ON_PERIOD);
  }

  /**
   * Returns an evaluator of a catalog under a caliber.
   *
   * @param catalog the indicators; not null
   * @param caliber the caliber; not null
   * @return the evaluator
   */
  public static Evaluator of(Catalog catalog, Caliber caliber) {
    return new Evaluator(requireNonNull(catalog, "catalog"), requireNonNull(caliber, "caliber"));
  }

  /**
   * Returns the catalog.
   *
   * @return the catalog; not null
   */
  public Catalog catalog() {
    return catalog;
  }

  /**
   * Returns the caliber.
   *
   * @return the caliber; not null
   */
  public Caliber caliber() {
    return caliber;
  }

  /**
   * Evaluates a ledger for a period, with the same period a year before (and the period before,
   * if the catalog compares period-on-period).
   *
   * @param ledger the records; not null
   * @param period the period; not null
   * @return the evaluation
   * @throws ArithmeticException if a count, summed over records or up the hierarchy, exceeds a
   *     {@code long}
   */
  public Evaluation evaluate(Ledger ledger, ReportingPeriod period) {
    requireNonNull(ledger, "ledger");
    requireNonNull(period, "period");
    List<ReportingPeriod> periods = new ArrayList<>();
    periods.add(period);
    periods.add(Comparison.YEAR_ON_YEAR.baseOf(period));
    ReportingPeriod previous = Comparison.PERIOD_ON_PERIOD.baseOf(period);
    if (periodOnPeriod && !periods.contains(previous)) {
      periods.add(previous);
    }
    int n = periods.size();
    int[] start = new int[n];
    int[] end = new int[n];
    int[] asOf = new int[n];
    for (int p = 0; p < n; p++) {
      LocalDate day = caliber.asOf(periods.get(p), period);
      start[p] = Columns.day(periods.get(p).start());
      // A period reckoned before its end is a period to date: later records do not count yet.
      end[p] = Columns.day(periods.get(p).end().isAfter(day) ? day : periods.get(p).end());
      asOf[p] = Columns.day(day);
    }
    Reckoning reckoning = new Reckoning(start, end, asOf, ledger.unitCount(), columnOf);
    try {
      ledger.reckon(reckoning, periods, columnOf);
      reckoning.rollUp(ledger.parentOf());
    } catch (ArithmeticException overflow) {
      throw new ArithmeticException("a count of " + ledger + " for " + periods
          + " exceeds " + Long.MAX_VALUE + " (long overflow); counts never wrap around");
    }
    return new Evaluation(catalog, caliber, ledger, ImmutableList.copyOf(periods), columnOf,
        reckoning.counts(), reckoning.known());
  }

  @Override
  public String toString() {
    return "Evaluator[" + catalog + ", " + caliber + "]";
  }
}
