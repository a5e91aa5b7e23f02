package org.fazhi.examples.verify;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One line of a UTF-8 CSV file, split into fields (RFC 4180 quoting, one line per record), or the
 * reason it cannot be.
 *
 * <p>A field is quoted with {@code "}, a quote inside it doubled; a quoted field must close on
 * its own line, since no figure contains a line break. Invalid UTF-8 makes the line unreadable,
 * not the file.
 *
 * @param number the line number, from 1
 * @param fields the fields, when readable
 * @param problem why the line cannot be read, when it cannot
 */
public record CsvLine(int number, List<String> fields, Optional<String> problem) {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /**
   * Splits the bytes of a file into lines; {@code \n} and {@code \r\n} end lines, a byte order
   * mark at the start is skipped, and a last line without an ending counts.
   *
   * @param bytes the file's contents; not null
   * @return the lines, blank ones included; not null
   */
  public static List<CsvLine> split(byte[] bytes) {
    List<CsvLine> lines = new ArrayList<>();
    int start = startsWithBom(bytes) ? BOM.length : 0;
    int number = 1;
    for (int i = start; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
        if (i < bytes.length || end > start) {
          lines.add(read(number, bytes, start, end));
        }
        number++;
        start = i + 1;
      }
    }
    return lines;
  }

  private static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
  }

  private static CsvLine read(int number, byte[] bytes, int start, int end) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, end - start))
          .toString();
    } catch (CharacterCodingException e) {
      return new CsvLine(number, List.of(), Optional.of("not valid UTF-8"));
    }
    return parse(number, text);
  }

  /**
   * Splits one line of text into fields.
   *
   * @param number the line number
   * @param text the line, without its ending; not null
   * @return the line
   */
  public static CsvLine parse(int number, String text) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (true) {
      if (i < text.length() && text.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= text.length()) {
            return new CsvLine(number, List.of(), Optional.of("a quoted field is not closed"));
          }
          char c = text.charAt(i++);
          if (c != '"') {
            field.append(c);
          } else if (i < text.length() && text.charAt(i) == '"') {
            field.append('"');
            i++;
          } else {
            break;
          }
        }
        if (i < text.length() && text.charAt(i) != ',') {
          return new CsvLine(number, List.of(),
              Optional.of("text after a closing quote (column " + (i + 1) + ")"));
        }
      } else {
        while (i < text.length() && text.charAt(i) != ',') {
          char c = text.charAt(i++);
          if (c == '"') {
            return new CsvLine(number, List.of(),
                Optional.of("a quote inside an unquoted field (column " + i + ")"));
          }
          field.append(c);
        }
      }
      fields.add(field.toString());
      field.setLength(0);
      if (i >= text.length()) {
        return new CsvLine(number, List.copyOf(fields), Optional.empty());
      }
      i++; // the comma
    }
  }

  /**
   * Returns whether the line holds nothing but white space.
   *
   * @return true for a blank line
   */
  public boolean isBlank() {
    return problem.isEmpty() && fields.size() == 1 && fields.get(0).isBlank();
  }
}
