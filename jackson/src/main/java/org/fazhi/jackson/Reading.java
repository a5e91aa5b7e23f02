package org.fazhi.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.validation.ChineseTerm;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.indicator.Catalog;
import org.fazhi.metrics.indicator.Indicator;
import org.fazhi.metrics.indicator.StandardCatalog;

/**
 * Reads fazhi values from a streaming parser, one token at a time, so that every problem is
 * reported with its JSON path and location, and a bad value is skipped while the rest is read.
 *
 * <p>Every method that reads a value starts on the value's first token. It either returns with the
 * parser on the value's last token, or throws a {@link ReadFailure} before consuming anything (on
 * the first token) or after consuming everything (on the last token); {@link #skipRest()} then
 * leaves the parser on the last token in both cases. Malformed JSON is a fatal failure. Not
 * thread-safe: one instance serves one read.
 */
final class Reading {

  /**
   * A place in the document.
   *
   * @param path the JSON path, such as {@code $.records.mediationCases[3].receivedDate}
   * @param location the location of the value's first token, or null where unknown
   */
  record Where(String path, JsonLocation location) {}

  /**
   * A value read from an object, with where it and each of its fields were read.
   *
   * @param <T> the type of the value
   * @param value the value
   * @param where where the object begins
   * @param fields where each field was read, by name
   */
  record Parsed<T>(T value, Where where, Map<String, Where> fields) {}

  /** Reads the value of one field; the parser stands on the value's first token. */
  interface FieldReader {
    void read(String name) throws IOException;
  }

  /** Reads one value; the parser stands on its first token. */
  interface ValueReader<T> {
    T read() throws IOException;
  }

  /** Builds a value from the fields read, throwing {@link InvalidValueException} if invalid. */
  interface Build<T> {
    T build() throws IOException;
  }

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern JACKSON_LOCATION =
      Pattern.compile("\\s*\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");
  private static final int SHOWN_LENGTH = 60;

  private final JsonParser p;
  private final String root;
  private final UnitLog units;
  private Function<String, Indicator> indicators;
  private String type;
  private String field;

  Reading(JsonParser p, UnitLog units, Function<String, Indicator> indicators, String type) {
    this(p, units, indicators, type, "$");
  }

  /**
   * Returns a reading whose paths start at {@code root} instead of {@code $}, for a value the
   * parser reads out of a buffer.
   */
  Reading(JsonParser p, UnitLog units, Function<String, Indicator> indicators, String type,
      String root) {
    this.p = p;
    this.root = root;
    this.units = units;
    this.indicators = indicators;
    this.type = type;
  }

  /**
   * Returns a reading for a deserializer: unit codes are logged where the context holds a
   * {@link UnitLog}, and indicator codes resolve against the context's catalog
   * ({@link FazhiModule#CATALOG_ATTRIBUTE}), by default the standard catalog.
   */
  static Reading of(JsonParser p, DeserializationContext ctxt, String type) {
    Object log = ctxt.getAttribute(UnitLog.class);
    Object catalog = ctxt.getAttribute(FazhiModule.CATALOG_ATTRIBUTE);
    Catalog resolved = catalog instanceof Catalog c ? c : StandardCatalog.catalog();
    return new Reading(p, log instanceof UnitLog l ? l : null, code -> {
      try {
        return resolved.indicator(code);
      } catch (InvalidValueException e) {
        return null;
      }
    }, type);
  }

  JsonParser parser() {
    return p;
  }

  /** Sets how indicator codes resolve: to the indicator, or null if unknown. */
  void resolveIndicatorsWith(Function<String, Indicator> resolver) {
    this.indicators = resolver;
  }

  // ------------------------------------------------------------------------------------------
  // Places and problems

