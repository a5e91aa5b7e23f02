package org.fazhi.metrics.check;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What a check of one printed figure found: the verdict, the figure that should have been
 * printed, the figure as given, and a sentence that shows the arithmetic.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CheckResult {

  private final Verdict verdict;
  private final Optional<String> expected;
  private final String published;
  private final String detail;

  private CheckResult(Verdict verdict, Optional<String> expected, String published, String detail) {
    this.verdict = verdict;
    this.expected = expected;
    this.published = published;
    this.detail = detail;
  }

  /**
   * Returns a result from its parts.
   *
   * @param verdict what the check found; not null
   * @param expected the figure that 四舍五入 at the printed precision gives, in the published
   *     figure's style, or empty where there is no such single figure; not null
   * @param published the figure as given to the check; not null
   * @param detail one English sentence showing the arithmetic; not null
   * @return the result
   */
  public static CheckResult of(
      Verdict verdict, Optional<String> expected, String published, String detail) {
    return new CheckResult(
        requireNonNull(verdict, "verdict"),
        requireNonNull(expected, "expected"),
        requireNonNull(published, "published"),
        requireNonNull(detail, "detail"));
  }

  /**
   * Returns what the check found.
   *
   * @return the verdict; not null
   */
  public Verdict verdict() {
    return verdict;
  }

  /**
   * Returns the figure that 四舍五入 ({@code HALF_UP}) at the printed precision gives, printed in
   * the published figure's style ("同比下降38.5%" for "同比下降38.4%"), or "—" for a number
   * printed where the value is undefined.
   *
   * @return the expected figure; empty where the value is undefined and printed as a dash, and
   *     for a set of shares
   */
  public Optional<String> expected() {
    return expected;
  }

  /**
   * Returns the figure as given to the check.
   *
   * @return the published text, unchanged; not null
   */
  public String published() {
    return published;
  }

  /**
   * Returns one English sentence that shows the arithmetic, such as
   * {@code "900/930 = 96.774193…%; HALF_UP(2) gives 96.77%, as printed"}.
   *
   * @return the detail; not null
   */
  public String detail() {
    return detail;
  }

  /**
   * Returns whether another object is a result with equal parts.
   *
   * @param obj the object; may be null
   * @return true if {@code obj} is a result with the same verdict, expected and published figure
   *     and detail
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof CheckResult other
        && verdict == other.verdict
        && expected.equals(other.expected)
        && published.equals(other.published)
        && detail.equals(other.detail);
  }

  @Override
  public int hashCode() {
    return ((verdict.ordinal() * 31 + expected.hashCode()) * 31 + published.hashCode()) * 31
        + detail.hashCode();
  }

  /**
   * Prints the result for logs.
   *
   * @return for example {@code "MISMATCH \"63.12%\" (expected 63.11%): 77/122 = …"}; not null
   */
  @Override
  public String toString() {
    return verdict.name() + " \"" + published + "\""
        + expected.map(e -> " (expected " + e + ")").orElse("") + ": " + detail;
  }
}
