package org.fazhi.metrics.exact;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableLongArray;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.fazhi.core.internal.Checks;
import org.fazhi.core.validation.InvalidValueException;

/**
 * The shares (占比) of parts in a whole, exact, rounded one by one, or apportioned by the largest
 * remainder method (最大余数法) so that the printed shares total exactly 100%.
 *
 * <p>Rounding each share on its own is the default and may total 99.99% or 100.01%; the largest
 * remainder method is used only when asked for. This class is immutable and thread-safe.
 */
public final class Shares {

  private final ImmutableLongArray parts;
  private final long whole;

  private Shares(ImmutableLongArray parts, long whole) {
    this.parts = parts;
    this.whole = whole;
  }

  /**
   * Returns the shares of parts in a whole.
   *
   * @param parts the parts, each zero or more; not null
   * @param whole the whole, at least the sum of the parts
   * @return the shares
   * @throws InvalidValueException if a part is negative, or the parts exceed the whole
   * @throws ArithmeticException if the sum of the parts overflows a {@code long}
   */
  public static Shares of(List<Long> parts, long whole) {
    Checks.atMost("Shares.parts (sum)", sum(parts), "whole", whole);
    return new Shares(ImmutableLongArray.copyOf(parts), whole);
  }

  /**
   * Returns the shares of parts in their sum.
   *
   * @param parts the parts, each zero or more; not null
   * @return the shares
   * @throws InvalidValueException if a part is negative
   * @throws ArithmeticException if the sum overflows a {@code long}
   */
  public static Shares ofParts(List<Long> parts) {
    return of(parts, sum(parts));
  }

  /**
   * Returns the parts.
   *
   * @return the parts, in order; not null
   */
  public ImmutableLongArray parts() {
    return parts;
  }

  /**
   * Returns the whole.
   *
   * @return the whole, zero or more
   */
  public long whole() {
    return whole;
  }

  /**
   * Returns the exact share of each part.
   *
   * @return one outcome per part, undefined when the whole is zero; not null
   */
  public ImmutableList<Outcome> exact() {
    return parts.stream()
        .mapToObj(part -> Outcome.ratio(part, whole))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns each share in percent, rounded on its own.
   *
   * @param policy the rounding; not null
   * @return the percentages, in the order of the parts; not null
   * @throws InvalidValueException if the whole is zero
   */
  public ImmutableList<BigDecimal> rounded(RoundingPolicy policy) {
    requireNonNull(policy, "policy");
    requireWhole();
    return parts.stream()
        .mapToObj(part -> policy.round(Fraction.of(part, whole).times(Fraction.HUNDRED)))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the shares in percent apportioned by the largest remainder method: each share is
   * truncated to {@code scale} places, and the units of the last place still missing from 100%
   * go to the shares with the largest remainders, the earlier part first among equals.
   *
   * @param scale the number of decimal places, from 0 to {@value RoundingPolicy#MAX_SCALE}
   * @return the percentages, in the order of the parts, totalling exactly 100; not null
   * @throws InvalidValueException if the scale is out of range, the whole is zero, or the parts do
   *     not make up the whole
   */
  public ImmutableList<BigDecimal> largestRemainder(int scale) {
    RoundingPolicy.truncate(scale);
    requireWhole();
    if (parts.stream().sum() != whole) {
      throw new InvalidValueException(
          "Shares.parts (sum)", parts.stream().sum(),
          "must equal the whole (" + whole + ") to apportion 100%");
    }
    // In units of the last printed place: 100% is 100 × 10^scale units.
    BigInteger total = BigInteger.TEN.pow(scale + 2);
    BigInteger bigWhole = BigInteger.valueOf(whole);
    int n = parts.length();
    BigInteger[] units = new BigInteger[n];
    BigInteger[] remainders = new BigInteger[n];
    BigInteger allotted = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr = BigInteger.valueOf(parts.get(i)).multiply(total).divideAndRemainder(bigWhole);
      units[i] = qr[0];
      remainders[i] = qr[1];
      allotted = allotted.add(qr[0]);
    }
    int missing = total.subtract(allotted).intValueExact();
    IntStream.range(0, n)
        .boxed()
        .sorted(Comparator.comparing((Integer i) -> remainders[i]).reversed()
            .thenComparing(Comparator.naturalOrder()))
        .limit(missing)
        .forEach(i -> units[i] = units[i].add(BigInteger.ONE));
    return IntStream.range(0, n)
        .mapToObj(i -> new BigDecimal(units[i], scale))
        .collect(ImmutableList.toImmutableList());
  }

  private static long sum(List<Long> parts) {
    long sum = 0;
    for (Long part : requireNonNull(parts, "parts")) {
      sum = Math.addExact(sum, Checks.nonNegative("Shares.parts", requireNonNull(part, "part")));
    }
    return sum;
  }

  private void requireWhole() {
    if (whole == 0) {
      throw new InvalidValueException("Shares.whole", 0, "must be positive to divide into shares");
    }
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Shares other && whole == other.whole && parts.equals(other.parts);
  }

  @Override
  public int hashCode() {
    return parts.hashCode() * 31 + Long.hashCode(whole);
  }

  @Override
  public String toString() {
    return "Shares" + parts + " of " + whole;
  }
}
