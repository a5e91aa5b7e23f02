package org.fazhi.examples.walkthrough;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.unit.OrgUnit;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.unit.UnitHierarchy;
import org.fazhi.examples.cli.Command;
import org.fazhi.examples.cli.Options;
import org.fazhi.examples.cli.UsageException;
import org.fazhi.metrics.check.CheckResult;
import org.fazhi.metrics.check.FigureCheck;
import org.fazhi.metrics.engine.Caliber;
import org.fazhi.metrics.engine.Evaluation;
import org.fazhi.metrics.engine.Evaluator;
import org.fazhi.metrics.engine.FormCount;
import org.fazhi.metrics.engine.Ledger;
import org.fazhi.metrics.format.FigureFormat;
import org.fazhi.metrics.format.Language;
import org.fazhi.metrics.indicator.StandardCatalog;
import org.fazhi.metrics.measure.Measure;
import org.fazhi.metrics.measure.StandardMeasure;
import org.fazhi.metrics.indicator.IndicatorValue;

/**
 * The README's quick start as a program, so that the README cannot drift from the API: a test
 * checks that the README holds this code between the quick-start markers, and that it prints
 * what the README says.
 */
public final class QuickStartCommand implements Command {

  @Override
  public String name() {
    return "quickstart";
  }

  @Override
  public String help() {
    return """
        quickstart
            The README's quick start: 泾源县's dispute resolution rate from two counts, printed
            and checked against the figure the report published.""";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Options options = Options.parse(args, Set.of());
    options.requireNoArguments(name());
    quickStart(out);
    return OK;
  }

  static void quickStart(PrintStream out) {
    // [quick-start]
    UnitHierarchy units = UnitHierarchy.of(List.of(
        OrgUnit.root("640424", "泾源县"),
        OrgUnit.of("640424100", "香水镇", "640424")));
    ReportingPeriod year = ReportingPeriod.year(2024);
    UnitCode township = UnitCode.parse("640424100");
    Ledger ledger = Ledger.builder(units)
        .add(new FormCount(township, year, Measure.of(StandardMeasure.MEDIATION_CASES), 930))
        .add(new FormCount(township, year, Measure.of(StandardMeasure.MEDIATION_RESOLVED), 900))
        .build();
    Evaluation evaluation = Evaluator.of(StandardCatalog.catalog(), Caliber.standard())
        .evaluate(ledger, year);

    IndicatorValue rate = evaluation.value(UnitCode.parse("640424"), "MED-RESOLUTION");
    out.println(FigureFormat.of(Language.ZH).value(rate)); // 96.77%
    out.println(rate.tally().orElseThrow());                // 900/930
    out.println(rate.outcome());                            // 30/31, exact

    CheckResult check = FigureCheck.ratio(900, 930, "96.77%");
    out.println(check.verdict());                           // REPRODUCED
    // [/quick-start]
  }
}
