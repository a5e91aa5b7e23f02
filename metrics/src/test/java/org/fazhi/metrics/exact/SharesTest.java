package org.fazhi.metrics.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.fazhi.metrics.testing.Invalid.assertArithmetic;
import static org.fazhi.metrics.testing.Invalid.assertInvalid;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableLongArray;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link Shares}. */
class SharesTest {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static List<BigDecimal> decimals(String... values) {
    return Arrays.stream(values).map(BigDecimal::new).toList();
  }

  /** Between one and eight parts of up to {@code bound}, not all zero. */
  private static List<Long> anyParts(Random random, int bound) {
    List<Long> parts = new ArrayList<>();
    int n = 1 + random.nextInt(8);
    for (int i = 0; i < n; i++) {
      parts.add((long) random.nextInt(bound + 1));
    }
    if (parts.stream().mapToLong(Long::longValue).sum() == 0) {
      parts.set(random.nextInt(n), 1L);
    }
    return parts;
  }

  //-----------------------------------------------------------------------
  // of(List, long), ofParts(List)
  //-----------------------------------------------------------------------
  @Test
  void of() {
    Shares shares = Shares.of(List.of(13L, 20L), 152);
    assertThat(shares.parts()).isEqualTo(ImmutableLongArray.of(13, 20));
    assertThat(shares.whole()).isEqualTo(152);
  }

  @Test
  void ofParts_wholeIsTheSum() {
    Shares shares = Shares.ofParts(List.of(1L, 2L, 3L));
    assertThat(shares.whole()).isEqualTo(6);
    assertThat(shares).isEqualTo(Shares.of(List.of(1L, 2L, 3L), 6));
    assertThat(Shares.ofParts(List.of()).whole()).isZero();
  }

  @Test
  void of_copiesTheParts() {
    List<Long> parts = new ArrayList<>(List.of(1L, 2L));
    Shares shares = Shares.of(parts, 3);
    parts.set(0, 3L);
    assertThat(shares.parts()).isEqualTo(ImmutableLongArray.of(1, 2));
  }

  @Test
  void of_invalid() {
    assertInvalid(() -> Shares.of(List.of(1L, -1L), 5), "Shares.parts = -1: must not be negative");
    assertInvalid(() -> Shares.ofParts(List.of(-3L)), "Shares.parts = -3: must not be negative");
    assertInvalid(() -> Shares.of(List.of(2L, 3L), 4),
        "Shares.parts (sum) = 5: must not exceed whole (4)");
    assertInvalid(() -> Shares.of(List.of(), -1),
        "Shares.parts (sum) = 0: must not exceed whole (-1)");
  }

  @Test
  void of_overflow() {
    assertArithmetic(() -> Shares.ofParts(List.of(Long.MAX_VALUE, 1L)), "long overflow");
    assertArithmetic(() -> Shares.of(List.of(Long.MAX_VALUE, 1L), Long.MAX_VALUE), "long overflow");
  }

  @Test
  void of_nullPart() {
    assertThatNullPointerException().isThrownBy(() -> Shares.ofParts(Arrays.asList(1L, null)));
    assertThatNullPointerException().isThrownBy(() -> Shares.of(Arrays.asList(null, 1L), 2));
  }

  //-----------------------------------------------------------------------
  // exact()
  //-----------------------------------------------------------------------
  @Test
  void exact() {
    assertThat(Shares.of(List.of(13L, 0L, 139L), 152).exact()).containsExactly(
        Outcome.of(Fraction.of(13, 152)), Outcome.of(Fraction.ZERO),
        Outcome.of(Fraction.of(139, 152)));
    assertThat(Shares.of(List.of(152L), 152).exact()).containsExactly(Outcome.of(Fraction.ONE));
  }

  @Test
  void exact_ofAZeroWholeIsUndefined() {
    assertThat(Shares.of(List.of(0L, 0L), 0).exact()).containsExactly(
        Outcome.undefined(UndefinedReason.ZERO_DENOMINATOR),
        Outcome.undefined(UndefinedReason.ZERO_DENOMINATOR));
  }

