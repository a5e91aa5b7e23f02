package org.fazhi.metrics.engine;

import java.util.Arrays;
import org.fazhi.metrics.measure.StandardMeasure;

/**
 * One evaluation in progress: the periods reckoned, their as-of days, and the table of counts
 * that records add to.
 *
 * <p>The table is a stripe per period and column (see {@link Layout}), each a {@code long[]}
 * holding that count for every unit, indexed by unit. A stripe is allocated when a record or form
 * count first adds to it, so that an evaluation pays only for the measures its records have:
 * counting a period's records touches only the stripes of their measures, and rolling up and
 * reading an indicator for every unit walk whole stripes.
 *
 * <p>Record tables are kept in order of the day that places each record in a period; the
 * reckoning finds each period's records by binary search ({@link #count(Table)}) and has the table
 * count them a chunk at a time, with the period's stripes looked up once per chunk. A count of
 * records is a plain increment: records are counted before form counts, and no table holds more
 * than {@code Integer.MAX_VALUE} records, so it cannot overflow; weights (amounts, numbers of
 * people) are added with {@link Math#addExact}. Whether a count is known is tracked only for
 * periods the ledger is not complete for; when it is complete for every period (the usual case),
 * no such table exists.
 *
 * <p>Not thread-safe: each evaluation owns its reckoning.
 */
final class Reckoning {

  /**
   * The records a table counts in one call: loops over a period's records are cut into calls of
   * this many, so that the JIT compiles them as ordinary hot methods (invoked many times per
   * evaluation) rather than only on-stack replacement of one long loop.
   */
  static final int CHUNK = 4096;

  /** A day after every period: how records store a step that has not happened. */
  static final int NEVER = Integer.MAX_VALUE;

  private final int[] asOf;
  /**
   * The runs of days that fall in one period, in day order, three ints each: first day, last
   * day, period.
   */
  private final int[] spans;
  private final int units;
  private final int stride;
  /** The stripes, {@code period × stride + column}; null until something adds to one. */
  private final long[][] stripes;
  private final boolean[] complete;
  /** Null when every period is complete. */
  private final boolean[] known;
  private final int[] standardColumn;
  private final int[][] familyColumns;

  Reckoning(int[] start, int[] end, int[] asOf, boolean[] complete, int units, Layout layout) {
    this.asOf = asOf;
    this.complete = complete;
    this.units = units;
    this.stride = layout.stride;
    this.stripes = new long[start.length * stride][];
    boolean allComplete = true;
    for (boolean c : complete) {
      allComplete &= c;
    }
    this.known = allComplete ? null : new boolean[start.length * stride * units];
    this.standardColumn = layout.standardColumn;
    this.familyColumns = layout.familyColumns;
    // The periods lie within a few years of each other: mark each day with the period it falls
    // in (where periods overlap, the first listed wins), then cut the days into runs.
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (int p = 0; p < start.length; p++) {
      if (start[p] <= end[p]) {
        first = Math.min(first, start[p]);
        last = Math.max(last, end[p]);
      }
    }
    if (first > last) {
      first = 0;
      last = -1;
    }
    byte[] periodOfDay = new byte[last - first + 1];
    Arrays.fill(periodOfDay, (byte) -1);
    for (int p = start.length - 1; p >= 0; p--) {
      for (int day = start[p]; day <= end[p]; day++) {
        periodOfDay[day - first] = (byte) p;
      }
    }
    int[] runs = new int[3 * periodOfDay.length];
    int n = 0;
    for (int i = 0; i < periodOfDay.length; i++) {
      byte p = periodOfDay[i];
      if (p < 0) {
        continue;
      }
      if (i > 0 && periodOfDay[i - 1] == p) {
        runs[n - 2]++;
      } else {
        runs[n++] = first + i;
        runs[n++] = first + i;
        runs[n++] = p;
      }
    }
    this.spans = Arrays.copyOf(runs, n);
  }

  /**
   * A table of records kept in order of the day that places each in a period (a mediation
   * case's date received, a task's due date …), and how to count a run of them.
   */
  abstract static class Table {
    private final int[] days;

    /** A table whose records are placed by these days, in ascending order. */
    Table(int[] days) {
      this.days = days;
    }

    /** Counts the records from {@code from} (inclusive) to {@code to}, all of one period. */
    abstract void count(Reckoning r, int period, int from, int to);
  }

  /**
   * Counts a table: finds the records of each span of days by binary search, and has the table
   * count them a chunk at a time.
   */
  void count(Table table) {
    int[] days = table.days;
    for (int s = 0; s < spans.length; s += 3) {
      int end = Columns.firstOnOrAfter(days, spans[s + 1] + 1L);
      for (int i = Columns.firstOnOrAfter(days, spans[s]); i < end; i += CHUNK) {
        table.count(this, spans[s + 2], i, Math.min(end, i + CHUNK));
      }
    }
  }

