package org.fazhi.metrics.format;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fazhi.metrics.exact.Change;
import org.fazhi.metrics.check.CheckResult;
import org.fazhi.metrics.exact.Outcome;
import org.fazhi.metrics.exact.RoundingPolicy;
import org.fazhi.metrics.exact.UndefinedReason;
import org.fazhi.metrics.indicator.Indicator;
import org.fazhi.metrics.indicator.IndicatorUnit;
import org.fazhi.metrics.indicator.Target;
import org.fazhi.metrics.indicator.TargetStatus;
import org.fazhi.metrics.scorecard.Scorecard;
import org.fazhi.metrics.scorecard.ScorecardRow;
import org.fazhi.metrics.indicator.IndicatorValue;

/**
 * Prints a scorecard as an aligned text table or a Markdown table, in Chinese or English: one
 * line per indicator with its value, counts, target, whether it is met, last year's value, the
 * change, and the figure a report printed with the verdict of checking it; then the remarks, and
 * the figures with no value grouped by the reason.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScorecardFormat {

  /** How the table is laid out. */
  public enum Layout {
    /** Columns aligned with spaces, for a terminal. */
    TEXT,
    /** A Markdown table. */
    MARKDOWN
  }

  private final FigureFormat figures;
  private final Layout layout;

  private ScorecardFormat(FigureFormat figures, Layout layout) {
    this.figures = figures;
    this.layout = layout;
  }

  /**
   * Returns the format of a language and layout.
   *
   * @param language the language; not null
   * @param layout the layout; not null
   * @return the format
   */
  public static ScorecardFormat of(Language language, Layout layout) {
    return new ScorecardFormat(FigureFormat.of(language), requireNonNull(layout, "layout"));
  }

  private boolean zh() {
    return figures.language() == Language.ZH;
  }

  /**
   * Prints a scorecard.
   *
   * @param scorecard the scorecard; not null
   * @return the title, the table and the notes; not null
   */
  public String format(Scorecard scorecard) {
    return format(scorecard, Map.of());
  }

  /**
   * Prints a scorecard with remarks on some indicators, such as "illustrative inputs"; each
   * remarked row is marked with a number that the notes explain.
   *
   * @param scorecard the scorecard; not null
   * @param remarks remarks by indicator code; not null
   * @return the title, the table and the notes; not null
   */
  public String format(Scorecard scorecard, Map<String, String> remarks) {
    requireNonNull(remarks, "remarks");
    List<List<String>> rows = new ArrayList<>();
    List<String> remarked = new ArrayList<>();
    Map<UndefinedReason, List<String>> undefined = new EnumMap<>(UndefinedReason.class);
    for (ScorecardRow row : scorecard.rows()) {
      Indicator indicator = row.indicator();
      String name = zh() ? indicator.chineseName() : indicator.englishName();
      String remark = remarks.get(indicator.code());
      if (remark != null) {
        remarked.add("[" + (remarked.size() + 1) + "] " + name + (zh() ? "：" : ": ") + remark);
        name = name + " [" + remarked.size() + "]";
      }
      IndicatorValue value = row.value();
      rows.add(List.of(
          indicator.code(),
          name,
          figures.value(value),
          counts(value),
          indicator.target().map(t -> target(t, indicator.unit())).orElse(""),
          row.target().map(this::status).orElse(""),
          row.base().map(figures::value).orElse(""),
          row.change().map(c -> change(c, indicator)).orElse(""),
          row.printed().orElse(""),
          row.check().map(this::verdict)
              .orElse(row.printed().isPresent() ? (zh() ? "未核对" : "not checked") : "")));
      if (row.value().outcome() instanceof Outcome.Undefined none) {
        undefined.computeIfAbsent(none.reason(), r -> new ArrayList<>())
            .add(zh() ? indicator.chineseName() : indicator.englishName());
      }
    }
    List<String> header = zh()
        ? List.of("代码", "指标", "本期", "分子/分母", "目标", "达标", "上年同期", "同比", "报告所载", "核对")
        : List.of("code", "indicator", "value", "counts", "target", "met", "last year", "change",
            "printed", "check");
    TextTable table = TextTable.of(header, rows);
    StringBuilder out = new StringBuilder();
    String title = title(scorecard);
    out.append(layout == Layout.MARKDOWN ? "## " + title : title).append("\n\n");
    out.append(layout == Layout.MARKDOWN ? table.toMarkdown() : table.toText());
    List<String> notes = new ArrayList<>(remarked);
    undefined.forEach((reason, names) -> notes.add(FigureFormat.DASH + " " + figures.reason(reason)
        + (zh() ? "：" + String.join("、", names) : ": " + String.join(", ", names))));
    if (!notes.isEmpty()) {
      out.append('\n').append(zh() ? "注：" : "Notes:").append('\n');
      for (String note : notes) {
        out.append(layout == Layout.MARKDOWN ? "- " : "  ").append(note).append('\n');
      }
    }
    return out.toString();
  }

  private String title(Scorecard scorecard) {
    return zh()
        ? scorecard.unit().name() + "（" + scorecard.unit().code() + "）" + scorecard.period()
            + " 指标表 · 指标体系 " + scorecard.catalogId() + " " + scorecard.catalogVersion()
            + " · 同比基期 " + scorecard.basePeriod()
        : scorecard.unit().name() + " (" + scorecard.unit().code() + ") " + scorecard.period()
            + " scorecard · catalog " + scorecard.catalogId() + " " + scorecard.catalogVersion()
            + " · compared with " + scorecard.basePeriod();
  }

  private String counts(IndicatorValue value) {
    if (value.tally().isPresent()) {
      return figures.tally(value.tally().get());
    }
    return value.change()
        .map(c -> c.base().fraction().map(Object::toString).orElse(FigureFormat.DASH) + " → "
            + c.current().fraction().map(Object::toString).orElse(FigureFormat.DASH))
        .orElse("");
  }

  private String target(Target target, IndicatorUnit unit) {
    String suffix = unit == IndicatorUnit.PERCENT ? "%" : zh() ? unit.chinese() : " " + unit.english();
    return target + suffix;
  }

  private String status(TargetStatus status) {
    if (zh()) {
      return status.chinese();
    }
    return switch (status) {
      case MET -> "met";
      case NOT_MET -> "not met";
      case UNDEFINED -> "n/a";
    };
  }

  private String change(Change change, Indicator indicator) {
    RoundingPolicy policy = indicator.unit() == IndicatorUnit.PERCENT
        ? indicator.rounding()
        : RoundingPolicy.halfUp(1);
    return figures.change(change, indicator.unit(), policy);
  }

  private String verdict(CheckResult result) {
    String verdict = zh() ? result.verdict().chinese() : result.verdict().name();
    return result.verdict().isReproduced() || result.expected().isEmpty()
        ? verdict
        : verdict + (zh() ? "，应为 " : ", expected ") + result.expected().get();
  }

}