  //-----------------------------------------------------------------------
  // rounded(RoundingPolicy)
  //-----------------------------------------------------------------------
  @Test
  void rounded_seed_13Of152() {
    assertThat(Shares.of(List.of(13L), 152).rounded(RoundingPolicy.DEFAULT))
        .containsExactly(new BigDecimal("8.55"));
  }

  @Test
  void rounded_eachOnItsOwn_mayNotTotal100() {
    ImmutableList<BigDecimal> thirds =
        Shares.ofParts(List.of(1L, 1L, 1L)).rounded(RoundingPolicy.halfUp(0));
    assertThat(thirds).containsExactlyElementsOf(decimals("33", "33", "33"));
    ImmutableList<BigDecimal> sixths =
        Shares.ofParts(List.of(1L, 1L, 1L, 1L, 1L, 1L)).rounded(RoundingPolicy.halfUp(0));
    assertThat(sixths.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualTo(new BigDecimal("102"));
  }

  @Test
  void rounded_underEachMode() {
    Shares shares = Shares.of(List.of(1L, 5L), 8); // 12.5% and 62.5%
    assertThat(shares.rounded(RoundingPolicy.halfUp(0)))
        .containsExactlyElementsOf(decimals("13", "63"));
    assertThat(shares.rounded(RoundingPolicy.halfEven(0)))
        .containsExactlyElementsOf(decimals("12", "62"));
    assertThat(shares.rounded(RoundingPolicy.truncate(0)))
        .containsExactlyElementsOf(decimals("12", "62"));
  }

  @Test
  void rounded_zeroWhole() {
    assertInvalid(() -> Shares.of(List.of(), 0).rounded(RoundingPolicy.DEFAULT),
        "Shares.whole = 0: must be positive to divide into shares");
  }

  //-----------------------------------------------------------------------
  // largestRemainder(int)
  //-----------------------------------------------------------------------
  static Stream<Arguments> apportioned() {
    return Stream.of(
        // parts, scale, shares
        arguments(List.of(1L, 1L, 1L), 0, decimals("34", "33", "33")),
        arguments(List.of(1L, 1L, 1L), 1, decimals("33.4", "33.3", "33.3")),
        arguments(List.of(1L, 1L, 1L), 2, decimals("33.34", "33.33", "33.33")),
        arguments(List.of(1L, 2L), 0, decimals("33", "67")),
        arguments(List.of(2L, 1L), 0, decimals("67", "33")),
        arguments(List.of(1L, 1L, 1L, 1L, 1L, 1L), 0, decimals("17", "17", "17", "17", "16", "16")),
        arguments(List.of(1L, 1L), 0, decimals("50", "50")),
        arguments(List.of(0L, 5L, 0L), 2, decimals("0.00", "100.00", "0.00")),
        arguments(List.of(139L, 13L), 2, decimals("91.45", "8.55")),
        arguments(List.of(900L, 30L), 2, decimals("96.77", "3.23")),
        // 1/7 = 14.2857…%; 6/7 = 85.7142…%: the larger remainder is the first's
        arguments(List.of(1L, 6L), 1, decimals("14.3", "85.7")),
        // a tie among later parts goes to the earlier of them
        arguments(List.of(2L, 1L, 1L, 1L, 1L, 1L, 1L), 0,
            decimals("25", "13", "13", "13", "12", "12", "12")));
  }

  @ParameterizedTest
  @MethodSource("apportioned")
  void largestRemainder(List<Long> parts, int scale, List<BigDecimal> expected) {
    ImmutableList<BigDecimal> shares = Shares.ofParts(parts).largestRemainder(scale);
    assertThat(shares).containsExactlyElementsOf(expected);
    assertThat(shares).allSatisfy(share -> assertThat(share.scale()).isEqualTo(scale));
  }

  /**
   * At scales 0 to 3, apportioned shares total exactly 100, each lies within one unit of the last
   * place of its exact share, and the individually rounded shares are the HALF_UP ones.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void largestRemainder_laws(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 100; i++) {
      List<Long> parts = anyParts(random, random.nextBoolean() ? 10 : 100_000);
      Shares shares = Shares.ofParts(parts);
      long whole = shares.whole();
      for (int scale = 0; scale <= 3; scale++) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        ImmutableList<BigDecimal> apportioned = shares.largestRemainder(scale);
        ImmutableList<BigDecimal> rounded = shares.rounded(RoundingPolicy.halfUp(scale));
        assertThat(apportioned).hasSameSizeAs(parts);
        assertThat(apportioned.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
            .as("%s at %s", parts, scale)
            .isEqualByComparingTo(HUNDRED);
        for (int k = 0; k < parts.size(); k++) {
          Fraction exact = Fraction.of(parts.get(k) * 100, whole);
          Fraction difference = Fraction.of(apportioned.get(k)).minus(exact);
          assertThat(apportioned.get(k).scale()).isEqualTo(scale);
          // less than one unit of the last place either way
          assertThat(difference.compareTo(Fraction.of(unit))).isNegative();
          assertThat(difference.negate().compareTo(Fraction.of(unit))).isNegative();
          assertThat(rounded.get(k)).isEqualTo(BigDecimal.valueOf(parts.get(k) * 100)
              .divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP));
        }
      }
    }
  }

  /** The units still missing go to the largest remainders, ties to the earlier part. */
  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23, 24})
  void largestRemainder_givesUnitsToLargestRemaindersEarlierFirst(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 100; i++) {
      List<Long> parts = anyParts(random, random.nextBoolean() ? 6 : 1_000);
      Shares shares = Shares.ofParts(parts);
      int scale = random.nextInt(3);
      ImmutableList<BigDecimal> apportioned = shares.largestRemainder(scale);
      long scaledWhole = shares.whole();
      long total = BigDecimal.valueOf(100).movePointRight(scale).longValueExact();
      for (int a = 0; a < parts.size(); a++) {
        for (int b = 0; b < parts.size(); b++) {
          long remainderA = parts.get(a) * total % scaledWhole;
          long remainderB = parts.get(b) * total % scaledWhole;
          boolean aGotUnit = apportioned.get(a).movePointRight(scale).longValueExact()
              > parts.get(a) * total / scaledWhole;
          boolean bGotUnit = apportioned.get(b).movePointRight(scale).longValueExact()
              > parts.get(b) * total / scaledWhole;
          boolean aFirst = remainderA > remainderB || (remainderA == remainderB && a < b);
          if (bGotUnit && aFirst) {
            assertThat(aGotUnit).as("%s at %s: part %s before %s", parts, scale, a, b).isTrue();
          }
        }
      }
    }
  }

  @Test
  void largestRemainder_invalid() {
    assertInvalid(() -> Shares.of(List.of(), 0).largestRemainder(2),
        "Shares.whole = 0: must be positive to divide into shares");
    assertInvalid(() -> Shares.of(List.of(1L, 2L), 4).largestRemainder(2),
        "Shares.parts (sum) = 3: must equal the whole (4) to apportion 100%");
    assertInvalid(() -> Shares.ofParts(List.of(1L)).largestRemainder(13),
        "RoundingPolicy.scale = 13: must be from 0 to 12");
    assertInvalid(() -> Shares.ofParts(List.of(1L)).largestRemainder(-1),
        "RoundingPolicy.scale = -1: must be from 0 to 12");
  }

  @Test
  void largestRemainder_atTheLargestScale() {
    assertThat(Shares.ofParts(List.of(1L, 1L, 1L)).largestRemainder(RoundingPolicy.MAX_SCALE))
        .containsExactlyElementsOf(decimals(
            "33.333333333334", "33.333333333333", "33.333333333333"));
  }

  //-----------------------------------------------------------------------
  // equals(), hashCode(), toString(), nulls
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(Shares.of(List.of(1L, 2L), 3), Shares.ofParts(List.of(1L, 2L)))
        .addEqualityGroup(Shares.of(List.of(1L, 2L), 4))
        .addEqualityGroup(Shares.of(List.of(2L, 1L), 3))
        .addEqualityGroup(Shares.of(List.of(1L, 2L, 0L), 3))
        .addEqualityGroup(Shares.of(List.of(), 0), Shares.ofParts(List.of()))
        .testEquals();
  }

  @Test
  void toString_listsPartsAndWhole() {
    assertThat(Shares.of(List.of(13L, 20L), 152)).hasToString("Shares[13, 20] of 152");
  }

  @Test
  void nulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Shares.class);
    tester.testAllPublicInstanceMethods(Shares.ofParts(List.of(1L, 2L)));
  }
}
