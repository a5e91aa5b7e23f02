package org.fazhi.examples.walkthrough;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.supervision.Finding;
import org.fazhi.core.supervision.FindingStatus;
import org.fazhi.core.supervision.Inspection;
import org.fazhi.core.supervision.InspectionKind;
import org.fazhi.core.supervision.RectificationLedger;
import org.fazhi.core.supervision.RectificationNotice;
import org.fazhi.core.unit.OrgUnit;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.examples.cli.Command;
import org.fazhi.examples.cli.Options;
import org.fazhi.examples.cli.UsageException;
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
 * Worked example: a rectification ledger (整改台账) — inspections, the notices issued after them
 * and the findings they raised — and its completion and on-time rates as of a day, by unit, with
 * the list of overdue findings. The ledger is illustrative.
 */
public final class RectificationCommand implements Command {

  @Override
  public String name() {
    return "rectification";
  }

  @Override
  public String help() {
    return """
        rectification [--as-of YYYY-MM-DD] [--lang zh|en]
            Worked example: an illustrative rectification ledger of 泾源县 (2 inspections,
            3 notices, 10 findings); completion and on-time rates as of a day (default
            2024-09-30, the year to date), by unit, and the overdue findings.""";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Options options = Options.parse(args, Set.of("as-of", "lang"));
    options.requireNoArguments(name());
    Language language = options.language();
    LocalDate asOf = options.date("as-of", "2024-09-30");
    out.print(render(ledger(), asOf, FigureFormat.of(language)));
    return OK;
  }

  /** Builds the illustrative ledger. */
  static RectificationLedger ledger() {
    RectificationLedger.Builder ledger = RectificationLedger.builder()
        .addInspections(
            inspection("DC-2024-01", LocalDate.of(2024, 3, 18), "法治政府建设重点任务落实情况"),
            inspection("DC-2024-02", LocalDate.of(2024, 7, 8), "涉企行政执法专项督察"))
        .addNotices(
            notice("ZG-01", "DC-2024-01", "640424-SCJ", LocalDate.of(2024, 3, 25), 60),
            notice("ZG-02", "DC-2024-01", "640424-ZRJ", LocalDate.of(2024, 3, 25), 60),
            notice("ZG-03", "DC-2024-02", "640424-NYJ", LocalDate.of(2024, 7, 15), 45));
    ledger.addFindings(
        finding("F01", "DC-2024-01", "ZG-01", "640424-SCJ", "行政处罚裁量基准未细化",
            LocalDate.of(2024, 3, 20), LocalDate.of(2024, 5, 24), LocalDate.of(2024, 5, 10)),
        finding("F02", "DC-2024-01", "ZG-01", "640424-SCJ", "执法全过程记录不完整",
            LocalDate.of(2024, 3, 20), LocalDate.of(2024, 5, 24), LocalDate.of(2024, 6, 3)),
        finding("F03", "DC-2024-01", "ZG-02", "640424-ZRJ", "重大执法决定法制审核不到位",
            LocalDate.of(2024, 3, 20), LocalDate.of(2024, 5, 24), LocalDate.of(2024, 5, 20)),
        finding("F04", "DC-2024-01", "ZG-02", "640424-ZRJ", "执法公示信息更新不及时",
            LocalDate.of(2024, 3, 20), LocalDate.of(2024, 5, 24), null),
        finding("F05", "DC-2024-01", null, "640424-GAJ", "执法人员持证上岗不到位",
            LocalDate.of(2024, 3, 21), LocalDate.of(2024, 4, 30), LocalDate.of(2024, 4, 12)),
        finding("F06", "DC-2024-02", "ZG-03", "640424-NYJ", "涉企检查频次偏高",
            LocalDate.of(2024, 7, 10), LocalDate.of(2024, 8, 29), LocalDate.of(2024, 8, 20)),
        finding("F07", "DC-2024-02", "ZG-03", "640424-NYJ", "案件办理超期",
            LocalDate.of(2024, 7, 10), LocalDate.of(2024, 8, 29), null),
        finding("F08", "DC-2024-02", "ZG-03", "640424-NYJ", "证据收集不充分",
            LocalDate.of(2024, 7, 10), LocalDate.of(2024, 10, 31), null),
        finding("F09", "DC-2024-02", null, "640424-SCJ", "委托执法手续不全",
            LocalDate.of(2024, 7, 11), LocalDate.of(2024, 8, 31), LocalDate.of(2024, 10, 8)));
    ledger.addFindings(Finding.builder()
        .id("F10").inspectionId("DC-2024-02").unit(UnitCode.parse("640424-GAJ"))
        .problem("执法队伍力量薄弱").raisedDate(LocalDate.of(2024, 7, 11))
        .dueDate(LocalDate.of(2024, 12, 31)).status(FindingStatus.LONG_TERM).build());
    return ledger.build();
  }

