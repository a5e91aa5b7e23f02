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

    long[] toArray() {
      return Arrays.copyOf(values, size);
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
  }
}
