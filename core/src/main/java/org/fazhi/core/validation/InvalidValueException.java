package org.fazhi.core.validation;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a value cannot be true: a negative count, a date out of order, an unknown code.
 *
 * <p>The message always names the field, the offending value and the rule it breaks, in the form
 * {@code "Finding.rectifiedDate = 2024-03-01: must not be before raisedDate (2024-04-01)"}, so
 * that an operator can find and fix the input without reading code. The three parts are also
 * available separately for programs that report errors in their own words.
 */
public final class InvalidValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The qualified name of the field. */
  private final String field;

  /** The offending value, as text. */
  private final String value;

  /** The rule the value breaks. */
  private final String rule;

  /**
   * Creates an exception for one broken rule.
   *
   * @param field the qualified name of the field, such as {@code "Task.dueDate"}; not null
   * @param value the offending value as the user gave it; may be null, shown as {@code null}
   * @param rule what the value must satisfy, such as {@code "must not be negative"}; not null
   */
  public InvalidValueException(String field, Object value, String rule) {
    super(requireNonNull(field, "field") + " = " + value + ": " + requireNonNull(rule, "rule"));
    this.field = field;
    this.value = String.valueOf(value);
    this.rule = rule;
  }

  /**
   * Returns the qualified name of the field that holds the bad value.
   *
   * @return the field, such as {@code "Task.dueDate"}; not null
   */
  public String field() {
    return field;
  }

  /**
   * Returns the offending value as text.
   *
   * @return the value, {@code "null"} for a missing one; not null
   */
  public String value() {
    return value;
  }

  /**
   * Returns the rule the value breaks.
   *
   * @return the rule, such as {@code "must not be negative"}; not null
   */
  public String rule() {
    return rule;
  }
}
