package org.fazhi.jackson;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a dataset cannot be read, with every problem found: malformed JSON, wrong types,
 * missing or unknown fields, unknown codes, contradictory dates.
 *
 * <p>{@link #getMessage()} lists the problems, one per line, in the form of
 * {@link Problem#toString()}; {@link #problems()} gives them to programs.
 */
public final class DatasetException extends Exception {

  private static final long serialVersionUID = 1L;

  /** The problems, in document order. Held as an immutable, serializable list. */
  private final ImmutableList<Problem> problems;

  /**
   * Creates an exception for problems found in a dataset.
   *
   * @param problems the problems; not null, not empty, no null elements
   * @throws IllegalArgumentException if there are no problems
   */
  public DatasetException(List<Problem> problems) {
    super(lines(requireNonNull(problems, "problems")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a DatasetException needs at least one problem");
    }
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String lines(List<Problem> problems) {
    return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }

  /**
   * Returns the problems found.
   *
   * @return the problems, in document order where their location is known, the others after;
   *     not empty
   */
  public ImmutableList<Problem> problems() {
    return problems;
  }
}
