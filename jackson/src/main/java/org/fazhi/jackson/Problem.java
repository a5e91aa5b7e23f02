package org.fazhi.jackson;

import static java.util.Objects.requireNonNull;

import org.fazhi.core.internal.Checks;

/**
 * One thing wrong with a JSON document: where it is, as a JSON path and, where the parser knows
 * it, a line and column, and what is wrong, naming the field, the value and the rule.
 *
 * <p>{@link #toString()} prints the problem on one line, such as
 * {@code $.records.mediationCases[3].concludedDate (line 41, column 27):
 * MediationCase.concludedDate = 2024-01-02: must not be before receivedDate (2024-03-01)}.
 *
 * @param path the JSON path of the offending value, such as
 *     {@code $.records.mediationCases[3].concludedDate}; {@code $} for the whole document; not
 *     blank
 * @param line the line of the offending value, counted from 1; 0 where unknown
 * @param column the column of the offending value on its line, counted from 1 in characters; 0
 *     where unknown
 * @param message what is wrong, in the form {@code Type.field = value: rule} wherever there is a
 *     field and a value; not blank
 */
public record Problem(String path, int line, int column, String message) {

  /**
   * Creates a problem.
   *
   * @param path the JSON path of the offending value; not blank
   * @param line the line, counted from 1; 0 where unknown
   * @param column the column, counted from 1; 0 where unknown
   * @param message what is wrong; not blank
   * @throws org.fazhi.core.validation.InvalidValueException if the path or message is blank, or
   *     the line or column is negative
   */
  public Problem {
    Checks.nonBlank("Problem.path", requireNonNull(path, "path"));
    Checks.nonBlank("Problem.message", requireNonNull(message, "message"));
    Checks.nonNegative("Problem.line", line);
    Checks.nonNegative("Problem.column", column);
  }

  /**
   * Returns whether the parser knew where the problem is.
   *
   * @return true if {@link #line()} is known
   */
  public boolean hasLocation() {
    return line > 0;
  }

  /**
   * Prints the problem on one line: path, line and column where known, and message.
   *
   * @return for example {@code "$.counts[0].value (line 12, column 14): FormCount(…).value = -5:
   *     must not be negative"}; not null
   */
  @Override
  public String toString() {
    return path + (line > 0 ? " (line " + line + ", column " + column + ")" : "") + ": " + message;
  }
}