  /** Returns the JSON path of the current token, such as {@code $.records.m[3].receivedDate}. */
  String path() {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = p.getParsingContext(); c != null; c = c.getParent()) {
      if (c.inArray()) {
        parts.push(c.hasCurrentIndex() ? "[" + c.getCurrentIndex() + "]" : "");
      } else if (c.inObject()) {
        parts.push(c.getCurrentName() == null ? "" : member(c.getCurrentName()));
      } else {
        parts.push(root);
      }
    }
    return String.join("", parts);
  }

  private static String member(String name) {
    return name.matches("[A-Za-z_][A-Za-z0-9_]*")
        ? "." + name
        : "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  Where here() {
    return new Where(path(), p.currentTokenLocation());
  }

  static Problem problem(Where where, String message) {
    JsonLocation location = where.location();
    int line = location == null || location.getLineNr() < 1 ? 0 : location.getLineNr();
    int column = line == 0 || location.getColumnNr() < 1 ? 0 : location.getColumnNr();
    return new Problem(where.path(), line, column, message);
  }

  /** Returns the qualified name of the field being read, such as {@code MediationCase.unit}. */
  String qualified() {
    return field == null ? type : type + "." + field;
  }

  /** Returns a failure of the current value, which has not been consumed. */
  ReadFailure fail(String rule) {
    return new ReadFailure(p, List.of(problem(here(), qualified() + " = " + shown() + ": " + rule)),
        false);
  }

  ReadFailure failAt(Where where, String message) {
    return new ReadFailure(p, List.of(problem(where, message)), false);
  }

  /** Returns the current value as it appears in the document, shortened, for a message. */
  String shown() {
    JsonToken token = p.currentToken();
    if (token == null) {
      return "(nothing)";
    }
    try {
      return switch (token) {
        case START_OBJECT -> "{…}";
        case START_ARRAY -> "[…]";
        case VALUE_STRING -> quoted(p.getText());
        default -> p.getText();
      };
    } catch (IOException e) {
      return token.asString();
    }
  }

  static String quoted(String text) {
    String shortened = text.length() > SHOWN_LENGTH ? text.substring(0, SHOWN_LENGTH) + "…" : text;
    return "\"" + shortened.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  /** Returns the problem of malformed JSON or text that is not UTF-8. */
  Problem malformed(IOException e) {
    if (e instanceof JsonProcessingException j) {
      JsonLocation location = j.getLocation() != null ? j.getLocation() : p.currentLocation();
      Matcher m = JACKSON_LOCATION.matcher(j.getOriginalMessage());
      String message = m.replaceAll(" (line $1, column $2)").strip();
      return problem(new Where(path(), location), "malformed JSON: " + message);
    }
    return problem(new Where(path(), p.currentLocation()),
        "the text is not UTF-8 (" + e.getMessage() + ")");
  }

  /** Leaves the parser on the last token of a value it stands in, whether consumed or not. */
  void skipRest() throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      p.skipChildren();
    }
  }

  private JsonToken next() throws IOException {
    JsonToken token = p.nextToken();
    if (token == null) {
      throw new ReadFailure(p, List.of(problem(new Where(path(), p.currentLocation()),
          "malformed JSON: the text ends in the middle of a value")), true);
    }
    return token;
  }

  // ------------------------------------------------------------------------------------------
  // Objects

  /**
   * Reads the fields of an object, reporting unknown, repeated and bad fields to {@code sink}
   * and reading on. Keys starting with {@code _} are comments. A {@code null} value of an
   * optional field is the same as leaving it out.
   *
   * @return where each known field was read
   * @throws ReadFailure only a fatal one, carrying the problems not yet in {@code sink}
   */
  Map<String, Where> fields(Shape shape, FieldReader reader, List<Problem> sink)
      throws IOException {
    String outerType = type;
    String outerField = field;
    type = shape.type();
    field = null;
    Map<String, Where> seen = new LinkedHashMap<>();
    try {
      JsonToken token;
      while ((token = next()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        field = name;
        next();
        Where where = here();
        if (name.startsWith("_")) {
          p.skipChildren();
          continue;
        }
        if (!shape.has(name)) {
          sink.add(problem(where, qualified() + " = " + shown() + ": is not a field of "
              + shape.type() + " (" + shape.describe() + "; a key starting with _ is a comment)"));
          p.skipChildren();
          continue;
        }
        Where first = seen.putIfAbsent(name, where);
        if (first != null) {
          sink.add(problem(where, qualified() + " = " + shown() + ": appears twice in one object"
              + lineOf(first)));
          p.skipChildren();
          continue;
        }
        if (p.currentToken() == JsonToken.VALUE_NULL && !shape.isRequired(name)) {
          continue;
        }
        try {
          reader.read(name);
        } catch (ReadFailure e) {
          if (e.isFatal()) {
            throw e;
          }
          sink.addAll(e.problems());
          skipRest();
        } catch (InvalidValueException e) {
          sink.add(problem(where, e.getMessage()));
          skipRest();
        }
      }
      if (token != JsonToken.END_OBJECT) {
        throw new ReadFailure(p, List.of(problem(here(), "malformed JSON: expected a key")), true);
      }
      return seen;
    } catch (StreamReadException | CharacterCodingException e) {
      throw new ReadFailure(p, List.of(malformed(e)), true);
    } finally {
      type = outerType;
      field = outerField;
    }
  }

  private static String lineOf(Where where) {
    Problem located = problem(where, "-");
    return located.hasLocation() ? " (first at line " + located.line() + ")" : "";
  }

  /**
   * Reads an object: its fields, then checks that the required ones are there, then builds the
   * value; a validation failure names the field it is about where that field was read.
   */
  <T> Parsed<T> parse(Shape shape, FieldReader reader, Build<T> build) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw fail("must be an object { … } (a " + shape.type() + ")");
    }
    Where where = here();
    List<Problem> problems = new ArrayList<>();
    Map<String, Where> seen;
    try {
      seen = fields(shape, reader, problems);
    } catch (ReadFailure e) {
      problems.addAll(e.problems());
      throw new ReadFailure(p, problems, true);
    }
    for (String name : shape.required()) {
      if (!seen.containsKey(name)) {
        problems.add(problem(new Where(where.path() + member(name), where.location()),
            shape.type() + "." + name + ": is required"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ReadFailure(p, problems, false);
    }
    try {
      return new Parsed<>(build.build(), where, seen);
    } catch (InvalidValueException e) {
      String name = e.field().substring(e.field().lastIndexOf('.') + 1);
      Where at = seen.containsKey(name) ? seen.get(name)
          : shape.has(name) ? new Where(where.path() + member(name), where.location())
          : where;
      throw failAt(at, e.getMessage());
    } catch (IllegalStateException e) {
      throw failAt(where, shape.type() + ": " + e.getMessage());
    }
  }

  <T> T object(Shape shape, FieldReader reader, Build<T> build) throws IOException {
    return parse(shape, reader, build).value();
  }

  // ------------------------------------------------------------------------------------------
  // Arrays

  /** Reads an array, every element even after a bad one; fails with all the bad ones. */
  <T> ImmutableList<T> list(ValueReader<T> element) throws IOException {
    List<Problem> problems = new ArrayList<>();
    List<Parsed<T>> read = listKeeping(element, problems);
    if (!problems.isEmpty()) {
      throw new ReadFailure(p, problems, false);
    }
    return read.stream().map(Parsed::value).collect(ImmutableList.toImmutableList());
  }

  /** Reads an array whose elements must differ, as a set in the order given. */
  <T> ImmutableSet<T> set(ValueReader<T> element) throws IOException {
    List<Problem> problems = new ArrayList<>();
    List<Parsed<T>> read = listKeeping(element, problems);
    Map<T, Where> seen = new HashMap<>();
    for (Parsed<T> parsed : read) {
      Where first = seen.putIfAbsent(parsed.value(), parsed.where());
      if (first != null) {
        problems.add(problem(parsed.where(),
            qualified() + " = " + parsed.value() + ": appears twice in the list" + lineOf(first)));
      }
    }
    if (!problems.isEmpty()) {
      throw new ReadFailure(p, problems, false);
    }
    return read.stream().map(Parsed::value).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Reads an array, reporting bad elements to {@code sink} and keeping the good ones, each with
   * where it was read.
   *
   * @throws ReadFailure if the value is not an array (unconsumed), or a fatal one carrying the
   *     problems not yet in {@code sink}
   */
  <T> List<Parsed<T>> listKeeping(ValueReader<T> element, List<Problem> sink)
      throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw fail("must be an array [ … ]");
    }
    List<Parsed<T>> read = new ArrayList<>();
    try {
      while (next() != JsonToken.END_ARRAY) {
        Where where = here();
        try {
          read.add(new Parsed<>(element.read(), where, Map.of()));
        } catch (ReadFailure e) {
          if (e.isFatal()) {
            throw e;
          }
          sink.addAll(e.problems());
          skipRest();
        } catch (InvalidValueException e) {
          sink.add(problem(where, e.getMessage()));
          skipRest();
        }
      }
      return read;
    } catch (StreamReadException | CharacterCodingException e) {
      throw new ReadFailure(p, List.of(malformed(e)), true);
    }
  }

  // ------------------------------------------------------------------------------------------
  // Scalars

  private String text(String rule) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw fail(rule);
    }
    return p.getText();
  }

  String string() throws IOException {
    return text("must be a string (text in double quotes)");
  }

  LocalDate date() throws IOException {
    String rule = "must be a date written \"YYYY-MM-DD\"";
    String text = text(rule);
    if (!DATE.matcher(text).matches()) {
      throw fail(rule);
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw fail("is not a day of the calendar (YYYY-MM-DD)");
    }
  }

  long whole() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw fail("must be a whole number (digits, without quotes)");
    }
    if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw fail("is too large for a count");
    }
    return p.getLongValue();
  }

  int smallWhole() throws IOException {
    long value = whole();
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw fail("is too large");
    }
    return (int) value;
  }

  boolean bool() throws IOException {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw fail("must be true or false");
    }
    return token == JsonToken.VALUE_TRUE;
  }

  /** Reads a string and parses it, a parse failure naming the field being read. */
  <T> T parsed(String rule, Function<String, T> parse) throws IOException {
    String text = text(rule);
    try {
      return parse.apply(text);
    } catch (InvalidValueException e) {
      throw fail(e.rule());
    }
  }

  <E extends Enum<E> & ChineseTerm> E term(Class<E> vocabulary) throws IOException {
    return parsed("must be a string naming a " + vocabulary.getSimpleName(),
        text -> ChineseTerm.parse(vocabulary, text));
  }

  /** Reads a term of a vocabulary known only at run time, for the module's enum deserializer. */
  @SuppressWarnings({"unchecked", "rawtypes"}) // the caller checks that it is a ChineseTerm enum
  Object anyTerm(Class<?> vocabulary) throws IOException {
    return parsed("must be a string naming a " + vocabulary.getSimpleName(),
        text -> ChineseTerm.parse((Class) vocabulary, text));
  }

  /** Reads a unit code named by a record, and logs it for the dataset's check of units. */
  UnitCode unitCode() throws IOException {
    Where where = here();
    UnitCode code = parsed("must be a unit code in double quotes", UnitCode::parse);
    if (units != null) {
      units.add(where, qualified(), code);
    }
    return code;
  }

  /** Reads the code of a unit being defined (not a reference to one). */
  UnitCode unitDefinition() throws IOException {
    return parsed("must be a unit code in double quotes", UnitCode::parse);
  }

  /** Reads an indicator's code and resolves it. */
  Indicator indicator() throws IOException {
    String code = string();
    Indicator indicator = indicators.apply(code);
    if (indicator == null) {
      throw fail("is not an indicator of the catalog");
    }
    return indicator;
  }
}