  private static Inspection inspection(String id, LocalDate start, String scope) {
    return Inspection.builder()
        .id(id).kind(InspectionKind.RULE_OF_LAW_INSPECTION).organizer(UnitCode.parse("640424"))
        .startDate(start).endDate(start.plusDays(4)).scope(scope).build();
  }

  private static RectificationNotice notice(
      String number, String inspection, String unit, LocalDate issued, int days) {
    return RectificationNotice.builder()
        .number(number).inspectionId(inspection).issuedTo(UnitCode.parse(unit))
        .issuedDate(issued).dueDate(issued.plusDays(days)).build();
  }

  private static Finding finding(String id, String inspection, String notice, String unit,
      String problem, LocalDate raised, LocalDate due, LocalDate rectified) {
    return Finding.builder()
        .id(id).inspectionId(inspection).noticeNumber(Optional.ofNullable(notice))
        .unit(UnitCode.parse(unit)).problem(problem).raisedDate(raised).dueDate(due)
        .status(rectified == null ? FindingStatus.OPEN : FindingStatus.RECTIFIED)
        .rectifiedDate(Optional.ofNullable(rectified))
        .build();
  }

  /** Prints the ledger's rates as of a day, by unit, and its overdue findings. */
  static String render(RectificationLedger supervision, LocalDate asOf, FigureFormat format) {
    boolean zh = format.language() == Language.ZH;
    Ledger ledger = Ledger.builder(Walkthroughs.jingyuan()).add(supervision).build();
    ReportingPeriod year = ReportingPeriod.year(asOf.getYear());
    Evaluation evaluation = Evaluator.of(StandardCatalog.catalog(),
        Caliber.asOf(asOf, TargetBasis.FULL_VALUE)).evaluate(ledger, year);
    StringBuilder out = new StringBuilder();
    out.append(zh
        ? "整改台账（示例）：督察" + supervision.inspections().size() + "次，整改通知单"
            + supervision.notices().size() + "份，问题" + supervision.findings().size() + "条；截至"
            + asOf + "\n\n"
        : "Rectification ledger (illustrative): " + supervision.inspections().size()
            + " inspections, " + supervision.notices().size() + " notices, "
            + supervision.findings().size() + " findings; as of " + asOf + "\n\n");
    List<List<String>> rows = new ArrayList<>();
    List<OrgUnit> units = new ArrayList<>();
    units.add(Walkthroughs.jingyuan().unit(UnitCode.parse(Walkthroughs.COUNTY)));
    evaluation.units().stream()
        .filter(u -> supervision.findings().stream().anyMatch(f -> f.unit().equals(u.code())))
        .forEach(units::add);
    for (OrgUnit unit : units) {
      IndicatorValue completion = evaluation.value(unit.code(), "RECT-COMPLETION");
      IndicatorValue onTime = evaluation.value(unit.code(), "RECT-ON-TIME");
      rows.add(List.of(unit.name(), format.tally(completion.tally().orElseThrow()),
          format.value(completion), format.tally(onTime.tally().orElseThrow()),
          format.value(onTime)));
    }
    out.append(TextTable.of(zh
            ? List.of("单位", "已整改/应整改", "整改完成率", "按期整改/应整改", "按期整改率")
            : List.of("unit", "rectified", "completion rate", "on time", "on-time rate"),
        rows).toText());
    out.append(zh
        ? "\n长期整改的问题作为例外从分母中剔除；截至日期在年内时，只计此前提出的问题（年初至今）。\n"
        : "\nFindings under long-term rectification are exceptions, removed from the denominator;"
            + " an as-of day inside the year counts only the findings raised by then.\n");
    List<Finding> overdue = supervision.overdue(asOf);
    out.append(zh ? "\n逾期未整改（" + overdue.size() + "条）：\n" : "\nOverdue (" + overdue.size()
        + "):\n");
    List<List<String>> late = new ArrayList<>();
    for (Finding f : overdue) {
      late.add(List.of(f.id(), Walkthroughs.jingyuan().unit(f.unit()).name(), f.problem(),
          f.dueDate().toString(), Long.toString(ChronoUnit.DAYS.between(f.dueDate(), asOf))));
    }
    out.append(TextTable.of(zh
            ? List.of("编号", "责任单位", "问题", "整改时限", "逾期天数")
            : List.of("id", "unit", "problem", "due", "days overdue"),
        late).toText());
    return out.toString();
  }
}
