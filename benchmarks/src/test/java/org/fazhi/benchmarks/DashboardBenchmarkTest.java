package org.fazhi.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fazhi.benchmarks.dashboard.Dashboard;
import org.fazhi.benchmarks.dashboard.Naive;
import org.fazhi.benchmarks.province.SyntheticProvince;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.metrics.engine.Evaluation;
import org.fazhi.metrics.engine.Ledger;
import org.fazhi.metrics.indicator.StandardCatalog;
import org.junit.jupiter.api.Test;

/** Every benchmark method runs on what its setup prepares, and returns its result. */
class DashboardBenchmarkTest {

  static final int RECORDS = 5_000;

  static DashboardBenchmark.Province province(String method) {
    DashboardBenchmark.Province p = new DashboardBenchmark.Province();
    p.recordsPerYear = RECORDS;
    p.prepare(method);
    return p;
  }

  static long total(Dashboard table, String code) {
    int k = StandardCatalog.catalog().indicators().indexOf(
        StandardCatalog.catalog().indicator(code));
    return table.numerator(Dashboard.CURRENT, k, 0);
  }

  @Test
  void everyVersionOfTheJobFillsTheTableWithTheSameFigures() {
    DashboardBenchmark benchmark = new DashboardBenchmark();
    long floor = total(benchmark.baseline(province("baseline")), "MED-CASES");

    assertThat(floor).isPositive();
    assertThat(total(benchmark.fazhi(province("fazhi")), "MED-CASES")).isEqualTo(floor);
    assertThat(total(benchmark.fazhiUnitByUnit(province("fazhiUnitByUnit")), "MED-CASES"))
        .isEqualTo(floor);
    assertThat(total(benchmark.fazhiScorecards(province("fazhiScorecards")), "MED-CASES"))
        .isEqualTo(floor);
    Naive.Result naive = benchmark.naive(province("naive"));
    int k = StandardCatalog.catalog().indicators().indexOf(
        StandardCatalog.catalog().indicator("MED-CASES"));
    assertThat(naive.value(Dashboard.CURRENT, k, 0)).isEqualTo((double) floor);
  }

  @Test
  void theEvaluationAndTheIngestionReturnWhatTheyBuilt() {
    DashboardBenchmark benchmark = new DashboardBenchmark();
    Evaluation evaluation = benchmark.fazhiEvaluate(province("fazhiEvaluate"));
    Ledger ledger = benchmark.ingest(province("ingest"));

    assertThat(evaluation.period()).isEqualTo(SyntheticProvince.CURRENT);
    assertThat(evaluation.value(UnitCode.parse("650000"), "MED-CASES").total().getAsLong())
        .isPositive();
    assertThat(ledger.recordCount()).isEqualTo(2 * RECORDS);
  }

  @Test
  void anUnknownBenchmarkHasNoInput() {
    assertThatThrownBy(() -> province("nothing"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no benchmark nothing");
  }
}
