package org.fazhi.metrics.indicator;

import static java.util.Objects.requireNonNull;

import org.fazhi.core.internal.Checks;
import org.fazhi.core.validation.InvalidValueException;

/**
 * A named band of an assessment scale (评价等次), such as 优秀 for {@code [95,100]}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Band {

  private final String chinese;
  private final String english;
  private final Interval interval;

  private Band(String chinese, String english, Interval interval) {
    this.chinese = chinese;
    this.english = english;
    this.interval = interval;
  }

  /**
   * Returns a band.
   *
   * @param chinese the band's name in Chinese, such as {@code 优秀}; not blank
   * @param english the band's name in English, such as {@code excellent}; not blank
   * @param interval the printed values in the band, such as {@code [95,100]}; not null
   * @return the band
   * @throws InvalidValueException if a name is blank or the interval malformed
   */
  public static Band of(String chinese, String english, String interval) {
    return new Band(
        Checks.nonBlank("Band.chinese", requireNonNull(chinese, "chinese")),
        Checks.nonBlank("Band.english", requireNonNull(english, "english")),
        Interval.parse(interval));
  }

  /**
   * Returns the name in Chinese.
   *
   * @return the name; not null
   */
  public String chinese() {
    return chinese;
  }

  /**
   * Returns the name in English.
   *
   * @return the name; not null
   */
  public String english() {
    return english;
  }

  /**
   * Returns the printed values in the band.
   *
   * @return the interval; not null
   */
  public Interval interval() {
    return interval;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Band other
        && chinese.equals(other.chinese)
        && english.equals(other.english)
        && interval.equals(other.interval);
  }

  @Override
  public int hashCode() {
    return (chinese.hashCode() * 31 + english.hashCode()) * 31 + interval.hashCode();
  }

  @Override
  public String toString() {
    return chinese + "/" + english + " " + interval;
  }
}
