package org.fazhi.jackson;

import java.util.Optional;
import org.fazhi.core.internal.Checks;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.check.PrintedFigure;
import org.immutables.value.Value;

/**
 * A figure as a report printed it, such as {@code "96.77%"}, with the sentence it was printed in,
 * to be checked against the computed value of its indicator.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublishedFigure {

  PublishedFigure() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PublishedFigure}; the figure is required. */
  public static final class Builder extends ImmutablePublishedFigure.Builder {
    Builder() {}
  }

  /**
   * Returns a figure with no quotation.
   *
   * @param figure the figure as printed, readable by {@link PrintedFigure#parse(String)}; not
   *     null
   * @return the published figure
   * @throws InvalidValueException if the figure cannot be read
   */
  public static PublishedFigure of(String figure) {
    return builder().figure(figure).build();
  }

  /**
   * Returns the figure as printed.
   *
   * @return the figure, such as {@code "96.77%"}, {@code "同比增长400%"} or {@code "—"}; readable
   *     by {@link PrintedFigure#parse(String)}
   */
  public abstract String figure();

  /**
   * Returns the sentence the figure was printed in.
   *
   * @return the quotation, such as {@code "矛盾纠纷化解率96.77%"}, or empty; never blank
   */
  public abstract Optional<String> quote();

  @Value.Check
  void check() {
    PrintedFigure.parse(figure());
    quote().ifPresent(text -> Checks.nonBlank("PublishedFigure.quote", text));
  }
}
