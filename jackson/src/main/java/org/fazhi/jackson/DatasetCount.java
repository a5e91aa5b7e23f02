package org.fazhi.jackson;

import java.util.Optional;
import org.fazhi.core.internal.Checks;
import org.fazhi.metrics.engine.FormCount;
import org.immutables.value.Value;

/**
 * A count typed in from a statistics form or a report, as a dataset holds it: the
 * {@link FormCount}, the text it was taken from, and whether it is illustrative (made up to show
 * a computation where the source does not print the input) rather than sourced.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DatasetCount {

  DatasetCount() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DatasetCount}; the count is required. */
  public static final class Builder extends ImmutableDatasetCount.Builder {
    Builder() {}
  }

  /**
   * Returns a sourced count with no quotation.
   *
   * @param count the count; not null
   * @return the dataset count
   */
  public static DatasetCount of(FormCount count) {
    return builder().count(count).build();
  }

  /**
   * Returns the count.
   *
   * @return the form count; not null
   */
  public abstract FormCount count();

  /**
   * Returns the text the count was taken from, such as {@code "调解矛盾纠纷930件"}.
   *
   * @return the quotation, or empty; never blank
   */
  public abstract Optional<String> source();

  /**
   * Returns whether the count is illustrative: not printed in the source, supplied to show how
   * the figure is computed.
   *
   * @return true if illustrative; false unless set
   */
  @Value.Default
  public boolean illustrative() {
    return false;
  }

  @Value.Check
  void check() {
    source().ifPresent(text -> Checks.nonBlank("DatasetCount.source", text));
  }
}
