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
import org.fazhi.metrics.exact.Change;
import org.fazhi.metrics.exact.ChangeKind;
import org.fazhi.metrics.exact.Comparison;
import org.fazhi.metrics.check.FigureCheck;
import org.fazhi.metrics.exact.Outcome;
import org.fazhi.metrics.indicator.Catalog;
import org.fazhi.metrics.indicator.Indicator;
import org.fazhi.metrics.indicator.IndicatorKind;
import org.fazhi.metrics.indicator.IndicatorUnit;
import org.fazhi.metrics.measure.Measure;
import org.fazhi.metrics.scorecard.Scorecard;
import org.fazhi.metrics.scorecard.ScorecardRow;
import org.fazhi.metrics.exact.Tally;
import org.fazhi.metrics.indicator.IndicatorValue;

/**
 * The outcome of evaluating a catalog over a ledger for a period: every measure tallied for every
 * unit (each unit's tallies include its whole subtree) and period, from which any indicator value,
 * change or scorecard is read.
 *
 * <p>Values come two ways: as self-explaining objects, one unit at a time
 * ({@link #value(UnitCode, String)}, {@link #scorecard(UnitCode)}); or for every unit at once,
 * as exact fractions of {@code long}s read off the tallies without an object per unit
 * ({@link #values(Indicator, ReportingPeriod)}, {@link #changes(Indicator)}), which is how a
 * dashboard or an export of a whole province should read them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Evaluation {

  private final Catalog catalog;
  private final Caliber caliber;
  private final Ledger ledger;
  private final ImmutableList<ReportingPeriod> periods;
  private final ImmutableMap<Measure, Integer> columnOf;
  private final Layout layout;
  /**
   * The counts, a stripe per period and column ({@code period × stride + column}), each by unit;
   * null for a stripe nothing was added to.
   */
  private final long[][] stripes;
  /** The stripe of zeros, read for stripes nothing was added to. */
  private final long[] zeros;
  private final boolean[] complete;
  /** Whether each count is known, for the periods that are not complete; null if all are. */
  private final boolean[] known;
  /** The columns of a period: the stripes of one period are {@code stride × units} long. */
  private final int stride;
  private final int units;
  /**
   * Whether every proportion's tally of every unit and period is one {@link IndicatorValue}
   * accepts: 0 not yet checked, 1 yes, 2 no. Racy but idempotent: threads that race compute the
   * same answer.
   */
  private int talliesValid;

  Evaluation(
      Catalog catalog, Caliber caliber, Ledger ledger, ImmutableList<ReportingPeriod> periods,
      Layout layout, long[][] stripes, boolean[] complete, boolean[] known) {
    this.catalog = catalog;
    this.caliber = caliber;
    this.ledger = ledger;
    this.periods = periods;
    this.columnOf = layout.columnOf;
    this.layout = layout;
    this.stripes = stripes;
    this.complete = complete;
    this.known = known;
    this.stride = layout.stride;
    this.units = ledger.unitCount();
    this.zeros = new long[units];
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
    return isKnown(ledger.indexOf(unit), column(measure), periodIndex(period));
  }

  /** Whether a count is known: its period is complete, or records or form counts gave it. */
  boolean isKnown(int unit, int column, int period) {
    return complete[period] || known[at(period, column) + unit];
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

  long count(int unit, int column, int period) {
    return stripe(period, column)[unit];
  }

  /** The counts of a column in a period, by unit; zeros if nothing was added to it. */
  long[] stripe(int period, int column) {
    long[] stripe = stripes[period * stride + column];
    return stripe == null ? zeros : stripe;
  }

  /** The index of unit 0's knowledge of a column in a period: add a unit to it. */
  private int at(int period, int column) {
    return (period * stride + column) * units;
  }

  /**
   * Returns whether every proportion of the catalog, for every unit and period whose inputs are
   * known, has a tally that {@link IndicatorValue#ofTally} accepts — always so for records, not
   * always for typed-in counts. Columns skip their per-unit checks when it is so.
   */
  boolean talliesValid() {
    int valid = talliesValid;
    if (valid == 0) {
      valid = checkTallies() ? 1 : 2;
      talliesValid = valid;
    }
    return valid == 1;
  }

  private boolean checkTallies() {
    for (Indicator indicator : catalog.indicators()) {
      IndicatorColumn.Reading reading = reading(indicator);
      if (reading.form == IndicatorColumn.PROPORTION) {
        for (int p = 0; p < periods.size(); p++) {
          long[] n = stripe(p, reading.numerator);
          long[] d = stripe(p, reading.denominator);
          long[] out = stripe(p, reading.exclusions);
          long[] exc = stripe(p, reading.exceptions);
          // Branch-free first: a negative sign anywhere means some unit's tally fails.
          long signs = 0;
          for (int u = 0; u < units; u++) {
            long kept = d[u] - exc[u];
            long rest = kept - out[u];
            signs |= kept | rest | (rest - n[u]);
          }
          if (signs < 0) {
            for (int u = 0; u < units; u++) {
              if (!isValidTally(n[u], d[u], out[u], exc[u])
                  && allKnown(u, reading.inputs, p)) {
                return false;
              }
            }
          }
        }
      }
    }
    return true;
  }

  private boolean allKnown(int unit, int[] columns, int period) {
    for (int column : columns) {
      if (!isKnown(unit, column, period)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether counts make a tally a proportion accepts: removals within the population, numerator
   * within what remains. Absent removals are read from the zero column. The first test is not
   * implied by the second: it keeps the second's subtraction from overflowing.
   */
  static boolean isValidTally(long numerator, long denominator, long exclusions, long exceptions) {
    return exclusions <= denominator - exceptions
        && numerator <= denominator - exceptions - exclusions;
  }

  /** How to read an indicator off the counts. */
  IndicatorColumn.Reading reading(Indicator indicator) {
    return layout.reading(indicator, this::column);
  }

  int unitCount() {
    return units;
  }

  boolean isComplete(int period) {
    return complete[period];
  }

  int column(Measure measure) {
    Integer column = columnOf.get(requireNonNull(measure, "measure"));
    if (column == null) {
      throw new InvalidValueException("Measure", measure, "is neither a standard measure nor read"
          + " by catalog " + catalog.id() + " " + catalog.version());
    }
    return column;
  }

  int periodIndex(ReportingPeriod period) {
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

  IndicatorValue value(int u, UnitCode unit, Indicator indicator, int p) {
    String version = catalog.version();
    ReportingPeriod period = periods.get(p);
    IndicatorColumn.Reading reading = reading(indicator);
    for (int column : reading.inputs) {
      if (!isKnown(u, column, p)) {
        return IndicatorValue.missing(indicator, version, unit, period);
      }
    }
    long numerator = count(u, reading.numerator, p);
    switch (reading.form) {
      case IndicatorColumn.PROPORTION:
        return IndicatorValue.ofTally(indicator, version, unit, period, Tally.of(numerator,
            count(u, reading.denominator, p), count(u, reading.exclusions, p),
            count(u, reading.exceptions, p)));
      case IndicatorColumn.RATIO:
        return IndicatorValue.ofTally(indicator, version, unit, period,
            Tally.of(numerator, count(u, reading.denominator, p)));
      case IndicatorColumn.TOTAL:
        return IndicatorValue.ofTotal(indicator, version, unit, period, numerator);
      default:
        int base = periodIndex(reading.comparison.baseOf(period));
        Change change = Change.of(reading.kind, reading.comparison,
            value(u, unit, reading.of, p).outcome(), value(u, unit, reading.of, base).outcome());
        return IndicatorValue.ofChange(indicator, version, unit, period, change);
    }
  }

  /**
   * Returns an indicator's values for every unit in one of the periods tallied, as numbers: a
   * view of the tallies that copies nothing and allocates nothing per unit, for reading every
   * unit at once (a dashboard, an export). Each of its values equals
   * {@link #value(UnitCode, Indicator, ReportingPeriod)} for the same unit.
   *
   * @param indicator an indicator of the catalog; not null
   * @param period one of {@link #periods()}; not null
   * @return the values, indexed as {@link #units()}
   * @throws InvalidValueException if the indicator reads a measure the evaluation did not tally,
   *     or the period (or, for a change indicator, its base period) was not evaluated
   */
  public IndicatorColumn values(Indicator indicator, ReportingPeriod period) {
    requireNonNull(indicator, "indicator");
    return new IndicatorColumn(this, indicator, periodIndex(period));
  }

  /**
   * Returns the year-on-year change of an indicator for every unit, as the rows of a
   * {@link #scorecard(UnitCode) scorecard} show it — in percentage points for an indicator in
   * percent, relative otherwise — as numbers: a view that copies nothing and allocates nothing
   * per unit. Each change equals the scorecard row's {@link ScorecardRow#change()}.
   *
   * @param indicator an indicator of the catalog, other than a change; not null
   * @return the changes, indexed as {@link #units()}
   * @throws InvalidValueException if the indicator is itself a change, or reads a measure the
   *     evaluation did not tally
   */
  public ChangeColumn changes(Indicator indicator) {
    requireNonNull(indicator, "indicator");
    if (indicator.kind() == IndicatorKind.CHANGE) {
      throw new InvalidValueException(
          "Indicator", indicator.code(), "is a change; a scorecard shows no change of a change");
    }
    int base = periodIndex(Comparison.YEAR_ON_YEAR.baseOf(period()));
    return new ChangeColumn(
        indicator, scorecardChangeKind(indicator), Comparison.YEAR_ON_YEAR,
        new IndicatorColumn(this, indicator, 0), new IndicatorColumn(this, indicator, base));
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
        baseValue = Optional.of(before);
        change = Optional.of(Change.of(scorecardChangeKind(indicator), Comparison.YEAR_ON_YEAR,
            value.outcome(), before.outcome()));
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

  /** How a scorecard shows a change: in percentage points for a rate in percent, else relative. */
  private static ChangeKind scorecardChangeKind(Indicator indicator) {
    return indicator.unit() == IndicatorUnit.PERCENT ? ChangeKind.POINTS : ChangeKind.RELATIVE;
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
