package org.fazhi.metrics.engine;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.metrics.exact.Comparison;
import org.fazhi.metrics.indicator.Catalog;
import org.fazhi.metrics.indicator.Formula;
import org.fazhi.metrics.indicator.Indicator;

/**
 * Evaluates every indicator of a catalog over a ledger (指标测算): one pass over the ledger's
 * records of the period and its base periods tallies every measure for every unit, the tallies
 * are rolled up the unit hierarchy by addition (ratio of sums), and values are read off the
 * tallies. The pass visits only the records that fall in those periods, found by binary search
 * in the ledger's day-ordered tables, and adds them into primitive arrays, a {@code long[]} per
 * measure and period indexed by unit; it allocates nothing per record.
 *
 * <p>This class is immutable and thread-safe: one evaluator serves any number of concurrent
 * evaluations.
 */
public final class Evaluator {

  private final Catalog catalog;
  private final Caliber caliber;
  private final Layout layout;
  private final boolean periodOnPeriod;

  private Evaluator(Catalog catalog, Caliber caliber) {
    this.catalog = catalog;
    this.caliber = caliber;
    // Every standard measure is tallied, so that any count can be read back; then whatever
    // qualified or form-only measures the catalog adds.
    this.layout = new Layout(catalog);
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
    boolean[] complete = new boolean[n];
    for (int p = 0; p < n; p++) {
      complete[p] = ledger.isComplete(periods.get(p));
    }
    Reckoning reckoning = new Reckoning(start, end, asOf, complete, ledger.unitCount(), layout);
    try {
      ledger.reckon(reckoning, periods, layout.columnOf);
      reckoning.rollUp(ledger.parentOf(), ledger.subtreeEnd(), ledger.innerUnits());
    } catch (ArithmeticException overflow) {
      throw new ArithmeticException("a count of " + ledger + " for " + periods
          + " exceeds " + Long.MAX_VALUE + " (long overflow); counts never wrap around");
    }
    return new Evaluation(catalog, caliber, ledger, ImmutableList.copyOf(periods), layout,
        reckoning.stripes(), complete, reckoning.known());
  }

  @Override
  public String toString() {
    return "Evaluator[" + catalog + ", " + caliber + "]";
  }
}
