package org.fazhi.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by fazhi's deserializers when a value cannot be read, with every problem found in it.
 *
 * <p>A failure is thrown either before any token of the value was consumed (the parser still
 * stands on its first token), or after all of it was (the parser stands on its last token), so
 * that the caller can skip the value and read on. A fatal failure (malformed JSON) cannot be read
 * past: it carries every problem found before it, and is passed up to the top.
 */
final class ReadFailure extends JsonMappingException {

  private static final long serialVersionUID = 1L;

  private final ImmutableList<Problem> problems;
  private final boolean fatal;

  ReadFailure(JsonParser parser, List<Problem> problems, boolean fatal) {
    super(parser, lines(problems));
    this.problems = ImmutableList.copyOf(problems);
    this.fatal = fatal;
  }

  private static String lines(List<Problem> problems) {
    return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }

  ImmutableList<Problem> problems() {
    return problems;
  }

  boolean isFatal() {
    return fatal;
  }

  /** Returns the problems, one per line, without Jackson's location suffix. */
  @Override
  public String getMessage() {
    return getOriginalMessage();
  }
}
