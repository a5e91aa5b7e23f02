package org.fazhi.metrics.exact;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.fazhi.core.validation.InvalidValueException;

/**
 * An exact rational number: the value of a rate, a share, a growth or a difference of rates
 * before it is rounded for print.
 *
 * <p>Arithmetic never loses precision and never overflows: values that outgrow {@code long} move
 * to {@link BigInteger} transparently. Equality is by value ({@code 1/2} equals {@code 2/4});
 * {@link #toString()} prints the lowest terms and {@link #parse(String)} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Fraction implements Comparable<Fraction> {

  /** Zero. */
  public static final Fraction ZERO = new Fraction(0, 1, null, null);

  /** One. */
  public static final Fraction ONE = new Fraction(1, 1, null, null);

  /** One hundred, the factor between a proportion and its percentage. */
  public static final Fraction HUNDRED = new Fraction(100, 1, null, null);

  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  // Small form (bigNumerator == null): numerator/denominator in longs, denominator > 0, not
  // necessarily in lowest terms, which keeps arithmetic on counts free of gcd work.
  private final long numerator;
  private final long denominator;
  // Large form: in lowest terms, denominator > 0, at least one part outside long.
  private final BigInteger bigNumerator;
  private final BigInteger bigDenominator;

  private Fraction(long numerator, long denominator, BigInteger bigNum, BigInteger bigDen) {
    this.numerator = numerator;
    this.denominator = denominator;
    this.bigNumerator = bigNum;
    this.bigDenominator = bigDen;
  }

  /**
   * Returns the fraction {@code numerator / denominator}.
   *
   * @param numerator any value
   * @param denominator any value but zero
   * @return the fraction
   * @throws ArithmeticException if {@code denominator} is zero: an undefined result is an
   *     {@link Outcome}, not a fraction
   */
  public static Fraction of(long numerator, long denominator) {
    if (denominator == 0) {
      throw new ArithmeticException(
          "Fraction.denominator = 0: division by zero has no value (use Outcome.ratio)");
    }
    if (denominator > 0) {
      return new Fraction(numerator, denominator, null, null);
    }
    if (numerator != Long.MIN_VALUE && denominator != Long.MIN_VALUE) {
      return new Fraction(-numerator, -denominator, null, null);
    }
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * Returns a whole number as a fraction.
   *
   * @param value the value
   * @return {@code value / 1}
   */
  public static Fraction of(long value) {
    return new Fraction(value, 1, null, null);
  }

  /**
   * Returns the fraction {@code numerator / denominator} of arbitrary size.
   *
   * @param numerator any value; not null
   * @param denominator any value but zero; not null
   * @return the fraction
   * @throws ArithmeticException if {@code denominator} is zero
   */
  public static Fraction of(BigInteger numerator, BigInteger denominator) {
    requireNonNull(numerator, "numerator");
    requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException(
          "Fraction.denominator = 0: division by zero has no value (use Outcome.ratio)");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE)) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    if (fitsLong(numerator) && fitsLong(denominator)) {
      return new Fraction(numerator.longValue(), denominator.longValue(), null, null);
    }
    return new Fraction(0, 0, numerator, denominator);
  }

  /**
   * Returns the exact value of a decimal number: {@code 96.77} is {@code 9677/100}.
   *
   * @param value the decimal; not null
   * @return the fraction
   */
  public static Fraction of(BigDecimal value) {
    requireNonNull(value, "value");
    BigInteger unscaled = value.unscaledValue();
    int scale = value.scale();
    return scale >= 0
        ? of(unscaled, BigInteger.TEN.pow(scale))
        : of(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
  }

  /**
   * Parses a fraction printed by {@link #toString()}: an integer such as {@code -4} or a fraction
   * such as {@code 30/31}.
   *
   * @param text the text; not null
   * @return the fraction
   * @throws InvalidValueException if the text is not an integer or a fraction of integers with a
   *     non-zero denominator
   */
  public static Fraction parse(String text) {
    requireNonNull(text, "text");
    int slash = text.indexOf('/');
    try {
      if (slash < 0) {
        return of(new BigInteger(text), BigInteger.ONE);
      }
      return of(new BigInteger(text.substring(0, slash)), new BigInteger(text.substring(slash + 1)));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new InvalidValueException(
          "Fraction", "\"" + text + "\"", "must be an integer or p/q with q not zero");
    }
  }

  private static boolean fitsLong(BigInteger value) {
    return value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0;
  }

  private boolean isSmall() {
    return bigNumerator == null;
  }

  private BigInteger bigNum() {
    return isSmall() ? BigInteger.valueOf(numerator) : bigNumerator;
  }

  private BigInteger bigDen() {
    return isSmall() ? BigInteger.valueOf(denominator) : bigDenominator;
  }

  /**
   * Returns the numerator in lowest terms; its sign is the sign of the fraction.
   *
   * @return the numerator; not null
   */
  public BigInteger numerator() {
    return lowest().bigNum();
  }

  /**
   * Returns the denominator in lowest terms.
   *
   * @return the denominator, positive; not null
   */
  public BigInteger denominator() {
    return lowest().bigDen();
  }

  private Fraction lowest() {
    if (!isSmall()) {
      return this;
    }
    long gcd = gcd(Math.abs(numerator), denominator);
    return gcd <= 1 ? this : new Fraction(numerator / gcd, denominator / gcd, null, null);
  }

  /** Greatest common divisor; {@code a} may be {@code Long.MIN_VALUE}'s absolute value. */
  private static long gcd(long a, long b) {
    if (a == Long.MIN_VALUE) {
      return BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)).longValueExact();
    }
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return Math.abs(a);
  }

  /**
   * Returns the sign of the fraction.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return isSmall() ? Long.signum(numerator) : bigNumerator.signum();
  }

  /**
   * Returns the sum.
   *
   * @param other the addend; not null
   * @return {@code this + other}
   */
  public Fraction plus(Fraction other) {
    if (isSmall() && other.isSmall()) {
      try {
        if (denominator == other.denominator) {
          return of(Math.addExact(numerator, other.numerator), denominator);
        }
        return of(
            Math.addExact(
                Math.multiplyExact(numerator, other.denominator),
                Math.multiplyExact(other.numerator, denominator)),
            Math.multiplyExact(denominator, other.denominator));
      } catch (ArithmeticException overflow) {
        // fall through to the exact large form
      }
    }
    return of(
        bigNum().multiply(other.bigDen()).add(other.bigNum().multiply(bigDen())),
        bigDen().multiply(other.bigDen()));
  }

  /**
   * Returns the negation.
   *
   * @return {@code -this}
   */
  public Fraction negate() {
    if (isSmall() && numerator != Long.MIN_VALUE) {
      return new Fraction(-numerator, denominator, null, null);
    }
    return of(bigNum().negate(), bigDen());
  }

  /**
   * Returns the difference.
   *
   * @param other the subtrahend; not null
   * @return {@code this - other}
   */
  public Fraction minus(Fraction other) {
    return plus(other.negate());
  }

  /**
   * Returns the product.
   *
   * @param other the factor; not null
   * @return {@code this × other}
   */
  public Fraction times(Fraction other) {
    if (isSmall() && other.isSmall()) {
      try {
        return of(
            Math.multiplyExact(numerator, other.numerator),
            Math.multiplyExact(denominator, other.denominator));
      } catch (ArithmeticException overflow) {
        // fall through to the exact large form
      }
    }
    return of(bigNum().multiply(other.bigNum()), bigDen().multiply(other.bigDen()));
  }

  /**
   * Returns the quotient.
   *
   * @param other the divisor; not zero, not null
   * @return {@code this / other}
   * @throws ArithmeticException if {@code other} is zero
   */
  public Fraction dividedBy(Fraction other) {
    if (other.signum() == 0) {
      throw new ArithmeticException("Fraction: division by zero has no value");
    }
    if (isSmall() && other.isSmall()) {
      try {
        return of(
            Math.multiplyExact(numerator, other.denominator),
            Math.multiplyExact(denominator, other.numerator));
      } catch (ArithmeticException overflow) {
        // fall through to the exact large form
      }
    }
    return of(bigNum().multiply(other.bigDen()), bigDen().multiply(other.bigNum()));
  }

  /**
   * Rounds the fraction to a number of decimal places. The rounding is of the exact value: no
   * intermediate value is rounded first.
   *
   * @param scale the number of decimal places; may be negative to round to tens, hundreds…
   * @param mode how to round; {@link RoundingMode#UNNECESSARY} to require an exact result; not
   *     null
   * @return the rounded decimal, with exactly {@code scale} decimal places
   * @throws ArithmeticException if {@code mode} is {@code UNNECESSARY} and rounding is needed
   */
  public BigDecimal toBigDecimal(int scale, RoundingMode mode) {
    requireNonNull(mode, "mode");
    return new BigDecimal(bigNum()).divide(new BigDecimal(bigDen()), scale, mode);
  }

  /**
   * Compares by value.
   *
   * @param other the other fraction; not null
   * @return negative, zero or positive as this is less than, equal to or greater than
   *     {@code other}
   */
  @Override
  public int compareTo(Fraction other) {
    int signs = Integer.compare(signum(), other.signum());
    if (signs != 0 || signum() == 0) {
      return signs;
    }
    if (isSmall() && other.isSmall()) {
      long hiLeft = Math.multiplyHigh(numerator, other.denominator);
      long hiRight = Math.multiplyHigh(other.numerator, denominator);
      if (hiLeft != hiRight) {
        return Long.compare(hiLeft, hiRight);
      }
      return Long.compareUnsigned(numerator * other.denominator, other.numerator * denominator);
    }
    return bigNum().multiply(other.bigDen()).compareTo(other.bigNum().multiply(bigDen()));
  }

  /**
   * Returns whether another object is a fraction of the same value.
   *
   * @param obj the object; may be null
   * @return true if {@code obj} is a fraction equal in value
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Fraction other && compareTo(other) == 0;
  }

  @Override
  public int hashCode() {
    Fraction lowest = lowest();
    return lowest.isSmall()
        ? Long.hashCode(lowest.numerator) * 31 + Long.hashCode(lowest.denominator)
        : lowest.bigNumerator.hashCode() * 31 + lowest.bigDenominator.hashCode();
  }

  /**
   * Prints the fraction in lowest terms, as {@link #parse(String)} reads it.
   *
   * @return an integer such as {@code "4"} or a fraction such as {@code "30/31"}; not null
   */
  @Override
  public String toString() {
    Fraction lowest = lowest();
    BigInteger den = lowest.bigDen();
    return den.equals(BigInteger.ONE)
        ? lowest.bigNum().toString()
        : lowest.bigNum() + "/" + den;
  }
}
