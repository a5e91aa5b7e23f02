package org.fazhi.examples.walkthrough;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.unit.OrgUnit;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.unit.UnitKind;
import org.fazhi.examples.cli.Command;
import org.fazhi.examples.cli.Options;
import org.fazhi.examples.cli.UsageException;
import org.fazhi.metrics.engine.Caliber;
import org.fazhi.metrics.engine.Evaluation;
import org.fazhi.metrics.engine.Evaluator;
import org.fazhi.metrics.engine.FormCount;
import org.fazhi.metrics.engine.Ledger;
import org.fazhi.metrics.exact.Outcome;
import org.fazhi.metrics.exact.RoundingPolicy;
import org.fazhi.metrics.format.FigureFormat;
import org.fazhi.metrics.format.Language;
import org.fazhi.metrics.format.TextTable;
import org.fazhi.metrics.indicator.IndicatorUnit;
import org.fazhi.metrics.indicator.StandardCatalog;
import org.fazhi.metrics.measure.Measure;
import org.fazhi.metrics.measure.StandardMeasure;
import org.fazhi.metrics.indicator.IndicatorValue;
import org.fazhi.metrics.indicator.RateAverages;

/**
 * Worked example: rolling the dispute resolution rate (矛盾纠纷化解率) of the townships up to
 * the county. The county's rate is the ratio of the sums (900/930 = 96.77%, as the seed report
 * prints); the mean of the townships' rates is a different, wrong figure for the county. The split
 * across townships is illustrative.
 */
public final class RollUpCommand implements Command {

  /** Disputes mediated and resolved per township: illustrative, summing to the seed's 930/900. */
  static final List<long[]> TOWNSHIPS = List.of(
      new long[] {640424100, 420, 412},
      new long[] {640424101, 180, 176},
      new long[] {640424102, 150, 146},
      new long[] {640424200, 80, 75},
      new long[] {640424201, 50, 47},
      new long[] {640424202, 30, 26},
      new long[] {640424203, 20, 18});

  @Override
  public String name() {
    return "rollup";
  }

  @Override
  public String help() {
    return """
        rollup [--lang zh|en]
            Worked example: the townships' dispute resolution rates rolled up to 泾源县 as a
            ratio of sums (900/930 = 96.77%), beside the mean of the rates (93.95%), which is not
            the county's rate.""";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Options options = Options.parse(args, Set.of("lang"));
    options.requireNoArguments(name());
    Language language = options.language();
    out.print(render(FigureFormat.of(language)));
    return OK;
  }

  static String render(FigureFormat format) {
    boolean zh = format.language() == Language.ZH;
    ReportingPeriod year = ReportingPeriod.year(2024);
    Ledger.Builder ledger = Ledger.builder(Walkthroughs.jingyuan());
    for (long[] township : TOWNSHIPS) {
      UnitCode unit = UnitCode.parse(Long.toString(township[0]));
      ledger.add(new FormCount(unit, year, Measure.of(StandardMeasure.MEDIATION_CASES),
          township[1]));
      ledger.add(new FormCount(unit, year, Measure.of(StandardMeasure.MEDIATION_RESOLVED),
          township[2]));
    }
    Evaluation evaluation = Evaluator.of(StandardCatalog.catalog(), Caliber.standard())
        .evaluate(ledger.build(), year);
    List<IndicatorValue> townships = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (OrgUnit unit : evaluation.units()) {
      if (unit.kind() == UnitKind.TOWNSHIP) {
        IndicatorValue value = evaluation.value(unit.code(), "MED-RESOLUTION");
        townships.add(value);
        rows.add(List.of(unit.name(), format.tally(value.tally().orElseThrow()),
            format.value(value)));
      }
    }
    IndicatorValue county = evaluation.value(UnitCode.parse(Walkthroughs.COUNTY), "MED-RESOLUTION");
    StringBuilder out = new StringBuilder(zh
        ? "矛盾纠纷化解率：乡镇汇总到县（乡镇分布为示例，合计为报告所载930件）\n\n"
        : "Dispute resolution rate rolled up from townships to the county (illustrative split of"
            + " the reported 930 cases)\n\n");
    out.append(TextTable.of(zh ? List.of("乡镇", "化解/调解", "化解率")
        : List.of("township", "resolved/mediated", "rate"), rows).toText()).append('\n');
    Outcome mean = RateAverages.unweightedMean(townships);
    Outcome weighted = RateAverages.denominatorWeightedMean(townships);
    RoundingPolicy policy = RoundingPolicy.DEFAULT;
    out.append(TextTable.of(zh ? List.of("泾源县", "数值", "说明") : List.of("泾源县", "value", "note"),
        List.of(
            List.of(zh ? "比率之和（分子、分母分别求和）" : "ratio of sums",
                format.value(county) + " = " + format.tally(county.tally().orElseThrow()),
                zh ? "县的化解率" : "the county's rate"),
            List.of(zh ? "按分母加权的比率平均" : "mean weighted by denominators",
                format.outcome(weighted, IndicatorUnit.PERCENT, policy),
                zh ? "与比率之和相等" : "equals the ratio of sums"),
            List.of(zh ? "各乡镇比率的算术平均" : "unweighted mean of rates",
                format.outcome(mean, IndicatorUnit.PERCENT, policy),
                zh ? "错误：小乡镇与大乡镇权重相同" : "wrong: a small township weighs as much as a big one"))
    ).toText());
    return out.toString();
  }
}
