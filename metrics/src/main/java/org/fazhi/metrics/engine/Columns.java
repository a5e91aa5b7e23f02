package org.fazhi.metrics.engine;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** Growable primitive columns for the ledger's record tables, and day encoding. */
final class Columns {

  private Columns() {}

  /** The epoch day of a date. */
  static int day(LocalDate date) {
    return Math.toIntExact(date.toEpochDay());
  }

  /** The epoch day of a date, or {@link Reckoning#NEVER} for a step not taken. */
  static int day(Optional<LocalDate> date) {
    return date.isPresent() ? day(date.get()) : Reckoning.NEVER;
  }

  /**
   * Returns a stable order of rows by a day column: the rows of the earliest day first, rows of
   * the same day in the order given.
   */
  static int[] orderBy(int[] days) {
    long[] keys = new long[days.length];
    for (int i = 0; i < days.length; i++) {
      keys[i] = ((long) days[i] << 32) | i;
    }
    Arrays.sort(keys);
    int[] order = new int[days.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = (int) keys[i];
    }
    return order;
  }

  /** The first row whose day is on or after a day, in a column sorted by day; or its length. */
  static int firstOnOrAfter(int[] sortedDays, long day) {
    int lo = 0;
    int hi = sortedDays.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sortedDays[mid] < day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** A growable column of ints. */
  static final class Ints {
    private int[] values = new int[16];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }

    /** The values, row {@code i} of the result being row {@code order[i]}. */
    int[] toArray(int[] order) {
      int[] result = new int[order.length];
      for (int i = 0; i < order.length; i++) {
        result[i] = values[order[i]];
      }
      return result;
    }
  }

  /** A growable column of longs. */
  static final class Longs {
    private long[] values = new long[16];
    private int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    /** The values, row {@code i} of the result being row {@code order[i]}. */
    long[] toArray(int[] order) {
      long[] result = new long[order.length];
      for (int i = 0; i < order.length; i++) {
        result[i] = values[order[i]];
      }
      return result;
    }
  }

  /** A growable column of small codes: flags, enum ordinals. */
  static final class Bytes {
    private byte[] values = new byte[16];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = (byte) value;
    }

    byte[] toArray() {
      return Arrays.copyOf(values, size);
    }

    /** The values, row {@code i} of the result being row {@code order[i]}. */
    byte[] toArray(int[] order) {
      byte[] result = new byte[order.length];
      for (int i = 0; i < order.length; i++) {
        result[i] = values[order[i]];
      }
      return result;
    }
  }
}
