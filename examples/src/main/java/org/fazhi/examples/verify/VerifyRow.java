package org.fazhi.examples.verify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.check.CheckResult;
import org.fazhi.metrics.check.FigureCheck;

/**
 * One row of a {@code verify} file checked: its id, and the verdict of {@link FigureCheck}, or
 * {@code INVALID} with the reason the row could not be read.
 *
 * @param line the line number in the file
 * @param id the row's id, as given (possibly empty for an unreadable line)
 * @param verdict a {@code Verdict} name, or {@code INVALID}
 * @param expected the figure 四舍五入 at the printed precision gives, or empty
 * @param published the figure as printed, as given
 * @param detail how the verdict was reached, or why the row is invalid
 */
public record VerifyRow(
    int line, String id, String verdict, String expected, String published, String detail) {

  /** The verdict of a row that cannot be read. */
  public static final String INVALID = "INVALID";

  /** The header every file starts with. */
  public static final List<String> HEADER = List.of("id", "kind", "a", "b", "published");

  private static final Pattern COUNT = Pattern.compile("\\d+");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
  private static final Pattern PERCENT = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final int MAX_FIELD = 200;

  /**
   * Creates a row; control characters echoed from the input (a stray carriage return, say) are
   * shown as U+FFFD, so that every row prints on one line.
   */
  public VerifyRow {
    id = printable(id);
    expected = printable(expected);
    published = printable(published);
    detail = printable(detail);
  }

  private static String printable(String text) {
    return CONTROL.matcher(text).replaceAll("\uFFFD");
  }

  /**
   * Checks one line of a file.
   *
   * @param line the line; not null
   * @return the checked row; never throws for bad input
   */
  public static VerifyRow check(CsvLine line) {
    if (line.problem().isPresent()) {
      return invalid(line, "", "", line.problem().get());
    }
    List<String> f = line.fields();
    String id = f.get(0).strip();
    String published = f.size() == 5 ? f.get(4).strip() : "";
    if (f.size() != 5) {
      return invalid(line, id, published,
          "expected 5 columns (id,kind,a,b,published), found " + f.size());
    }
    for (int i = 0; i < 5; i++) {
      if (f.get(i).length() > MAX_FIELD) {
        return invalid(line, shorten(id), shorten(published),
            HEADER.get(i) + " is longer than " + MAX_FIELD + " characters");
      }
    }
    if (id.isEmpty()) {
      return invalid(line, id, published, "id is empty");
    }
    String a = f.get(2).strip();
    String b = f.get(3).strip();
    try {
      CheckResult result = switch (f.get(1).strip().toLowerCase(Locale.ROOT)) {
        case "ratio" -> FigureCheck.ratio(count("a", a), count("b", b), published);
        case "growth" -> FigureCheck.growth(count("a", a), count("b", b), published);
        case "points" -> FigureCheck.points(percent("a", a), percent("b", b), published);
        case "shares" -> FigureCheck.shares(parts(a), b.isEmpty()
            ? OptionalLong.empty() : OptionalLong.of(count("b", b)), published);
        default -> throw new InvalidValueException(
            "kind", "\"" + f.get(1).strip() + "\"", "must be ratio, growth, points or shares");
      };
      return new VerifyRow(line.number(), id, result.verdict().name(),
          result.expected().orElse(""), published, result.detail());
    } catch (InvalidValueException | ArithmeticException e) {
      return invalid(line, id, published, e.getMessage());
    }
  }

  private static VerifyRow invalid(CsvLine line, String id, String published, String reason) {
    return new VerifyRow(line.number(), id, INVALID, "", published,
        "line " + line.number() + ": " + reason);
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  private static long count(String field, String text) {
    if (!COUNT.matcher(text).matches()) {
      throw new InvalidValueException(field, "\"" + text + "\"", "must be a whole number, 0 or more");
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new InvalidValueException(
          field, text, "does not fit in a count (at most " + Long.MAX_VALUE + ")");
    }
  }

  private static BigDecimal percent(String field, String text) {
    if (!PERCENT.matcher(text).matches() || text.length() > 40) {
      throw new InvalidValueException(
          field, "\"" + text + "\"", "must be a rate in percent, such as 96.77");
    }
    return new BigDecimal(text);
  }

  private static List<Long> parts(String text) {
    List<Long> parts = new ArrayList<>();
    for (String part : text.split("[;；]", -1)) {
      parts.add(count("a", part.strip()));
    }
    return parts;
  }
}
