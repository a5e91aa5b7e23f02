package org.fazhi.metrics.measure;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.core.validation.ChineseTerm;
import org.fazhi.core.validation.InvalidValueException;

/**
 * A count an indicator is computed from (统计项): a {@link StandardMeasure} derived from records,
 * optionally for one qualifier ({@code finding.raised[ISSUE_REVIEW]}), or a form-only measure
 * that exists only as counts typed in from a statistics form ({@code legal_aid.consultations}).
 *
 * <p>{@link #parse(String)} is the exact inverse of {@link #toString()}. This class is immutable
 * and thread-safe.
 */
public final class Measure {

  private static final Pattern CODE =
      Pattern.compile("([a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)+)(?:\\[([A-Z][A-Z0-9_]*)\\])?");

  private final String code;
  private final StandardMeasure standard;
  private final Enum<?> qualifier;

  private Measure(String code, StandardMeasure standard, Enum<?> qualifier) {
    this.code = code;
    this.standard = standard;
    this.qualifier = qualifier;
  }

  /**
   * Returns a standard measure over all qualifiers.
   *
   * @param standard the measure; not null
   * @return the measure
   */
  public static Measure of(StandardMeasure standard) {
    return new Measure(requireNonNull(standard, "standard").code(), standard, null);
  }

  /**
   * Returns a standard measure for one qualifier, such as the findings of one kind of inspection.
   *
   * @param <E> the qualifier vocabulary
   * @param standard the measure; not null
   * @param qualifier a constant of the measure's qualifier vocabulary; not null
   * @return the measure
   * @throws InvalidValueException if the measure takes no qualifier or one of another type
   */
  public static <E extends Enum<E> & ChineseTerm> Measure of(StandardMeasure standard, E qualifier) {
    requireNonNull(standard, "standard");
    requireNonNull(qualifier, "qualifier");
    if (!standard.qualifierType().filter(t -> t == qualifier.getDeclaringClass()).isPresent()) {
      throw new InvalidValueException(
          "Measure.qualifier",
          qualifier,
          "measure " + standard.code() + " is qualified by "
              + standard.qualifierType().map(Class::getSimpleName).orElse("nothing"));
    }
    return new Measure(standard.code() + "[" + qualifier.name() + "]", standard, qualifier);
  }

  /**
   * Returns a measure that exists only as typed-in counts.
   *
   * @param code a dotted lower-case code that is not a standard measure's, such as
   *     {@code "legal_aid.consultations"}; not null
   * @return the measure
   * @throws InvalidValueException if the code is malformed, qualified, or a standard code
   */
  public static Measure formOnly(String code) {
    Measure measure = parse(code);
    if (!measure.isFormOnly()) {
      throw new InvalidValueException(
          "Measure.code", code, "is a standard measure; use Measure.of or Measure.parse");
    }
    return measure;
  }

  /**
   * Parses a measure code: a standard code, optionally qualified ({@code finding.raised},
   * {@code finding.raised[ISSUE_REVIEW]}), or a form-only code.
   *
   * @param code the code; not null
   * @return the measure
   * @throws InvalidValueException if the code is malformed, or its qualifier does not belong to
   *     the measure, or a form-only code is qualified
   */
  public static Measure parse(String code) {
    Matcher m = CODE.matcher(requireNonNull(code, "code"));
    if (!m.matches()) {
      throw new InvalidValueException(
          "Measure.code", "\"" + code + "\"",
          "must be dotted lower-case words, optionally with a [QUALIFIER]");
    }
    for (StandardMeasure standard : StandardMeasure.values()) {
      if (standard.code().equals(m.group(1))) {
        return m.group(2) == null ? of(standard) : qualified(standard, m.group(2), code);
      }
    }
    if (m.group(2) != null) {
      throw new InvalidValueException(
          "Measure.code", code, "only standard measures take a qualifier");
    }
    return new Measure(code, null, null);
  }

  private static Measure qualified(StandardMeasure standard, String name, String code) {
    Class<? extends Enum<?>> type =
        standard.qualifierType()
            .orElseThrow(() -> new InvalidValueException(
                "Measure.code", code, "measure " + standard.code() + " takes no qualifier"));
    for (Enum<?> constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return new Measure(code, standard, constant);
      }
    }
    throw new InvalidValueException(
        "Measure.code", code, "the qualifier must be a constant of " + type.getSimpleName());
  }

  /**
   * Returns the code.
   *
   * @return the code, such as {@code "finding.raised[ISSUE_REVIEW]"}; not null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the standard measure this is, or counts for one qualifier of.
   *
   * @return the standard measure, or empty for a form-only measure
   */
  public Optional<StandardMeasure> standard() {
    return Optional.ofNullable(standard);
  }

  /**
   * Returns the position of the qualifier in its vocabulary.
   *
   * @return the qualifier's ordinal, or empty for a measure over all qualifiers
   */
  public OptionalInt qualifierOrdinal() {
    return qualifier == null ? OptionalInt.empty() : OptionalInt.of(qualifier.ordinal());
  }

  /**
   * Returns whether the measure exists only as typed-in counts.
   *
   * @return true for a form-only measure
   */
  public boolean isFormOnly() {
    return standard == null;
  }

  /**
   * Returns the measure's name in Chinese, with its qualifier: {@code 发现问题（问题梳理）}.
   *
   * @return the name; the code for a form-only measure; not null
   */
  public String chineseName() {
    if (standard == null) {
      return code;
    }
    return qualifier == null
        ? standard.chinese()
        : standard.chinese() + "（" + ((ChineseTerm) qualifier).chinese() + "）";
  }

  /**
   * Returns the measure's name in English, with its qualifier.
   *
   * @return the name; the code for a form-only measure; not null
   */
  public String englishName() {
    if (standard == null) {
      return code;
    }
    return qualifier == null ? standard.english() : standard.english() + " (" + qualifier + ")";
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Measure other && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * Returns the code, as {@link #parse(String)} reads it.
   *
   * @return the code; not null
   */
  @Override
  public String toString() {
    return code;
  }
}
