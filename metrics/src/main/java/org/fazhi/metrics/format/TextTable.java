package org.fazhi.metrics.format;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A table of text printed with aligned columns, counting Chinese characters as two columns wide,
 * or as a Markdown table.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TextTable {

  private final ImmutableList<String> header;
  private final ImmutableList<ImmutableList<String>> rows;

  private TextTable(ImmutableList<String> header, ImmutableList<ImmutableList<String>> rows) {
    this.header = header;
    this.rows = rows;
  }

  /**
   * Returns a table.
   *
   * @param header the column titles; not null
   * @param rows the rows, each as long as the header; not null
   * @return the table
   * @throws IllegalArgumentException if a row is not as long as the header
   */
  public static TextTable of(List<String> header, List<? extends List<String>> rows) {
    ImmutableList<String> head = ImmutableList.copyOf(header);
    ImmutableList.Builder<ImmutableList<String>> body = ImmutableList.builder();
    for (List<String> row : rows) {
      if (row.size() != head.size()) {
        throw new IllegalArgumentException(
            "TextTable row has " + row.size() + " cells, the header " + head.size());
      }
      body.add(ImmutableList.copyOf(row));
    }
    return new TextTable(head, body.build());
  }

  /**
   * Returns the display width of text in a terminal: two columns for each East Asian wide or
   * full-width character, one for others.
   *
   * @param text the text; not null
   * @return the width
   */
  public static int width(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return width;
  }

  /** East Asian wide and full-width code point ranges, inclusive, in ascending order. */
  private static final int[][] WIDE = {
      {0x1100, 0x115F}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF},
      {0xA000, 0xA4CF}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE30, 0xFE4F}, {0xFF00, 0xFF60},
      {0xFFE0, 0xFFE6}, {0x20000, 0x3FFFD}};

  private static boolean isWide(int cp) {
    for (int[] range : WIDE) {
      if (cp >= range[0] && cp <= range[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Prints the table with columns aligned by display width, separated by two spaces, the header
   * underlined.
   *
   * @return the table, one line per row, each ending in a newline; not null
   */
  public String toText() {
    int[] widths = new int[header.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = width(header.get(c));
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], width(row.get(c)));
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, header, widths);
    for (int c = 0; c < widths.length; c++) {
      out.append("-".repeat(widths[c])).append(c + 1 < widths.length ? "  " : "\n");
    }
    rows.forEach(row -> line(out, row, widths));
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      line.append(cells.get(c));
      if (c + 1 < cells.size()) {
        line.append(" ".repeat(widths[c] - width(cells.get(c)) + 2));
      }
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  /**
   * Prints the table in Markdown, with {@code |} in cells escaped.
   *
   * @return the Markdown table, each line ending in a newline; not null
   */
  public String toMarkdown() {
    StringBuilder out = new StringBuilder();
    markdownLine(out, header);
    out.append("|").append(" --- |".repeat(header.size())).append('\n');
    rows.forEach(row -> markdownLine(out, row));
    return out.toString();
  }

  private static void markdownLine(StringBuilder out, List<String> cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(cell.replace("|", "\\|")).append(" |");
    }
    out.append('\n');
  }
}
