package org.fazhi.metrics.indicator;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.exact.Fraction;

/**
 * An assessment scale (评价等次): bands in ascending order that neither overlap nor leave gaps,
 * such as 不合格 {@code [0,60)}, 合格 {@code [60,85)}, 良好 {@code [85,95)}, 优秀 {@code [95,100]}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Bands {

  private final ImmutableList<Band> bands;

  private Bands(ImmutableList<Band> bands) {
    this.bands = bands;
  }

  /**
   * Returns a scale of bands given from the lowest to the highest.
   *
   * @param bands the bands, ascending; not null, not empty
   * @return the scale
   * @throws InvalidValueException if there are no bands, or two neighbours overlap or leave a gap
   *     (the shared end must belong to exactly one of them)
   */
  public static Bands of(List<Band> bands) {
    ImmutableList<Band> list = ImmutableList.copyOf(requireNonNull(bands, "bands"));
    if (list.isEmpty()) {
      throw new InvalidValueException("Bands", "[]", "must hold at least one band");
    }
    for (int i = 1; i < list.size(); i++) {
      Interval below = list.get(i - 1).interval();
      Interval above = list.get(i).interval();
      if (!below.meets(above)) {
        throw new InvalidValueException(
            "Bands[" + i + "]",
            list.get(i),
            "must begin where " + list.get(i - 1) + " ends, the shared end in exactly one band"
                + " (no gap, no overlap)");
      }
    }
    return new Bands(list);
  }

  /**
   * Returns the bands, ascending.
   *
   * @return the bands; not null
   */
  public ImmutableList<Band> bands() {
    return bands;
  }

  /**
   * Returns the band a value falls in.
   *
   * @param printedValue the value in printed units (96.77 for 96.77%); not null
   * @return the band, or empty if the value lies outside the scale
   */
  public Optional<Band> bandOf(Fraction printedValue) {
    return bands.stream().filter(b -> b.interval().contains(printedValue)).findFirst();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Bands other && bands.equals(other.bands);
  }

  @Override
  public int hashCode() {
    return bands.hashCode();
  }

  @Override
  public String toString() {
    return bands.toString();
  }
}
