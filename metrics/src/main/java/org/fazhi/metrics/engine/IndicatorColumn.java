package org.fazhi.metrics.engine;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.ToIntFunction;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.exact.ChangeKind;
import org.fazhi.metrics.exact.Comparison;
import org.fazhi.metrics.exact.Outcome;
import org.fazhi.metrics.indicator.Catalog;
import org.fazhi.metrics.indicator.Formula;
import org.fazhi.metrics.indicator.Indicator;
import org.fazhi.metrics.measure.Measure;
import org.fazhi.metrics.indicator.IndicatorValue;

/**
 * The values of one indicator for every unit of an {@link Evaluation}, in one period, read as
 * numbers instead of objects: what a dashboard, an export or a league table that shows every unit
 * at once reads. It is a view of the evaluation's tallies: obtaining it copies nothing, its
 * numeric accessors allocate nothing, and it agrees with {@link Evaluation#value(UnitCode,
 * Indicator, ReportingPeriod)} unit for unit.
 *
 * <p>Units are addressed by their index in {@link Evaluation#units()}, each parent before its
 * children. Each value is the exact fraction {@link #numerator(int)} / {@link #denominator(int)}
 * of two {@code long}s, not necessarily in lowest terms:
 *
 * <ul>
 *   <li>a proportion or ratio: its tally's numerator over its effective denominator (the whole
 *       population less the {@linkplain #exclusions(int) exclusions} and
 *       {@linkplain #exceptions(int) exceptions});
 *   <li>a count or sum: the total over 1, in the measure's base unit (yuan for amounts);
 *   <li>a change: the change over a common denominator, as {@link ChangeColumn} computes it.
 * </ul>
 *
 * <p>A value is undefined exactly when its denominator is 0: a rate of nothing (0/0), growth from
 * a zero base, a change of an undefined value, or inputs that are {@linkplain #isMissing(int)
 * missing} (then the numerator is 0 too). {@link #outcome(int)} gives the exact value or the
 * reason there is none, and {@link #value(int)} the full, self-explaining value; both allocate.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndicatorColumn {

  /** The forms of a {@link Reading}: which formula it reads. */
  static final int PROPORTION = 0;
  static final int RATIO = 1;
  static final int TOTAL = 2;
  static final int CHANGE = 3;

  private final Evaluation evaluation;
  private final Indicator indicator;
  private final int period;
  private final int form;
  private final int units;
  private final boolean complete;
  /**
   * The counts of the formula's measures, by unit: numerator, denominator, exclusions,
   * exceptions; zeros where a formula has no such measure.
   */
  private final long[] numerator;
  private final long[] denominator;
  private final long[] exclusions;
  private final long[] exceptions;
  /** The columns of the measures the formula reads. */
  private final int[] inputs;
  /**
   * Whether the value can be read straight off the counts: the period is complete, and this is
   * a ratio, a total, or a proportion whose tallies all check. Otherwise every read asks whether
   * inputs are missing, checks the tally, or computes the change.
   */
  private final boolean direct;
  /** The change a change indicator is; null for other kinds. */
  private final ChangeColumn change;

  IndicatorColumn(Evaluation evaluation, Indicator indicator, int period) {
    this.evaluation = evaluation;
    this.indicator = indicator;
    this.period = period;
    this.units = evaluation.unitCount();
    this.complete = evaluation.isComplete(period);
    Reading reading = evaluation.reading(indicator);
    this.form = reading.form;
    this.inputs = reading.inputs;
    this.numerator = evaluation.stripe(period, reading.numerator);
    this.denominator = evaluation.stripe(period, reading.denominator);
    this.exclusions = evaluation.stripe(period, reading.exclusions);
    this.exceptions = evaluation.stripe(period, reading.exceptions);
    if (form == CHANGE) {
      ReportingPeriod current = evaluation.periods().get(period);
      int base = evaluation.periodIndex(reading.comparison.baseOf(current));
      change = new ChangeColumn(
          reading.of, reading.kind, reading.comparison,
          new IndicatorColumn(evaluation, reading.of, period),
          new IndicatorColumn(evaluation, reading.of, base));
    } else {
      change = null;
    }
    this.direct = complete && form != CHANGE
        && (form != PROPORTION || evaluation.talliesValid());
  }

  /**
   * How to read an indicator off the table of counts: its form and the columns of its measures,
   * the zero column where a formula has no such measure; worked out once per indicator and
   * evaluator.
   */
  static final class Reading {
    final int form;
    final int numerator;
    final int denominator;
    final int exclusions;
    final int exceptions;
    /** The columns of every measure the formula reads. */
    final int[] inputs;
    /** For a change: the indicator whose values change, and how. */
    final Indicator of;
    final ChangeKind kind;
    final Comparison comparison;

    /**
     * Works out the reading of an indicator.
     *
     * @throws InvalidValueException if the formula reads a measure without a column, or is a
     *     change of an indicator the catalog does not have
     */
    Reading(Indicator indicator, ToIntFunction<Measure> column, Catalog catalog) {
      int zero = Layout.ZERO;
      Formula formula = indicator.formula();
      inputs = formula.measures().stream().mapToInt(column).toArray();
      int numerator = zero;
      int denominator = zero;
      int exclusions = zero;
      int exceptions = zero;
      Indicator of = null;
      ChangeKind kind = null;
      Comparison comparison = null;
      if (formula instanceof Formula.Proportion f) {
        form = PROPORTION;
        numerator = column.applyAsInt(f.numerator());
        denominator = column.applyAsInt(f.denominator());
        exclusions = f.exclusions().map(column::applyAsInt).orElse(zero);
        exceptions = f.exceptions().map(column::applyAsInt).orElse(zero);
      } else if (formula instanceof Formula.Ratio f) {
        form = RATIO;
        numerator = column.applyAsInt(f.numerator());
        denominator = column.applyAsInt(f.denominator());
      } else if (formula instanceof Formula.Total f) {
        form = TOTAL;
        numerator = column.applyAsInt(f.measure());
      } else {
        Formula.ChangeOf f = (Formula.ChangeOf) formula;
        form = CHANGE;
        of = catalog.indicator(f.indicatorCode());
        kind = f.kind();
        comparison = f.comparison();
      }
      this.numerator = numerator;
      this.denominator = denominator;
      this.exclusions = exclusions;
      this.exceptions = exceptions;
      this.of = of;
      this.kind = kind;
      this.comparison = comparison;
    }
  }

  /**
   * Returns the indicator.
   *
   * @return the indicator; not null
   */
  public Indicator indicator() {
    return indicator;
  }

  /**
   * Returns the period of the values.
   *
   * @return one of the evaluation's periods; not null
   */
  public ReportingPeriod period() {
    return evaluation.periods().get(period);
  }

  /**
   * Returns the number of units, the same as {@code evaluation.units().size()}.
   *
   * @return the number of units
   */
  public int size() {
    return units;
  }

  /**
   * Returns the code of a unit.
   *
   * @param index the unit's index in {@link Evaluation#units()}, from 0 to {@code size() - 1}
   * @return the code; not null
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public UnitCode unit(int index) {
    return evaluation.units().get(index).code();
  }

  /**
   * Returns whether a unit's value lacks inputs: the ledger is not complete for the period, and
   * neither records nor form counts gave a count the value reads. Change indicators are never
   * missing; a change of a missing value is undefined instead.
   *
   * @param index the unit's index, from 0 to {@code size() - 1}
   * @return true if an input is missing
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public boolean isMissing(int index) {
    Objects.checkIndex(index, units);
    return missing(index);
  }

  private boolean missing(int index) {
    if (complete) {
      return false;
    }
    for (int column : inputs) {
      if (!evaluation.isKnown(index, column, period)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether a unit's value is defined: its denominator is not 0.
   *
   * @param index the unit's index, from 0 to {@code size() - 1}
   * @return true if the value is defined
   * @throws IndexOutOfBoundsException if the index is out of range
   * @throws InvalidValueException if typed-in counts give a proportion whose numerator exceeds
   *     its denominator, or removals that exceed the population
   * @throws ArithmeticException as {@link #denominator(int)}
   */
  public boolean isDefined(int index) {
    return denominator(index) != 0;
  }

  /**
   * Returns the numerator of a unit's value: a tally's numerator, a total, or the numerator of a
   * change over its common denominator.
   *
   * @param index the unit's index, from 0 to {@code size() - 1}
   * @return the numerator; 0 if inputs are missing
   * @throws IndexOutOfBoundsException if the index is out of range
   * @throws InvalidValueException if typed-in counts give a proportion whose numerator exceeds
   *     its denominator, or removals that exceed the population
   * @throws ArithmeticException if a change's numerator overflows a {@code long} (counts in the
   *     billions); {@link #outcome(int)} is exact at any size
   */
  public long numerator(int index) {
    Objects.checkIndex(index, units);
    return direct ? directNumerator(index) : numeratorChecked(index);
  }

  /**
   * Returns the denominator of a unit's value: a tally's effective denominator (the population
   * less exclusions and exceptions), 1 for a total, or the common denominator of a change.
   *
   * @param index the unit's index, from 0 to {@code size() - 1}
   * @return the denominator, zero or more; 0 exactly when the value is undefined
   * @throws IndexOutOfBoundsException if the index is out of range
   * @throws InvalidValueException if typed-in counts give a proportion whose numerator exceeds
   *     its denominator, or removals that exceed the population
   * @throws ArithmeticException if a change's denominator overflows a {@code long} (counts in the
   *     billions); {@link #outcome(int)} is exact at any size
   */
  public long denominator(int index) {
    Objects.checkIndex(index, units);
    return direct ? directDenominator(index) : denominatorChecked(index);
  }

  /** Whether values are read straight off the counts, without checks. */
  boolean isDirect() {
    return direct;
  }

  /** The numerator of a direct column, unchecked. */
  long directNumerator(int index) {
    return numerator[index];
  }

  /** The denominator of a direct column, unchecked. */
  long directDenominator(int index) {
    if (form == TOTAL) {
      return 1;
    }
    return denominator[index] - exclusions[index] - exceptions[index];
  }

  private long numeratorChecked(int index) {
    if (form == CHANGE) {
      return change.numerator(index);
    }
    if (missing(index)) {
      return 0;
    }
    check(index);
    return numerator[index];
  }

  private long denominatorChecked(int index) {
    if (form == CHANGE) {
      return change.denominator(index);
    }
    if (missing(index)) {
      return 0;
    }
    if (form == TOTAL) {
      return 1;
    }
    check(index);
    return denominator[index] - exclusions[index] - exceptions[index];
  }

  /**
   * Copies every unit's numerator and denominator into two arrays, unit {@code i} at
   * {@code offset + i}: the bulk form of {@link #numerator(int)} and {@link #denominator(int)},
   * for filling a table of every unit at once.
   *
   * @param numerators the array of numerators; not null
   * @param denominators the array of denominators; not null
   * @param offset where unit 0 goes in both arrays, zero or more
   * @throws IndexOutOfBoundsException if either array has fewer than {@code offset + size()}
   *     elements, or the offset is negative
   * @throws InvalidValueException as {@link #numerator(int)}
   * @throws ArithmeticException as {@link #numerator(int)}
   */
  public void copyTo(long[] numerators, long[] denominators, int offset) {
    Objects.checkFromIndexSize(offset, units, numerators.length);
    Objects.checkFromIndexSize(offset, units, denominators.length);
    if (!direct) {
      for (int i = 0; i < units; i++) {
        numerators[offset + i] = numeratorChecked(i);
        denominators[offset + i] = denominatorChecked(i);
      }
      return;
    }
    System.arraycopy(numerator, 0, numerators, offset, units);
    if (form == TOTAL) {
      Arrays.fill(denominators, offset, offset + units, 1);
      return;
    }
    for (int i = 0; i < units; i++) {
      denominators[offset + i] = denominator[i] - exclusions[i] - exceptions[i];
    }
  }

  /**
   * Returns the cases a proportion removes from its population always (FHIR exclusions).
   *
   * @param index the unit's index, from 0 to {@code size() - 1}
   * @return the count; 0 for other kinds, for proportions without exclusions, and for missing
   *     inputs
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public long exclusions(int index) {
    return removed(index, exclusions);
  }

  /**
   * Returns the cases a proportion removes from its population because they are not in the
   * numerator (FHIR exceptions).
   *
   * @param index the unit's index, from 0 to {@code size() - 1}
   * @return the count; 0 for other kinds, for proportions without exceptions, and for missing
   *     inputs
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public long exceptions(int index) {
    return removed(index, exceptions);
  }

  private long removed(int index, long[] stripe) {
    Objects.checkIndex(index, units);
    if (form != PROPORTION || missing(index)) {
      return 0;
    }
    return stripe[index];
  }

  /**
   * Checks a proportion's tally as {@link IndicatorValue} does; on a failed check, builds the
   * value, so that the error is the one it gives.
   */
  private void check(int index) {
    if (form == PROPORTION && !Evaluation.isValidTally(
        numerator[index], denominator[index], exclusions[index], exceptions[index])) {
      value(index);
    }
  }

  /**
   * Returns the exact value of a unit, or the reason there is none.
   *
   * @param index the unit's index, from 0 to {@code size() - 1}
   * @return the outcome; not null
   * @throws IndexOutOfBoundsException if the index is out of range
   * @throws InvalidValueException if typed-in counts give a proportion whose numerator exceeds
   *     its denominator, or removals that exceed the population
   */
  public Outcome outcome(int index) {
    return value(index).outcome();
  }

  /**
   * Returns the full value of a unit, the same as {@link Evaluation#value(UnitCode, Indicator,
   * ReportingPeriod)} gives.
   *
   * @param index the unit's index, from 0 to {@code size() - 1}
   * @return the value; not null
   * @throws IndexOutOfBoundsException if the index is out of range
   * @throws InvalidValueException if typed-in counts give a proportion whose numerator exceeds
   *     its denominator, or removals that exceed the population
   */
  public IndicatorValue value(int index) {
    Objects.checkIndex(index, units);
    return evaluation.value(index, unit(index), indicator, period);
  }

  @Override
  public String toString() {
    return "IndicatorColumn[" + indicator.code() + ", " + period() + ", " + units + " units]";
  }
}