  int periods() {
    return asOf.length;
  }

  int asOf(int period) {
    return asOf[period];
  }

  /** The index of unit 0's count of a column in a period, in the table of knowledge. */
  private int at(int period, int column) {
    return (period * stride + column) * units;
  }

  /** The counts of a column in a period, by unit. */
  long[] stripe(int period, int column) {
    int i = period * stride + column;
    long[] stripe = stripes[i];
    if (stripe == null) {
      stripe = new long[units];
      stripes[i] = stripe;
    }
    return stripe;
  }

  /** The counts of several columns in a period. */
  long[][] stripes(int period, int[] columns) {
    long[][] stripes = new long[columns.length][];
    for (int i = 0; i < columns.length; i++) {
      stripes[i] = stripe(period, columns[i]);
    }
    return stripes;
  }

  /** The column of a standard measure's total. */
  int column(StandardMeasure measure) {
    return standardColumn[measure.ordinal() * Layout.SLOTS];
  }

  /**
   * The columns of a standard measure for each of its qualifiers, by ordinal; the sink column
   * where the catalog does not read one.
   */
  int[] qualifiedColumns(StandardMeasure measure) {
    int slot = measure.ordinal() * Layout.SLOTS;
    return Arrays.copyOfRange(standardColumn, slot + 1, slot + Layout.SLOTS);
  }

  /** Whether the period is one whose knowledge is tracked: the ledger is not complete for it. */
  boolean tracksKnown(int period) {
    return known != null && !complete[period];
  }

  /**
   * Records that a unit kept records of a family (and qualifier) in a period whose knowledge is
   * tracked, which makes the family's counts known there. Call it once per record and period the
   * record adds to.
   */
  void touch(int period, int unit, StandardMeasure family, int qualifier) {
    for (int column : familyColumns[family.ordinal() * Layout.SLOTS + qualifier + 1]) {
      known[at(period, column) + unit] = true;
    }
  }

  /** Adds a typed-in count to a measure column, making it known for the unit. */
  void addToColumn(int period, int unit, int column, long count) {
    long[] stripe = stripe(period, column);
    stripe[unit] = Math.addExact(stripe[unit], count);
    if (known != null) {
      known[at(period, column) + unit] = true;
    }
  }

  /**
   * Rolls the counts up the hierarchy, so that each unit holds its subtree's; a count is known for
   * a unit if it is known for the unit or anything below it. Stripes nothing added to stay zero
   * (and unallocated); the sink and zero columns are left alone.
   *
   * <p>Units are in pre-order, so a subtree is a run of units: a stripe's running sums give every
   * subtree's total by one subtraction, and only units with children change. Should a running sum
   * overflow where no subtree's total does (several roots), the stripe is rolled up unit by unit
   * into each parent instead, which overflows only where a total does.
   */
  void rollUp(int[] parentOf, int[] subtreeEnd, int[] innerUnits) {
    long[] sums = new long[units + 1];
    for (int p = 0; p < asOf.length; p++) {
      boolean trackKnown = tracksKnown(p);
      for (int k = Layout.FIRST; k < stride; k++) {
        long[] c = stripes[p * stride + k];
        if (c != null && !rollUpByRuns(c, sums, subtreeEnd, innerUnits)) {
          rollUpByParents(c, parentOf);
        }
        if (trackKnown) {
          int base = at(p, k);
          for (int unit = parentOf.length - 1; unit >= 0; unit--) {
            int parent = parentOf[unit];
            if (parent >= 0) {
              known[base + parent] |= known[base + unit];
            }
          }
        }
      }
    }
  }

  private static boolean rollUpByRuns(long[] c, long[] sums, int[] subtreeEnd, int[] inner) {
    long sum = 0;
    try {
      for (int unit = 0; unit < c.length; unit++) {
        sums[unit] = sum;
        sum = Math.addExact(sum, c[unit]);
      }
    } catch (ArithmeticException overflow) {
      return false;
    }
    sums[c.length] = sum;
    for (int unit : inner) {
      c[unit] = sums[subtreeEnd[unit]] - sums[unit];
    }
    return true;
  }

  private static void rollUpByParents(long[] c, int[] parentOf) {
    for (int unit = parentOf.length - 1; unit >= 0; unit--) {
      int parent = parentOf[unit];
      if (parent >= 0) {
        c[parent] = Math.addExact(c[parent], c[unit]);
      }
    }
  }

  /** The stripes, {@code period × stride + column}; null where nothing was added. */
  long[][] stripes() {
    return stripes;
  }

  boolean[] known() {
    return known;
  }
}
