package org.fazhi.metrics.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.fazhi.core.internal.Checks;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.exact.Change;
import org.fazhi.metrics.exact.ChangeKind;
import org.fazhi.metrics.exact.Comparison;
import org.fazhi.metrics.exact.Fraction;
import org.fazhi.metrics.exact.Outcome;
import org.fazhi.metrics.exact.RoundingPolicy;
import org.fazhi.metrics.exact.UndefinedReason;
import org.fazhi.metrics.exact.Shares;

/**
 * Checks whether a figure as printed in a report reproduces from its inputs, and under which
 * convention: 四舍五入 ({@code HALF_UP}) at the printed precision first, then GB/T 8170
 * ({@code HALF_EVEN}), then truncation ({@code DOWN}); for shares also the largest remainder
 * method; for a change of rates printed in "%", whether it is really a change in percentage
 * points. A dash is right exactly when the value is undefined.
 *
 * <p>Each entry point takes the figure as printed, reads it with {@link PrintedFigure#parse},
 * and returns a {@link CheckResult} whose {@linkplain CheckResult#expected() expected} figure is
 * printed in the published figure's style. Nothing is ever rounded before the comparison: the
 * exact value is rounded once, at the printed precision.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class FigureCheck {

  private static final ImmutableList<RoundingMode> CONVENTIONS =
      ImmutableList.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN);

  private static final int DASH_SCALE = 2;

  private FigureCheck() {}

  /** An exact value in natural units, and the formula it came from, for the detail. */
  private record Subject(Outcome value, String formula) {}

  // ------------------------------------------------------------------------------------------
  // Entry points

  /**
   * Checks a printed figure against a value in natural units: a proportion (0.9677 for
   * "96.77%"), a relative change (4 for "400%"), a difference of proportions (0.0697 for
   * "6.97个百分点") or a plain number (3158 for "3158项"). Percent and points are the value times
   * 100, per mille times 1000, a plain number the value itself.
   *
   * <p>The figure's decimals are the precision. A figure marked 约 or 左右 is a rounded figure
   * and is checked like an exact one. A figure marked 余 or 多 reproduces when the value lies
   * strictly between the printed number and the next step of its last significant digit
   * ("160余" means 160 &lt; v &lt; 170, "13余" means 13 &lt; v &lt; 14, "1.5余" means
   * 1.5 &lt; v &lt; 1.6). A dash is {@link Verdict#UNDEFINED} for an undefined value; a dash for a
   * defined value, and a number for an undefined one, are {@link Verdict#MISMATCH}. A dash has no
   * unit, so the figure expected instead is printed as a plain number to two decimals; use
   * {@link #ratio}, {@link #growth} or {@link #points} for figures in percent.
   *
   * @param value the exact value, or undefined with its reason; not null
   * @param printed the figure as printed, such as {@code "96.77%"} or {@code "—"}; not null
   * @return the result
   * @throws InvalidValueException if the figure cannot be read, or has more than
   *     {@value RoundingPolicy#MAX_SCALE} decimals
   */
  public static CheckResult check(Outcome value, String printed) {
    requireNonNull(value, "value");
    requireNonNull(printed, "printed");
    PrintedFigure figure = PrintedFigure.parse(printed);
    String formula = value.fraction()
        .filter(v -> !v.denominator().equals(BigInteger.ONE))
        .map(v -> "the value " + v)
        .orElse("the value");
    return compare(new Subject(value, formula), figure, FigureUnit.NONE, printed);
  }

  /**
   * Checks a rate printed in percent or per mille against {@code numerator / denominator}: a
   * 化解率 of 900 resolved out of 930 is 96.77%. 0/0 is undefined and should be printed as a dash.
   * A rate printed in 个百分点 never reproduces: a rate is not a change in points. A plain number
   * is compared with the ratio itself (2.6 for 8745/3362).
   *
   * @param numerator the count in the numerator, zero or more
   * @param denominator the count in the denominator, zero or more
   * @param printed the figure as printed, such as {@code "96.77%"}; not null
   * @return the result
   * @throws InvalidValueException if a count is negative, or the figure cannot be read or has
   *     more than {@value RoundingPolicy#MAX_SCALE} decimals
   */
  public static CheckResult ratio(long numerator, long denominator, String printed) {
    requireNonNull(printed, "printed");
    Checks.nonNegative("FigureCheck.numerator", numerator);
    Checks.nonNegative("FigureCheck.denominator", denominator);
    PrintedFigure figure = PrintedFigure.parse(printed);
    Subject subject =
        new Subject(Outcome.ratio(numerator, denominator), numerator + "/" + denominator);
    if (!figure.isDash() && figure.unit() == FigureUnit.POINTS) {
      return wrongUnit(subject, figure, printed, FigureUnit.PERCENT,
          "a ratio is not a change in percentage points");
    }
    return compare(subject, figure, FigureUnit.PERCENT, printed);
  }

  /**
   * Checks a growth rate (同比增长, 环比下降) printed in percent against the relative change
   * {@code (current − base) / base}: 45 against 9 is growth of 400%. Growth from a base of zero
   * is undefined and should be printed as a dash, never as 100%. A figure printed in 个百分点
   * never reproduces: a growth rate is not a change in points. A plain number, with or without a
   * count word ("增加36件"), is compared with the absolute change {@code current − base}.
   *
   * @param current the count in the current period, zero or more
   * @param base the count in the base period, zero or more
   * @param printed the figure as printed, such as {@code "同比增长400%"}; not null
   * @return the result
   * @throws InvalidValueException if a count is negative, or the figure cannot be read or has
   *     more than {@value RoundingPolicy#MAX_SCALE} decimals
   */
  public static CheckResult growth(long current, long base, String printed) {
    requireNonNull(printed, "printed");
    Checks.nonNegative("FigureCheck.current", current);
    Checks.nonNegative("FigureCheck.base", base);
    PrintedFigure figure = PrintedFigure.parse(printed);
    Comparison comparison = figure.comparisonWord().filter("环比"::equals).isPresent()
        ? Comparison.PERIOD_ON_PERIOD : Comparison.YEAR_ON_YEAR;
    Subject relative = new Subject(
        Change.relative(comparison, current, base).outcome(),
        "(" + current + " - " + base + ")/" + base);
    if (figure.isDash()) {
      return compare(relative, figure, FigureUnit.PERCENT, printed);
    }
    return switch (figure.unit()) {
      case POINTS -> wrongUnit(relative, figure, printed, FigureUnit.PERCENT,
          "a growth rate is not a change in percentage points");
      case NONE -> compare(
          new Subject(
              Change.of(ChangeKind.ABSOLUTE, comparison, Outcome.of(Fraction.of(current)),
                  Outcome.of(Fraction.of(base))).outcome(),
              "the absolute change " + current + " - " + base),
          figure, FigureUnit.NONE, printed);
      default -> compare(relative, figure, FigureUnit.PERCENT, printed);
    };
  }

  /**
   * Checks the change between two rates given in percent (96.77 this year, 89.80 last year).
   *
   * <p>A figure printed in 个百分点 is compared with the difference {@code current − base}
   * (6.97 points). A figure printed in "%" is first compared with the relative change
   * {@code (current − base) / base} (7.76%); if that does not reproduce but the difference in
   * points does ("6.97%"), the verdict is {@link Verdict#REPRODUCED_AS_POINTS} and the expected
   * figure is printed in points ("增加6.97个百分点"); otherwise {@link Verdict#MISMATCH}, with the
   * expected figure in points. A figure in per mille or without a unit never reproduces. The
   * difference is always defined, so a dash never reproduces either.
   *
   * @param currentPercent the rate in the current period, in percent, zero or more; not null
   * @param basePercent the rate in the base period, in percent, zero or more; not null
   * @param printed the figure as printed, such as {@code "提高6.97个百分点"}; not null
   * @return the result
   * @throws InvalidValueException if a rate is negative, or the figure cannot be read or has
   *     more than {@value RoundingPolicy#MAX_SCALE} decimals
   */
  public static CheckResult points(
      BigDecimal currentPercent, BigDecimal basePercent, String printed) {
    requireNonNull(currentPercent, "currentPercent");
    requireNonNull(basePercent, "basePercent");
    requireNonNull(printed, "printed");
    nonNegative("FigureCheck.currentPercent", currentPercent);
    nonNegative("FigureCheck.basePercent", basePercent);
    PrintedFigure figure = PrintedFigure.parse(printed);
    String c = currentPercent.toPlainString();
    String b = basePercent.toPlainString();
    Fraction difference = Fraction.of(currentPercent).minus(Fraction.of(basePercent));
    Subject inPoints = new Subject(
        Outcome.of(difference.dividedBy(Fraction.HUNDRED)), c + "% - " + b + "%");
    if (figure.isDash() || figure.unit() == FigureUnit.POINTS) {
      return compare(inPoints, figure, FigureUnit.POINTS, printed);
    }
    int scale = checkableScale(figure, printed);
    BigDecimal expectedPoints = RoundingPolicy.halfUp(scale).round(difference);
    String expected = figure.restyleInPoints(expectedPoints).toString();
    String pointsHead = c + "% - " + b + "% = " + exact(difference, scale) + " points";
    if (figure.unit() != FigureUnit.PERCENT) {
      return CheckResult.of(Verdict.MISMATCH, Optional.of(expected), printed,
          pointsHead + ", a change of rates in percentage points, but " + figure
              + " is not printed in percent or points; HALF_UP(" + scale + ") gives " + expected);
    }
    Outcome relativeValue = Change.of(
        ChangeKind.RELATIVE, Comparison.YEAR_ON_YEAR, Outcome.of(Fraction.of(currentPercent)),
        Outcome.of(Fraction.of(basePercent))).outcome();
    Subject relative = new Subject(relativeValue, "(" + c + " - " + b + ")/" + b);
    CheckResult asRelative = compare(relative, figure, FigureUnit.PERCENT, printed);
    if (asRelative.verdict().isReproduced()) {
      return asRelative;
    }
    String relativeText = relativeValue.fraction()
        .map(r -> "the relative change " + relative.formula() + " = "
            + exact(r.times(Fraction.HUNDRED), scale) + "% does not give " + figure)
        .orElse("the relative change from a zero base is undefined");
    Optional<RoundingMode> mode = match(difference, figure);
    if (mode.isPresent()) {
      return CheckResult.of(Verdict.REPRODUCED_AS_POINTS, Optional.of(expected), printed,
          relativeText + ", but " + pointsHead + " and " + policy(mode.get(), scale)
              + " gives the printed number, so the change is in points: print " + expected);
    }
    return CheckResult.of(Verdict.MISMATCH, Optional.of(expected), printed,
        relativeText + ", and " + pointsHead + ", for which HALF_UP(" + scale + ") gives "
            + expected);
  }

  /**
   * Checks a set of shares printed together, such as {@code "33.33%;33.33%;33.34%"}, against the
   * parts of a whole. The shares are separated by {@code ;} or {@code ；}, each a percentage with
   * its own precision.
   *
   * <p>The verdict is {@link Verdict#REPRODUCED} if 四舍五入 gives every printed share, else
   * {@link Verdict#REPRODUCED_HALF_EVEN} or {@link Verdict#REPRODUCED_TRUNCATED} if that
   * convention gives every share, else {@link Verdict#REPRODUCED_LARGEST_REMAINDER} if the
   * shares all have one precision, the parts make up the whole and the largest remainder method
   * ({@link Shares#largestRemainder(int)}) gives them, a tie between equal remainders broken
   * either way; else {@link Verdict#MISMATCH}. There is no single expected figure; the detail
   * lists the shares that 四舍五入 gives.
   *
   * @param parts the parts, each zero or more, not empty; not null
   * @param whole the whole, at least the sum of the parts and more than zero; empty for the sum
   *     of the parts; not null
   * @param printed the shares as printed, one per part, in the order of the parts; not null
   * @return the result, with an empty {@link CheckResult#expected()}
   * @throws InvalidValueException if there are no parts, a part is negative, the whole is zero
   *     or less than the sum of the parts, a share cannot be read, is not an unsigned percentage
   *     or has more than {@value RoundingPolicy#MAX_SCALE} decimals, or the number of shares is
   *     not the number of parts
   * @throws ArithmeticException if the sum of the parts overflows a {@code long}
   */
  public static CheckResult shares(List<Long> parts, OptionalLong whole, String printed) {
    requireNonNull(parts, "parts");
    requireNonNull(whole, "whole");
    requireNonNull(printed, "printed");
    if (parts.isEmpty()) {
      throw new InvalidValueException("FigureCheck.parts", "[]", "must not be empty");
    }
    long sum = 0;
    for (Long part : parts) {
      sum = Math.addExact(sum, Checks.nonNegative("FigureCheck.parts", requireNonNull(part)));
    }
    long total = whole.orElse(sum);
    Checks.positive("FigureCheck.whole", total);
    Checks.atMost("FigureCheck.parts (sum)", sum, "whole", total);
    List<PrintedFigure> figures = readShares(printed);
    if (figures.size() != parts.size()) {
      throw new InvalidValueException("FigureCheck.printed", quote(printed),
          "has " + figures.size() + " shares but there are " + parts.size() + " parts");
    }
    Shares shares = Shares.of(parts, total);
    List<BigDecimal> printedValues = figures.stream()
        .map(f -> f.signedValue().orElseThrow())
        .collect(Collectors.toList());
    List<Integer> scales = new ArrayList<>();
    for (PrintedFigure f : figures) {
      scales.add(checkableScale(f, printed));
    }
    String head = "shares of " + parts.stream().map(String::valueOf)
        .collect(Collectors.joining(", ")) + " in " + total + ": HALF_UP gives "
        + printShares(rounded(shares, RoundingMode.HALF_UP, scales));
    for (RoundingMode mode : CONVENTIONS) {
      List<BigDecimal> rounded = rounded(shares, mode, scales);
      if (sameValues(rounded, printedValues)) {
        if (mode == RoundingMode.HALF_UP) {
          return CheckResult.of(Verdict.REPRODUCED, Optional.empty(), printed,
              head + ", as printed");
        }
        return CheckResult.of(
            mode == RoundingMode.HALF_EVEN
                ? Verdict.REPRODUCED_HALF_EVEN : Verdict.REPRODUCED_TRUNCATED,
            Optional.empty(), printed,
            head + ", but " + mode.name() + " gives " + printShares(rounded) + ", as printed");
      }
    }
    boolean oneScale = scales.stream().distinct().count() == 1;
    if (oneScale && sum == total) {
      int scale = scales.get(0);
      List<BigDecimal> apportioned = shares.largestRemainder(scale);
      List<BigDecimal> truncated = shares.rounded(RoundingPolicy.truncate(scale));
      if (largestRemainderMatches(parts, total, scale, truncated, apportioned, printedValues)) {
        return CheckResult.of(Verdict.REPRODUCED_LARGEST_REMAINDER, Optional.empty(), printed,
            head + ", but the largest remainder method gives "
                + printShares(apportioned) + ", as printed up to ties");
      }
    }
    return CheckResult.of(Verdict.MISMATCH, Optional.empty(), printed,
        head + ", not " + printShares(printedValues));
  }

  // ------------------------------------------------------------------------------------------
  // The comparison

  /**
   * Compares a value with a figure in the figure's unit (for a number) or in {@code dashUnit}
   * (for a dash, which has no unit).
   */
  private static CheckResult compare(
      Subject subject, PrintedFigure figure, FigureUnit dashUnit, String printed) {
    Optional<Fraction> value = subject.value().fraction();
    if (figure.isDash()) {
      if (value.isEmpty()) {
        return CheckResult.of(Verdict.UNDEFINED, Optional.empty(), printed,
            subject.formula() + ": " + reason(subject.value()) + ", and the dash says so");
      }
      Fraction v = value.get().times(dashUnit.multiplier());
      String expected =
          PrintedFigure.of(RoundingPolicy.halfUp(DASH_SCALE).round(v), dashUnit).toString();
      return CheckResult.of(Verdict.MISMATCH, Optional.of(expected), printed,
          subject.formula() + " = " + exact(v, DASH_SCALE) + unitText(dashUnit)
              + " has a value, which the dash hides; HALF_UP(" + DASH_SCALE + ") gives "
              + expected);
    }
    int scale = checkableScale(figure, printed);
    if (value.isEmpty()) {
      return CheckResult.of(Verdict.MISMATCH, Optional.of("—"), printed,
          subject.formula() + ": " + reason(subject.value()) + ", so no number can be right and "
              + figure + " should be printed as —");
    }
    Fraction v = value.get().times(figure.unit().multiplier());
    String head = subject.formula() + " = " + exact(v, scale) + unitText(figure.unit());
    if (figure.approximation() == Approximation.MORE_THAN) {
      return moreThan(v, figure, printed, head);
    }
    String approximate = figure.approximation() == Approximation.ABOUT
        ? " (an approximate figure, checked as rounded to " + decimals(scale) + ")" : "";
    PrintedFigure expected = figure.restyle(RoundingPolicy.halfUp(scale).round(v));
    Optional<RoundingMode> mode = match(v, figure);
    String halfUp = "; HALF_UP(" + scale + ") gives " + expected;
    if (mode.isEmpty()) {
      return CheckResult.of(Verdict.MISMATCH, Optional.of(expected.toString()), printed,
          head + halfUp + ", not " + figure + approximate);
    }
    return switch (mode.get()) {
      case HALF_UP -> CheckResult.of(Verdict.REPRODUCED, Optional.of(expected.toString()),
          printed, head + halfUp + ", as printed" + approximate);
      case HALF_EVEN -> CheckResult.of(Verdict.REPRODUCED_HALF_EVEN,
          Optional.of(expected.toString()), printed,
          head + halfUp + ", but HALF_EVEN(" + scale + ") (GB/T 8170) gives " + figure
              + ", as printed" + approximate);
      default -> CheckResult.of(Verdict.REPRODUCED_TRUNCATED, Optional.of(expected.toString()),
          printed, head + halfUp + ", but DOWN(" + scale + ") (truncation) gives " + figure
              + ", as printed" + approximate);
    };
  }

  /** The first convention under which a value rounds to the printed number, if any. */
  private static Optional<RoundingMode> match(Fraction valueInUnit, PrintedFigure figure) {
    BigDecimal printedValue = figure.signedValue().orElseThrow();
    int scale = figure.scale();
    return CONVENTIONS.stream()
        .filter(mode -> RoundingPolicy.of(scale, mode).round(valueInUnit)
            .compareTo(printedValue) == 0)
        .findFirst();
  }

  /** Checks a figure marked 余 or 多: the value lies strictly inside the printed step. */
  private static CheckResult moreThan(
      Fraction v, PrintedFigure figure, String printed, String head) {
    BigDecimal p = figure.signedValue().orElseThrow();
    BigDecimal step = moreThanStep(p);
    BigDecimal low = p.signum() < 0 ? p.subtract(step) : p;
    BigDecimal high = p.signum() < 0 ? p : p.add(step);
    boolean inside = v.compareTo(Fraction.of(low)) > 0 && v.compareTo(Fraction.of(high)) < 0;
    String means = "; " + figure + " means more than " + low.abs().toPlainString()
        + " and less than " + high.abs().toPlainString()
        + (p.signum() < 0 ? " below zero" : "");
    if (inside) {
      return CheckResult.of(Verdict.REPRODUCED, Optional.of(figure.toString()), printed,
          head + means + ", as printed");
    }
    PrintedFigure expected = moreThanExpected(v, figure);
    return CheckResult.of(Verdict.MISMATCH, Optional.of(expected.toString()), printed,
        head + means + ", which the value is not; print " + expected);
  }

  /** The step of the last significant printed digit: 10 for 160, 1 for 13, 0.1 for 1.5. */
  private static BigDecimal moreThanStep(BigDecimal p) {
    if (p.scale() > 0) {
      return BigDecimal.ONE.movePointLeft(p.scale());
    }
    BigInteger integer = p.abs().toBigIntegerExact();
    int zeros = 0;
    while (integer.signum() != 0 && integer.mod(BigInteger.TEN).signum() == 0) {
      integer = integer.divide(BigInteger.TEN);
      zeros++;
    }
    return BigDecimal.ONE.movePointRight(zeros).setScale(0);
  }

  /**
   * The figure that should replace a wrong 余 figure: the value truncated to the coarsest step
   * not above the printed one that keeps it non-zero, with 余, or the exact value without it.
   */
  private static PrintedFigure moreThanExpected(Fraction v, PrintedFigure figure) {
    BigDecimal p = figure.signedValue().orElseThrow();
    BigDecimal floor;
    if (p.scale() > 0) {
      floor = RoundingPolicy.truncate(p.scale()).round(v);
    } else {
      floor = BigDecimal.ZERO;
      for (int zeros = moreThanStep(p).precision() - 1; zeros >= 0; zeros--) {
        Fraction unit = Fraction.of(BigInteger.TEN.pow(zeros), BigInteger.ONE);
        floor = RoundingPolicy.truncate(0).round(v.dividedBy(unit)).movePointRight(zeros)
            .setScale(0);
        if (floor.signum() != 0) {
          break;
        }
      }
    }
    return Fraction.of(floor).equals(v) ? figure.restyleExact(floor) : figure.restyle(floor);
  }

  /** A figure in a unit that the value cannot have: a rate printed in points. */
  private static CheckResult wrongUnit(
      Subject subject, PrintedFigure figure, String printed, FigureUnit unit, String why) {
    int scale = checkableScale(figure, printed);
    Optional<Fraction> value = subject.value().fraction();
    if (value.isEmpty()) {
      return CheckResult.of(Verdict.MISMATCH, Optional.of("—"), printed,
          subject.formula() + ": " + reason(subject.value()) + ", and besides, " + why
              + "; print —");
    }
    Fraction v = value.get().times(unit.multiplier());
    String expected = PrintedFigure.of(RoundingPolicy.halfUp(scale).round(v), unit).toString();
    return CheckResult.of(Verdict.MISMATCH, Optional.of(expected), printed,
        subject.formula() + " = " + exact(v, scale) + unitText(unit) + ", and " + why + ", so "
            + figure + " cannot be right; HALF_UP(" + scale + ") gives " + expected);
  }

  // ------------------------------------------------------------------------------------------
  // Shares

  private static List<PrintedFigure> readShares(String printed) {
    List<PrintedFigure> figures = new ArrayList<>();
    String[] pieces = printed.split("[;；]", -1);
    for (int i = 0; i < pieces.length; i++) {
      PrintedFigure f = PrintedFigure.parse(pieces[i]);
      if (f.isDash() || f.unit() != FigureUnit.PERCENT || f.directionWord().isPresent()
          || f.signedValue().orElseThrow().signum() < 0 || f.hasPlusSign()
          || f.approximation() == Approximation.MORE_THAN) {
        throw new InvalidValueException("FigureCheck.printed", quote(printed),
            "share " + (i + 1) + " (\"" + pieces[i].strip() + "\") must be a percentage "
                + "without a sign, a direction word or 余, such as 33.33%");
      }
      figures.add(f);
    }
    return figures;
  }

  /** Each share rounded under one convention, each at its own printed precision. */
  private static List<BigDecimal> rounded(Shares shares, RoundingMode mode, List<Integer> scales) {
    Map<Integer, List<BigDecimal>> byScale = new HashMap<>();
    List<BigDecimal> result = new ArrayList<>();
    for (int i = 0; i < scales.size(); i++) {
      int scale = scales.get(i);
      result.add(byScale
          .computeIfAbsent(scale, s -> shares.rounded(RoundingPolicy.of(s, mode)))
          .get(i));
    }
    return result;
  }

  private static boolean sameValues(List<BigDecimal> a, List<BigDecimal> b) {
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).compareTo(b.get(i)) != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether printed shares are the largest remainder apportionment, allowing the extra units of
   * the last place to go to other parts with exactly the same remainder (a tie). Every printed
   * share must be its truncated share or one unit of the last place more.
   */
  private static boolean largestRemainderMatches(
      List<Long> parts, long whole, int scale, List<BigDecimal> truncated,
      List<BigDecimal> apportioned, List<BigDecimal> printed) {
    BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
    List<Integer> moved = new ArrayList<>();
    int balance = 0;
    for (int i = 0; i < parts.size(); i++) {
      BigDecimal bonus = printed.get(i).subtract(truncated.get(i));
      if (bonus.signum() != 0 && bonus.compareTo(unit) != 0) {
        return false;
      }
      BigDecimal diff = printed.get(i).subtract(apportioned.get(i));
      if (diff.signum() == 0) {
        continue;
      }
      if (diff.abs().compareTo(unit) != 0) {
        return false;
      }
      balance += diff.signum();
      moved.add(i);
    }
    if (balance != 0) {
      return false;
    }
    // In units of the last place, 100% is 10^(scale + 2); a part's remainder is what truncation
    // drops. Units may move only between parts whose remainders are equal.
    BigInteger total = BigInteger.TEN.pow(scale + 2);
    return moved.stream()
        .map(i -> BigInteger.valueOf(parts.get(i)).multiply(total).mod(BigInteger.valueOf(whole)))
        .distinct()
        .count() <= 1;
  }

  private static String printShares(List<BigDecimal> values) {
    return values.stream()
        .map(v -> PrintedFigure.of(v, FigureUnit.PERCENT).toString())
        .collect(Collectors.joining("; "));
  }

  // ------------------------------------------------------------------------------------------
  // Text and validation

  private static int checkableScale(PrintedFigure figure, String printed) {
    int scale = figure.scale();
    if (scale > RoundingPolicy.MAX_SCALE) {
      throw new InvalidValueException("FigureCheck.printed", quote(printed),
          "has " + scale + " decimals; at most " + RoundingPolicy.MAX_SCALE + " can be checked");
    }
    return scale;
  }

  private static void nonNegative(String field, BigDecimal value) {
    if (value.signum() < 0) {
      throw new InvalidValueException(field, value.toPlainString(), "must not be negative");
    }
  }

  private static String quote(String text) {
    return "\"" + text + "\"";
  }

  private static String decimals(int scale) {
    return scale == 1 ? "1 decimal" : scale + " decimals";
  }

  private static String policy(RoundingMode mode, int scale) {
    return mode.name() + "(" + scale + ")";
  }

  /**
   * The exact value as a decimal: in full when it terminates within the digits shown, else
   * truncated and followed by "…".
   */
  private static String exact(Fraction value, int scale) {
    int digits = Math.max(6, scale + 2);
    BigDecimal shown = value.toBigDecimal(digits, RoundingMode.DOWN);
    if (Fraction.of(shown).equals(value)) {
      return shown.stripTrailingZeros().toPlainString();
    }
    return shown.toPlainString() + "…";
  }

  private static String unitText(FigureUnit unit) {
    return switch (unit) {
      case PERCENT -> "%";
      case PER_MILLE -> "‰";
      case POINTS -> " points";
      case NONE -> "";
    };
  }

  private static String reason(Outcome value) {
    UndefinedReason reason = ((Outcome.Undefined) value).reason();
    return switch (reason) {
      case ZERO_BASE -> "growth from a zero base is undefined";
      case ZERO_DENOMINATOR -> "a ratio with a zero denominator is undefined";
      default -> "the value is undefined (" + reason.english() + ")";
    };
  }
}
