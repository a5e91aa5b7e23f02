package org.fazhi.jackson;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;

/**
 * The fields of one kind of JSON object: its type name (for messages), its fields in the order
 * they are written, and which of them are required. A field written {@code "name*"} in
 * {@link #of} is required.
 */
final class Shape {

  private final String type;
  private final ImmutableList<String> fields;
  private final ImmutableSet<String> required;

  private Shape(String type, ImmutableList<String> fields, ImmutableSet<String> required) {
    this.type = type;
    this.fields = fields;
    this.required = required;
  }

  /**
   * Returns a shape.
   *
   * @param type the type name used in messages, such as {@code "MediationCase"}
   * @param fields the field names, a trailing {@code *} marking a required one
   */
  static Shape of(String type, String... fields) {
    ImmutableList.Builder<String> names = ImmutableList.builder();
    ImmutableSet.Builder<String> required = ImmutableSet.builder();
    for (String field : fields) {
      if (field.endsWith("*")) {
        String name = field.substring(0, field.length() - 1);
        names.add(name);
        required.add(name);
      } else {
        names.add(field);
      }
    }
    return new Shape(type, names.build(), required.build());
  }

  String type() {
    return type;
  }

  ImmutableList<String> fields() {
    return fields;
  }

  ImmutableSet<String> required() {
    return required;
  }

  boolean has(String name) {
    return fields.contains(name);
  }

  boolean isRequired(String name) {
    return required.contains(name);
  }

  /** Lists the fields for a message about an unknown one. */
  String describe() {
    return "its fields are " + String.join(", ", fields);
  }

  @Override
  public String toString() {
    return type;
  }
}
