package org.fazhi.core.validation;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A constant of a closed vocabulary that has a Chinese term, such as {@code 行政许可}.
 *
 * <p>Records typed in by people name these constants in Chinese; programs name them by the
 * constant's name. {@link #parse(Class, String)} accepts both, exactly, and nothing else.
 */
public interface ChineseTerm {

  /**
   * Returns the Chinese term of this constant.
   *
   * @return the term, such as {@code "行政许可"}; not null
   */
  String chinese();

  /**
   * Returns the constant of a vocabulary named by its Chinese term or its constant name.
   *
   * @param <E> the vocabulary
   * @param type the vocabulary's class; not null
   * @param text the Chinese term ({@code "行政许可"}) or the constant name ({@code "LICENSING"});
   *     not null
   * @return the constant
   * @throws InvalidValueException if the text names no constant, listing the accepted terms
   */
  static <E extends Enum<E> & ChineseTerm> E parse(Class<E> type, String text) {
    requireNonNull(text, "text");
    for (E constant : type.getEnumConstants()) {
      if (constant.chinese().equals(text) || constant.name().equals(text)) {
        return constant;
      }
    }
    throw new InvalidValueException(
        type.getSimpleName(),
        "\"" + text + "\"",
        "must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(c -> c.chinese() + " (" + c.name() + ")")
                .collect(Collectors.joining(", ")));
  }
}
