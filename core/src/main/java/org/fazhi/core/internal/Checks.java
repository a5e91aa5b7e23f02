package org.fazhi.core.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.fazhi.core.validation.InvalidValueException;

/**
 * Guards for the invariants of value types; each failure is an {@link InvalidValueException}
 * naming the field, the value and the rule.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Checks {

  private Checks() {}

  /**
   * Requires a count or amount to be zero or more.
   *
   * @param field the qualified field name, used in the message; not null
   * @param value the value to check
   * @return {@code value}
   * @throws InvalidValueException if {@code value} is negative
   */
  public static long nonNegative(String field, long value) {
    if (value < 0) {
      throw new InvalidValueException(field, value, "must not be negative");
    }
    return value;
  }

  /**
   * Requires a number to be one or more.
   *
   * @param field the qualified field name, used in the message; not null
   * @param value the value to check
   * @return {@code value}
   * @throws InvalidValueException if {@code value} is zero or negative
   */
  public static long positive(String field, long value) {
    if (value <= 0) {
      throw new InvalidValueException(field, value, "must be positive");
    }
    return value;
  }

  /**
   * Requires a part not to exceed the whole it belongs to.
   *
   * @param field the qualified name of the part, used in the message; not null
   * @param value the part
   * @param limitField the name of the whole, used in the message; not null
   * @param limit the whole
   * @return {@code value}
   * @throws InvalidValueException if {@code value} exceeds {@code limit}
   */
  public static long atMost(String field, long value, String limitField, long limit) {
    if (value > limit) {
      throw new InvalidValueException(
          field, value, "must not exceed " + limitField + " (" + limit + ")");
    }
    return value;
  }

  /**
   * Requires text to contain something other than white space.
   *
   * @param field the qualified field name, used in the message; not null
   * @param value the text to check; not null
   * @return {@code value}
   * @throws InvalidValueException if {@code value} is empty or blank
   */
  public static String nonBlank(String field, String value) {
    if (value.isBlank()) {
      throw new InvalidValueException(field, "\"" + value + "\"", "must not be blank");
    }
    return value;
  }

  /**
   * Requires a later date, where present, not to come before an earlier one.
   *
   * @param field the qualified name of the later date, used in the message; not null
   * @param value the later date; may be empty
   * @param earlierField the name of the earlier date, used in the message; not null
   * @param earlier the earlier date; may be empty, in which case nothing is checked
   * @throws InvalidValueException if both are present and {@code value} is before {@code earlier}
   */
  public static void notBefore(
      String field, Optional<LocalDate> value, String earlierField, Optional<LocalDate> earlier) {
    if (value.isPresent() && earlier.isPresent() && value.get().isBefore(earlier.get())) {
      throw new InvalidValueException(
          field, value.get(), "must not be before " + earlierField + " (" + earlier.get() + ")");
    }
  }

  /**
   * Requires a later date not to come before an earlier one.
   *
   * @param field the qualified name of the later date, used in the message; not null
   * @param value the later date; not null
   * @param earlierField the name of the earlier date, used in the message; not null
   * @param earlier the earlier date; not null
   * @throws InvalidValueException if {@code value} is before {@code earlier}
   */
  public static void notBefore(
      String field, LocalDate value, String earlierField, LocalDate earlier) {
    notBefore(field, Optional.of(value), earlierField, Optional.of(earlier));
  }

  /**
   * Requires a fact to be recorded exactly when another says it happened: a date of completion
   * when, and only when, the status says completed.
   *
   * @param field the qualified name of the optional fact, used in the message; not null
   * @param value the optional fact
   * @param required whether the fact must be present
   * @param rule the condition, in words, under which it is required, such as
   *     {@code "status is RECTIFIED"}; not null
   * @throws InvalidValueException if the fact is present when not required, or missing when
   *     required
   */
  public static void presentExactlyWhen(
      String field, Optional<?> value, boolean required, String rule) {
    if (required && value.isEmpty()) {
      throw new InvalidValueException(field, null, "is required when " + rule);
    }
    if (!required && value.isPresent()) {
      throw new InvalidValueException(field, value.get(), "must be absent unless " + rule);
    }
  }

  /**
   * Requires the elements of a collection to have distinct keys, such as the numbers of the
   * tasks in a list.
   *
   * @param <T> the type of the elements
   * @param field the qualified name of the collection, used in the message; not null
   * @param elements the elements; not null
   * @param key the key of an element; not null
   * @throws InvalidValueException naming the first repeated key
   */
  public static <T> void uniqueKeys(
      String field, Iterable<? extends T> elements, Function<? super T, ?> key) {
    Set<Object> seen = new HashSet<>();
    for (T element : elements) {
      Object k = key.apply(element);
      if (!seen.add(k)) {
        throw new InvalidValueException(field, k, "must appear only once");
      }
    }
  }
}
