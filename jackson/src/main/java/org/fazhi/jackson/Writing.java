package org.fazhi.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalLong;

/** Small helpers for writing fields; absent optional values are left out. */
final class Writing {

  private Writing() {}

  /** Writes a function of values, for nested values and list elements. */
  interface Writer<T> {
    void write(T value, JsonGenerator g) throws IOException;
  }

  static String date(LocalDate date) {
    return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
  }

  static void string(JsonGenerator g, String name, Object value) throws IOException {
    g.writeStringField(name, value.toString());
  }

  static void string(JsonGenerator g, String name, Optional<?> value) throws IOException {
    if (value.isPresent()) {
      string(g, name, value.get());
    }
  }

  static void term(JsonGenerator g, String name, Enum<?> value) throws IOException {
    g.writeStringField(name, value.name());
  }

  static void term(JsonGenerator g, String name, Optional<? extends Enum<?>> value)
      throws IOException {
    if (value.isPresent()) {
      term(g, name, value.get());
    }
  }

  static void date(JsonGenerator g, String name, LocalDate value) throws IOException {
    g.writeStringField(name, date(value));
  }

  static void date(JsonGenerator g, String name, Optional<LocalDate> value) throws IOException {
    if (value.isPresent()) {
      date(g, name, value.get());
    }
  }

  static void number(JsonGenerator g, String name, long value) throws IOException {
    g.writeNumberField(name, value);
  }

  static void number(JsonGenerator g, String name, OptionalLong value) throws IOException {
    if (value.isPresent()) {
      number(g, name, value.getAsLong());
    }
  }

  static void strings(JsonGenerator g, String name, Collection<?> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (Object value : values) {
      g.writeString(value instanceof LocalDate d ? date(d) : value.toString());
    }
    g.writeEndArray();
  }

  static void terms(JsonGenerator g, String name, Collection<? extends Enum<?>> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (Enum<?> value : values) {
      g.writeString(value.name());
    }
    g.writeEndArray();
  }

  static <T> void object(JsonGenerator g, String name, T value, Writer<? super T> writer)
      throws IOException {
    g.writeFieldName(name);
    writer.write(value, g);
  }

  static <T> void optionalObject(JsonGenerator g, String name, Optional<T> value,
      Writer<? super T> writer) throws IOException {
    if (value.isPresent()) {
      object(g, name, value.get(), writer);
    }
  }

  static <T> void objects(JsonGenerator g, String name, Collection<T> values,
      Writer<? super T> writer) throws IOException {
    g.writeArrayFieldStart(name);
    for (T value : values) {
      writer.write(value, g);
    }
    g.writeEndArray();
  }
}
