package org.fazhi.metrics.engine;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.unit.OrgUnit;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.change.Change;
import org.fazhi.metrics.change.ChangeKind;
import org.fazhi.metrics.change.Comparison;
import org.fazhi.metrics.check.FigureCheck;
import org.fazhi.metrics.exact.Outcome;
import org.fazhi.metrics.indicator.Catalog;
import org.fazhi.metrics.indicator.Formula;
import org.fazhi.metrics.indicator.Indicator;
import org.fazhi.metrics.indicator.IndicatorKind;
import org.fazhi.metrics.indicator.IndicatorUnit;
import org.fazhi.metrics.measure.Measure;
import org.fazhi.metrics.scorecard.Scorecard;
import org.fazhi.metrics.scorecard.ScorecardRow;
import org.fazhi.metrics.tally.Tally;
import org.fazhi.metrics.value.IndicatorValue;

/**
 * The outcome of evaluating a catalog over a ledger for a period: every measure tallied for every
 * unit (each unit's tallies include its whole subtree) and period, from which any indicator value,
 * change or scorecard is read.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Evaluation {

  private final Catalog catalog;
  private final Caliber caliber;
  private final Ledger ledger;
  private final ImmutableList<ReportingPeriod> periods;
  private final ImmutableMap<Measure, Integer> columnOf;
  private final long[][] counts;
  private final boolean[][] known;
  private final int columns;

  Evaluation(
      Catalog catalog, Caliber caliber, Ledger ledger, ImmutableList<ReportingPeriod> periods,
      ImmutableMap<Measure, Integer> columnOf, long[][] counts, boolean[][] known) {
    this.catalog = catalog;
    this.caliber = caliber;
    this.ledger = ledger;
    this.periods = periods;
    this.columnOf = columnOf;
    this.counts = counts;
    this.known = known;
    this.columns = columnOf.size();
  }

  /**
   * Returns the period evaluated.
   *
   * @return the period; not null
   */
  public ReportingPeriod period() {
    return periods.get(0);
  }

  /**
   * Returns every period tallied: the period evaluated first, then its base periods.
   *
   * @return the periods; not null
   */
  public ImmutableList<ReportingPeriod> periods() {
    return periods;
  }

  /**
   * Returns the catalog evaluated.
   *
   * @return the catalog; not null
   */
  public Catalog catalog() {
    return catalog;
  }

  /**
   * Returns the caliber of the evaluation.
   *
   * @return the caliber; not null
   */
  public Caliber caliber() {
    return caliber;
  }

  /**
   * Returns the units evaluated, each parent before its children.
   *
   * @return the units; not null
   */
  public ImmutableList<OrgUnit> units() {
    return ledger.hierarchy().units();
  }

  /**
   * Returns whether a measure's count is known for a unit and period: the ledger is complete for
   * the period, or form counts give the measure for the unit or a unit below it.
   *
   * @param unit the unit; not null
   * @param measure a standard measure, or a qualified or form-only measure the catalog reads;
   *     not null
   * @param period one of {@link #periods()}; not null
   * @return true if the count is known
   * @throws InvalidValueException if the unit, measure or period was not evaluated
   */
  public boolean isKnown(UnitCode unit, Measure measure, ReportingPeriod period) {
    return known[periodIndex(period)][ledger.indexOf(unit) * columns + column(measure)];
  }

  /**
   * Returns the tally of a measure for a unit and its whole subtree.
   *
   * @param unit the unit; not null
   * @param measure a standard measure, or a qualified or form-only measure the catalog reads;
   *     not null
   * @param period one of {@link #periods()}; not null
   * @return the count, zero or more
   * @throws InvalidValueException if the unit, measure or period was not evaluated
   */
  public long count(UnitCode unit, Measure measure, ReportingPeriod period) {
    return count(ledger.indexOf(unit), column(measure), periodIndex(period));
  }

  private long count(int unit, int column, int period) {
    return counts[period][unit * columns + column];
  }

  private int column(Measure measure) {
    Integer column = columnOf.get(requireNonNull(measure, "measure"));
    if (column == null) {
      throw new InvalidValueException("Measure", measure, "is neither a standard measure nor read"
          + " by catalog " + catalog.id() + " " + catalog.version());
    }
    return column;
  }

  private int periodIndex(ReportingPeriod period) {
    int p = periods.indexOf(requireNonNull(period, "period"));
    if (p < 0) {
      throw new InvalidValueException("ReportingPeriod", period, "was not evaluated " + periods);
    }
    return p;
  }

  /**
   * Returns an indicator's value for a unit in the period evaluated.
   *
   * @param unit the unit; not null
   * @param code the indicator's code; not null
   * @return the value
   * @throws InvalidValueException if the unit or indicator is unknown, or typed-in counts give a
   *     proportion whose numerator exceeds its denominator
   */
  public IndicatorValue value(UnitCode unit, String code) {
    return value(unit, catalog.indicator(code), period());
  }

  /**
   * Returns an indicator's value for a unit in one of the periods tallied.
   *
   * @param unit the unit; not null
   * @param indicator an indicator of the catalog; not null
   * @param period one of {@link #periods()}; not null
   * @return the value
   * @throws InvalidValueException if the unit, indicator or period was not evaluated, or
   *     typed-in counts give a proportion whose numerator exceeds its denominator
   */
  public IndicatorValue value(UnitCode unit, Indicator indicator, ReportingPeriod period) {
    return value(ledger.indexOf(unit), unit, indicator, periodIndex(period));
  }

  private IndicatorValue value(int u, UnitCode unit, Indicator indicator, int p) {
    String version = catalog.version();
    ReportingPeriod period = periods.get(p);
    Formula formula = indicator.formula();
    for (Measure measure : formula.measures()) {
      if (!known[p][u * columns + column(measure)]) {
        return IndicatorValue.missing(indicator, version, unit, period);
      }
    }
    if (formula instanceof Formula.Proportion f) {
      long denominator = count(u, column(f.denominator()), p);
      long exclusions = f.exclusions().map(m -> count(u, column(m), p)).orElse(0L);
      long exceptions = f.exceptions().map(m -> count(u, column(m), p)).orElse(0L);
      Tally tally = Tally.of(count(u, column(f.numerator()), p), denominator, exclusions, exceptions);
      return IndicatorValue.ofTally(indicator, version, unit, period, tally);
    }
    if (formula instanceof Formula.Ratio f) {
      Tally tally = Tally.of(count(u, column(f.numerator()), p), count(u, column(f.denominator()), p));
      return IndicatorValue.ofTally(indicator, version, unit, period, tally);
    }
    if (formula instanceof Formula.Total f) {
      return IndicatorValue.ofTotal(indicator, version, unit, period, count(u, column(f.measure()), p));
    }
    Formula.ChangeOf f = (Formula.ChangeOf) formula;
    Indicator of = catalog.indicator(f.indicatorCode());
    int base = periodIndex(f.comparison().baseOf(period));
    Change change = Change.of(
        f.kind(), f.comparison(), value(u, unit, of, p).outcome(), value(u, unit, of, base).outcome());
    return IndicatorValue.ofChange(indicator, version, unit, period, change);
  }

  /**
   * Returns the scorecard of a unit for the period evaluated.
   *
   * @param unit the unit; not null
   * @return the scorecard, one row per indicator of the catalog
   * @throws InvalidValueException if the unit was not evaluated, or typed-in counts give a
   *     proportion whose numerator exceeds its denominator
   */
  public Scorecard scorecard(UnitCode unit) {
    return scorecard(unit, Map.of());
  }

  /**
   * Returns the scorecard of a unit for the period evaluated, with the figures a report printed
   * checked against the computed values.
   *
   * @param unit the unit; not null
   * @param printed the figures as printed (such as {@code "96.77%"}, {@code "同比增长400%"},
   *     {@code "3158项"}, {@code "160余条"}), by indicator code; not null
   * @return the scorecard, one row per indicator of the catalog; a printed figure is checked
   *     unless the value's inputs are missing
   * @throws InvalidValueException if the unit was not evaluated, a code is not in the catalog,
   *     a printed figure cannot be read, or typed-in counts give a proportion whose numerator
   *     exceeds its denominator
   */
  public Scorecard scorecard(UnitCode unit, Map<String, String> printed) {
    printed.keySet().forEach(catalog::indicator);
    int u = ledger.indexOf(unit);
    ReportingPeriod base = Comparison.YEAR_ON_YEAR.baseOf(period());
    int b = periodIndex(base);
    ImmutableList.Builder<ScorecardRow> rows = ImmutableList.builder();
    for (Indicator indicator : catalog.indicators()) {
      IndicatorValue value = value(u, unit, indicator, 0);
      Optional<IndicatorValue> baseValue = Optional.empty();
      Optional<Change> change = Optional.empty();
      if (indicator.kind() != IndicatorKind.CHANGE) {
        IndicatorValue before = value(u, unit, indicator, b);
        ChangeKind kind = indicator.unit() == IndicatorUnit.PERCENT
            ? ChangeKind.POINTS
            : ChangeKind.RELATIVE;
        baseValue = Optional.of(before);
        change = Optional.of(
            Change.of(kind, Comparison.YEAR_ON_YEAR, value.outcome(), before.outcome()));
      }
      rows.add(ScorecardRow.of(
          value, baseValue, change,
          indicator.judge(value.outcome(), caliber.targetBasis()),
          indicator.bandOf(value.outcome(), caliber.targetBasis()),
          Optional.ofNullable(printed.get(indicator.code())),
          Optional.ofNullable(printed.get(indicator.code()))
              .filter(figure -> !value.isMissing())
              .map(figure -> FigureCheck.check(checkable(value), figure))));
    }
    return Scorecard.of(
        ledger.hierarchy().unit(unit), period(), base, catalog.id(), catalog.version(),
        rows.build());
  }

  /**
   * Returns a value in the units {@link FigureCheck} reads: a rate or change of a rate as a
   * fraction (the printed "%" or "个百分点" scales it), anything else as printed (万元, not yuan).
   */
  private static Outcome checkable(IndicatorValue value) {
    IndicatorUnit unit = value.indicator().unit();
    return unit == IndicatorUnit.PERCENT || unit == IndicatorUnit.PERCENTAGE_POINTS
        ? value.outcome()
        : value.outcome().map(unit::toPrinted);
  }

  /**
   * Returns the scorecards of every unit, each parent before its children.
   *
   * @return the scorecards; not null
   * @throws InvalidValueException if typed-in counts give a proportion whose numerator exceeds
   *     its denominator
   */
  public ImmutableList<Scorecard> scorecards() {
    return units().stream()
        .map(unit -> scorecard(unit.code()))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "Evaluation[" + catalog + ", " + periods + ", " + ledger + "]";
  }
}
