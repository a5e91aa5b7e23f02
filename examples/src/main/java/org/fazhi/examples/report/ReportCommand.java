package org.fazhi.examples.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fazhi.examples.cli.Command;
import org.fazhi.examples.cli.Options;
import org.fazhi.examples.cli.UsageException;
import org.fazhi.jackson.Dataset;
import org.fazhi.jackson.DatasetException;
import org.fazhi.jackson.DatasetReader;
import org.fazhi.jackson.Problem;
import org.fazhi.jackson.ScorecardJson;
import org.fazhi.metrics.check.CheckResult;
import org.fazhi.metrics.check.Verdict;
import org.fazhi.metrics.format.Language;
import org.fazhi.metrics.format.ScorecardFormat;
import org.fazhi.metrics.scorecard.Scorecard;
import org.fazhi.metrics.scorecard.ScorecardRow;

/**
 * {@code report}: the scorecard of a dataset — by default the bundled 2024 report of 泾源县 —
 * with every figure the report printed checked against the one computed from its inputs.
 *
 * <p>Exit status: 0 when every printed figure that can be checked reproduces, 1 when one does
 * not, 2 when the dataset cannot be read (each problem is printed with its JSON path and line).
 */
public final class ReportCommand implements Command {

  @Override
  public String name() {
    return "report";
  }

  @Override
  public String help() {
    return """
        report [--data FILE.json] [--lang zh|en] [--format text|markdown|json]
            The scorecard of a dataset: every indicator with its value, counts, target, last
            year and change, and each figure the report printed checked against the computed
            one. Without --data, the bundled 2024 report of 泾源县 (640424). The dataset format
            is documented in jackson/DATASET.md. Exit 0: every printed figure reproduces or
            cannot be checked for want of inputs; 1: a printed figure does not reproduce;
            2: the dataset cannot be read.""";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Options options = Options.parse(args, Set.of("data", "lang", "format"));
    Language language = options.language();
    String format = options.choice("format", "text", Set.of("text", "markdown", "json"));
    options.requireNoArguments(name());
    Dataset dataset;
    if (options.value("data") == null) {
      dataset = BundledData.jingyuan();
    } else {
      Path file = Path.of(options.value("data"));
      try {
        dataset = DatasetReader.read(file);
      } catch (IOException | SecurityException e) {
        return Command.cannotRead(err, file, e);
      } catch (DatasetException e) {
        for (Problem problem : e.problems()) {
          err.println("error: " + file + ": " + problem);
        }
        err.println(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems")
            + " in " + file + "; nothing was computed");
        return INVALID;
      }
    }
    Scorecard scorecard = dataset.scorecard();
    if (format.equals("json")) {
      out.print(ScorecardJson.write(scorecard));
    } else {
      out.print(render(dataset, scorecard, language, format.equals("markdown")
          ? ScorecardFormat.Layout.MARKDOWN : ScorecardFormat.Layout.TEXT));
    }
    return scorecard.rows().stream()
        .anyMatch(row -> row.check().filter(c -> c.verdict() == Verdict.MISMATCH).isPresent())
        ? MISMATCH
        : OK;
  }

  static String render(
      Dataset dataset, Scorecard scorecard, Language language, ScorecardFormat.Layout layout) {
    boolean zh = language == Language.ZH;
    Map<String, String> remarks = new LinkedHashMap<>();
    dataset.illustrative().forEach(code -> remarks.put(code, zh ? "示例输入" : "illustrative inputs"));
    dataset.remarks().forEach((code, remark) -> remarks.merge(code, remark,
        (illustrative, text) -> illustrative + (zh ? "。" : ". ") + text));
    StringBuilder out = new StringBuilder();
    String heading = layout == ScorecardFormat.Layout.MARKDOWN ? "# " : "";
    out.append(heading).append(dataset.title()).append('\n')
        .append(zh ? "来源：" : "Source: ").append(dataset.source()).append("\n\n");
    out.append(ScorecardFormat.of(language, layout).format(scorecard, remarks));
    out.append('\n').append(summary(scorecard, zh)).append('\n');
    return out.toString();
  }

  /** One line counting the printed figures by how their checks came out. */
  static String summary(Scorecard scorecard, boolean zh) {
    long printed = scorecard.rows().stream().filter(r -> r.printed().isPresent()).count();
    long reproduced = count(scorecard, true);
    long mismatched = count(scorecard, false);
    long unchecked = printed - reproduced - mismatched;
    return zh
        ? "报告所载数字" + printed + "项：复现" + reproduced + "项，不一致" + mismatched + "项，缺少输入未核对"
            + unchecked + "项。"
        : printed + " printed figures: " + reproduced + " reproduced, " + mismatched
            + " mismatched, " + unchecked + " not checked for want of inputs.";
  }

  private static long count(Scorecard scorecard, boolean reproduced) {
    return scorecard.rows().stream()
        .map(ScorecardRow::check)
        .flatMap(Optional::stream)
        .map(CheckResult::verdict)
        .filter(v -> v.isReproduced() == reproduced)
        .count();
  }
}
