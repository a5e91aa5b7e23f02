package org.fazhi.examples.verify;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fazhi.examples.cli.Command;
import org.fazhi.examples.cli.Options;
import org.fazhi.examples.cli.UsageException;
import org.fazhi.metrics.check.Verdict;
import org.fazhi.metrics.format.TextTable;

/**
 * {@code verify FILE.csv}: checks every figure of a report listed in a CSV file, and says whether
 * each reproduces from its inputs and under which convention.
 *
 * <p>Every line is checked; a line that cannot be read is reported as {@code INVALID} with its
 * number and reason, and the other lines are still checked. Exit status: 0 when every row
 * reproduces or is consistently undefined, 1 when any row is a {@code MISMATCH}, 2 when any row is
 * {@code INVALID} or the file cannot be read.
 */
public final class VerifyCommand implements Command {

  @Override
  public String name() {
    return "verify";
  }

  @Override
  public String help() {
    return """
        verify FILE.csv [--format text|csv]
            Check published figures against their inputs. FILE.csv is UTF-8 with the header
            id,kind,a,b,published; kind is ratio (a/b as a percentage), growth (a against base b),
            points (rates a and b in percent; the change printed in points or as a percent) or
            shares (a = parts separated by ';', b = the whole or empty). Prints one row per line:
            id,verdict,expected,published,detail. Exit 0: all reproduce; 1: a mismatch; 2: an
            invalid row or an unreadable file.""";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Options options = Options.parse(args, Set.of("format"));
    String format = options.choice("format", "text", Set.of("text", "csv"));
    if (options.positional().size() != 1) {
      throw new UsageException("verify takes one file, not " + options.positional().size());
    }
    Path file = Paths.get(options.positional().get(0));
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException | SecurityException e) {
      return Command.cannotRead(err, file, e);
    }
    List<VerifyRow> rows = new ArrayList<>();
    String headerProblem = check(CsvLine.split(bytes), rows);
    if (headerProblem != null) {
      err.println("error: " + file + ": " + headerProblem);
      return INVALID;
    }
    out.print(format.equals("csv") ? csv(rows) : text(rows));
    return status(rows);
  }

  /**
   * Checks the lines of a file after its header.
   *
   * @param lines the lines; not null
   * @param rows receives one row per non-blank line after the header; not null
   * @return why the file as a whole cannot be checked (empty, no header), or null
   */
  static String check(List<CsvLine> lines, List<VerifyRow> rows) {
    List<CsvLine> content = lines.stream().filter(line -> !line.isBlank()).toList();
    if (content.isEmpty()) {
      return "the file is empty; the first line must be id,kind,a,b,published";
    }
    CsvLine header = content.get(0);
    if (header.problem().isPresent()
        || !header.fields().stream().map(String::strip).toList().equals(VerifyRow.HEADER)) {
      return "line " + header.number() + ": the header must be id,kind,a,b,published";
    }
    content.stream().skip(1).map(VerifyRow::check).forEach(rows::add);
    return null;
  }

  /**
   * Returns the exit status for checked rows.
   *
   * @param rows the rows; not null
   * @return 2 if any row is invalid, else 1 if any is a mismatch, else 0
   */
  static int status(List<VerifyRow> rows) {
    if (rows.stream().anyMatch(row -> row.verdict().equals(VerifyRow.INVALID))) {
      return INVALID;
    }
    return rows.stream().anyMatch(row -> row.verdict().equals(Verdict.MISMATCH.name()))
        ? MISMATCH
        : OK;
  }

  private static String text(List<VerifyRow> rows) {
    List<List<String>> cells = rows.stream()
        .map(r -> List.of(r.id(), r.verdict(), r.expected(), r.published(), r.detail()))
        .toList();
    long reproduced = rows.stream().filter(r -> !r.verdict().equals(VerifyRow.INVALID)
        && Verdict.valueOf(r.verdict()).isReproduced()).count();
    long mismatches = rows.stream().filter(r -> r.verdict().equals(Verdict.MISMATCH.name()))
        .count();
    long invalid = rows.stream().filter(r -> r.verdict().equals(VerifyRow.INVALID)).count();
    return TextTable.of(List.of("id", "verdict", "expected", "published", "detail"), cells)
        .toText()
        + "\n" + rows.size() + " rows: " + reproduced + " reproduced or consistently undefined, "
        + mismatches + " mismatched, " + invalid + " invalid\n";
  }

  private static String csv(List<VerifyRow> rows) {
    StringBuilder out = new StringBuilder("id,verdict,expected,published,detail\n");
    for (VerifyRow r : rows) {
      out.append(String.join(",", List.of(
          quote(r.id()), r.verdict(), quote(r.expected()), quote(r.published()),
          quote(r.detail())))).append('\n');
    }
    return out.toString();
  }

  private static String quote(String field) {
    boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0
        || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
    return needs ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
  }
}
