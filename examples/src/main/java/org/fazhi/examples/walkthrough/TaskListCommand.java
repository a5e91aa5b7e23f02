package org.fazhi.examples.walkthrough;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.task.Task;
import org.fazhi.core.task.TaskList;
import org.fazhi.core.unit.OrgUnit;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.unit.UnitHierarchy;
import org.fazhi.examples.cli.Command;
import org.fazhi.examples.cli.Options;
import org.fazhi.examples.cli.UsageException;
import org.fazhi.examples.report.BundledData;
import org.fazhi.jackson.Dataset;
import org.fazhi.metrics.engine.Caliber;
import org.fazhi.metrics.engine.Evaluation;
import org.fazhi.metrics.engine.Evaluator;
import org.fazhi.metrics.engine.Ledger;
import org.fazhi.metrics.format.FigureFormat;
import org.fazhi.metrics.format.Language;
import org.fazhi.metrics.format.TextTable;
import org.fazhi.metrics.indicator.StandardCatalog;
import org.fazhi.metrics.indicator.TargetBasis;
import org.fazhi.metrics.indicator.IndicatorValue;

/**
 * Worked example: the task list 《泾源县法治政府建设“八大行动(2024)”任务清单》 from the bundled
 * dataset — 8 actions, 29 tasks — with completion by action and by lead unit as of a day, and the
 * tasks overdue then. Task titles, lead units and dates are illustrative (the report gives only
 * the counts).
 */
public final class TaskListCommand implements Command {

  @Override
  public String name() {
    return "tasks";
  }

  @Override
  public String help() {
    return """
        tasks [--as-of YYYY-MM-DD] [--lang zh|en]
            Worked example: the 八大行动(2024) task list of 泾源县 (8 actions, 29 tasks;
            titles and dates illustrative): completion by action and by lead unit as of a day
            (default 2024-12-31), and the tasks overdue then.""";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Options options = Options.parse(args, Set.of("as-of", "lang"));
    options.requireNoArguments(name());
    Language language = options.language();
    LocalDate asOf = options.date("as-of", "2024-12-31");
    Dataset dataset = BundledData.jingyuan();
    TaskList list = dataset.recordsOf(TaskList.class).get(0);
    out.print(render(list, dataset.hierarchy(), asOf, FigureFormat.of(language)));
    return OK;
  }

  static String render(TaskList list, UnitHierarchy units, LocalDate asOf, FigureFormat format) {
    boolean zh = format.language() == Language.ZH;
    Evaluator evaluator = Evaluator.of(StandardCatalog.catalog(),
        Caliber.asOf(asOf, TargetBasis.FULL_VALUE));
    ReportingPeriod year = ReportingPeriod.year(asOf.getYear());
    UnitCode county = UnitCode.parse(Walkthroughs.COUNTY);
    StringBuilder out = new StringBuilder(zh
        ? "《" + list.title() + "》：" + list.actions().size() + "个方面，" + list.tasks().size()
            + "项任务；截至" + asOf + "（任务名称、牵头单位与日期为示例）\n\n"
        : "《" + list.title() + "》: " + list.actions().size() + " actions, "
            + list.tasks().size() + " tasks; as of " + asOf + " (titles, lead units and dates"
            + " illustrative)\n\n");

    // By action: the same engine, over a ledger of each action's tasks.
    List<List<String>> byAction = new ArrayList<>();
    for (String action : list.actions()) {
      Ledger.Builder ledger = Ledger.builder(units);
      list.tasksOf(action).forEach(ledger::add);
      Evaluation evaluation = evaluator.evaluate(ledger.build(), year);
      byAction.add(row(action, list.tasksOf(action).size(), evaluation, county, format));
    }
    out.append(TextTable.of(header(zh ? "方面" : "action", zh), byAction).toText()).append('\n');

    // By lead unit: the units of one evaluation of the whole list.
    Evaluation evaluation = evaluator.evaluate(Ledger.builder(units).add(list).build(), year);
    List<List<String>> byUnit = new ArrayList<>();
    for (OrgUnit unit : units.children(county)) {
      long tasks = list.tasks().stream().filter(t -> t.leadUnit().equals(unit.code())).count();
      if (tasks > 0) {
        byUnit.add(row(unit.name(), tasks, evaluation, unit.code(), format));
      }
    }
    byUnit.add(row(zh ? "合计" : "total", list.tasks().size(), evaluation, county, format));
    out.append(TextTable.of(header(zh ? "牵头单位" : "lead unit", zh), byUnit).toText());

    List<Task> overdue = list.tasks().stream().filter(t -> t.isOverdue(asOf)).toList();
    out.append('\n').append(zh ? "逾期未完成：" + overdue.size() + "项" : "Overdue: " + overdue.size())
        .append('\n');
    for (Task task : overdue) {
      out.append("  ").append(task.number()).append(' ').append(task.title()).append(" (")
          .append(task.dueDate()).append(")\n");
    }
    out.append(zh
        ? "完成率只计截至当日已到期的任务；未到期的任务不计入分母。\n"
        : "Rates count only the tasks due by the day; tasks not yet due are outside the"
            + " denominator.\n");
    return out.toString();
  }

  private static List<String> header(String first, boolean zh) {
    return zh
        ? List.of(first, "任务", "已到期", "完成/到期", "完成率", "按时完成率")
        : List.of(first, "tasks", "due", "completed/due", "completion", "on time");
  }

  private static List<String> row(String name, long tasks, Evaluation evaluation, UnitCode unit,
      FigureFormat format) {
    IndicatorValue completion = evaluation.value(unit, "TASK-COMPLETION");
    IndicatorValue onTime = evaluation.value(unit, "TASK-ON-TIME");
    return List.of(name, Long.toString(tasks),
        Long.toString(completion.tally().orElseThrow().effectiveDenominator()),
        format.tally(completion.tally().orElseThrow()), format.value(completion),
        format.value(onTime));
  }
}
