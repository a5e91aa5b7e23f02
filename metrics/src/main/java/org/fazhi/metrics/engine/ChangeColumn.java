package org.fazhi.metrics.engine;

import java.util.Objects;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.exact.Change;
import org.fazhi.metrics.exact.ChangeKind;
import org.fazhi.metrics.exact.Comparison;
import org.fazhi.metrics.exact.Outcome;
import org.fazhi.metrics.indicator.Indicator;

/**
 * The change of one indicator between two periods, for every unit of an {@link Evaluation}, read
 * as numbers instead of objects. Like {@link IndicatorColumn}, of which it reads two, it is a view:
 * obtaining it copies nothing, its numeric accessors allocate nothing, and it agrees with
 * {@link Change#of} unit for unit.
 *
 * <p>Each change is the exact fraction {@link #numerator(int)} / {@link #denominator(int)} of two
 * {@code long}s, not necessarily in lowest terms. With the current value {@code c/cd} and the
 * base value {@code b/bd}:
 *
 * <ul>
 *   <li>{@link ChangeKind#RELATIVE}: {@code (c·bd − b·cd) / (cd·b)}, that is
 *       {@code (current − base) / base};
 *   <li>{@link ChangeKind#ABSOLUTE} and {@link ChangeKind#POINTS}: {@code (c·bd − b·cd) /
 *       (cd·bd)}, that is {@code current − base};
 * </ul>
 *
 * <p>with {@code (c − b) / b} and {@code (c − b) / cd} when the two denominators are equal. A
 * change is undefined exactly when its denominator is 0: a relative change from a zero base, or
 * either value undefined; {@link #outcome(int)} gives the reason.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ChangeColumn {

  private final Indicator indicator;
  private final ChangeKind kind;
  private final Comparison comparison;
  private final IndicatorColumn current;
  private final IndicatorColumn base;
  private final boolean relative;

  ChangeColumn(
      Indicator indicator, ChangeKind kind, Comparison comparison, IndicatorColumn current,
      IndicatorColumn base) {
    this.indicator = indicator;
    this.kind = kind;
    this.comparison = comparison;
    this.current = current;
    this.base = base;
    this.relative = kind == ChangeKind.RELATIVE;
  }

  /**
   * Returns the indicator whose values are compared.
   *
   * @return the indicator; not null
   */
  public Indicator indicator() {
    return indicator;
  }

  /**
   * Returns the kind of change.
   *
   * @return the kind; not null
   */
  public ChangeKind kind() {
    return kind;
  }

  /**
   * Returns the comparison.
   *
   * @return year-on-year or period-on-period; not null
   */
  public Comparison comparison() {
    return comparison;
  }

  /**
   * Returns the values in the current period.
   *
   * @return the current values; not null
   */
  public IndicatorColumn current() {
    return current;
  }

  /**
   * Returns the values in the base period.
   *
   * @return the base values; not null
   */
  public IndicatorColumn base() {
    return base;
  }

  /**
   * Returns the number of units.
   *
   * @return the number of units
   */
  public int size() {
    return current.size();
  }

  /**
   * Returns the code of a unit.
   *
   * @param index the unit's index in {@link Evaluation#units()}, from 0 to {@code size() - 1}
   * @return the code; not null
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public UnitCode unit(int index) {
    return current.unit(index);
  }

  /**
   * Returns whether a unit's change is defined: its denominator is not 0.
   *
   * @param index the unit's index, from 0 to {@code size() - 1}
   * @return true if the change is defined
   * @throws IndexOutOfBoundsException if the index is out of range
   * @throws InvalidValueException as {@link IndicatorColumn#numerator(int)}
   * @throws ArithmeticException as {@link #denominator(int)}
   */
  public boolean isDefined(int index) {
    return denominator(index) != 0;
  }

  /**
   * Returns the numerator of a unit's change.
   *
   * @param index the unit's index, from 0 to {@code size() - 1}
   * @return the numerator; 0 when the change is undefined
   * @throws IndexOutOfBoundsException if the index is out of range
   * @throws InvalidValueException as {@link IndicatorColumn#numerator(int)}
   * @throws ArithmeticException if the numerator overflows a {@code long} (counts in the
   *     billions); {@link #outcome(int)} is exact at any size
   */
  public long numerator(int index) {
    return numerator(
        current.numerator(index), current.denominator(index),
        base.numerator(index), base.denominator(index));
  }

  /**
   * Returns the denominator of a unit's change.
   *
   * @param index the unit's index, from 0 to {@code size() - 1}
   * @return the denominator, zero or more; 0 exactly when the change is undefined
   * @throws IndexOutOfBoundsException if the index is out of range
   * @throws InvalidValueException as {@link IndicatorColumn#numerator(int)}
   * @throws ArithmeticException if the denominator overflows a {@code long} (counts in the
   *     billions); {@link #outcome(int)} is exact at any size
   */
  public long denominator(int index) {
    return denominator(
        current.denominator(index), base.numerator(index), base.denominator(index));
  }

  /**
   * Copies every unit's change into two arrays, unit {@code i} at {@code offset + i}: the bulk
   * form of {@link #numerator(int)} and {@link #denominator(int)}.
   *
   * @param numerators the array of numerators; not null
   * @param denominators the array of denominators; not null
   * @param offset where unit 0 goes in both arrays, zero or more
   * @throws IndexOutOfBoundsException if either array has fewer than {@code offset + size()}
   *     elements, or the offset is negative
   * @throws InvalidValueException as {@link IndicatorColumn#numerator(int)}
   * @throws ArithmeticException as {@link #numerator(int)}
   */
  public void copyTo(long[] numerators, long[] denominators, int offset) {
    int units = current.size();
    Objects.checkFromIndexSize(offset, units, numerators.length);
    Objects.checkFromIndexSize(offset, units, denominators.length);
    if (current.isDirect() && base.isDirect()) {
      for (int i = 0; i < units; i++) {
        long cd = current.directDenominator(i);
        long b = base.directNumerator(i);
        long bd = base.directDenominator(i);
        numerators[offset + i] = numerator(current.directNumerator(i), cd, b, bd);
        denominators[offset + i] = denominator(cd, b, bd);
      }
    } else {
      for (int i = 0; i < units; i++) {
        numerators[offset + i] = numerator(i);
        denominators[offset + i] = denominator(i);
      }
    }
  }

  private boolean undefined(long cd, long b, long bd) {
    return cd == 0 || bd == 0 || (relative && b == 0);
  }

  /**
   * The numerator of the change from {@code b/bd} to {@code c/cd}. The values compared are
   * tallies and totals, never negative, so the denominators come out positive.
   */
  private long numerator(long c, long cd, long b, long bd) {
    if (undefined(cd, b, bd)) {
      return 0;
    }
    return cd == bd
        ? Math.subtractExact(c, b)
        : Math.subtractExact(Math.multiplyExact(c, bd), Math.multiplyExact(b, cd));
  }

  /** The denominator of the change from {@code b/bd} to a value over {@code cd}. */
  private long denominator(long cd, long b, long bd) {
    if (undefined(cd, b, bd)) {
      return 0;
    }
    if (relative) {
      return cd == bd ? b : Math.multiplyExact(cd, b);
    }
    return cd == bd ? cd : Math.multiplyExact(cd, bd);
  }

  /**
   * Returns the exact change of a unit, or the reason there is none.
   *
   * @param index the unit's index, from 0 to {@code size() - 1}
   * @return the outcome; not null
   * @throws IndexOutOfBoundsException if the index is out of range
   * @throws InvalidValueException as {@link IndicatorColumn#value(int)}
   */
  public Outcome outcome(int index) {
    return change(index).outcome();
  }

  /**
   * Returns the full change of a unit, with the two values it compares.
   *
   * @param index the unit's index, from 0 to {@code size() - 1}
   * @return the change; not null
   * @throws IndexOutOfBoundsException if the index is out of range
   * @throws InvalidValueException as {@link IndicatorColumn#value(int)}
   */
  public Change change(int index) {
    return Change.of(
        kind, comparison, current.value(index).outcome(), base.value(index).outcome());
  }

  @Override
  public String toString() {
    return "ChangeColumn[" + indicator.code() + ", " + comparison + " " + kind + ", "
        + current.period() + " against " + base.period() + "]";
  }
}
