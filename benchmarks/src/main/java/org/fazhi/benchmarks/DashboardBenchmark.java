package org.fazhi.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fazhi.benchmarks.dashboard.Baseline;
import org.fazhi.benchmarks.dashboard.Dashboard;
import org.fazhi.benchmarks.dashboard.Fazhi;
import org.fazhi.benchmarks.dashboard.Naive;
import org.fazhi.benchmarks.province.LedgerSink;
import org.fazhi.benchmarks.province.SyntheticProvince;
import org.fazhi.core.unit.UnitHierarchy;
import org.fazhi.metrics.engine.Evaluation;
import org.fazhi.metrics.engine.Ledger;
import org.fazhi.metrics.indicator.Catalog;
import org.fazhi.metrics.indicator.StandardCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The dashboard job — every indicator of the standard catalog, for every unit of a synthetic
 * province at every level, in 2024 and 2023, with the year-on-year change — done three ways in
 * the same run, each filling the same table ({@link Dashboard}):
 *
 * <ul>
 *   <li>{@link #fazhi}: fazhi's public API as an embedder calls it — one evaluation of a ledger
 *       built once, every figure copied out of the evaluation's columns;
 *   <li>{@link #baseline}: the hand-written floor, one pass over primitive arrays prepared from
 *       the same records;
 *   <li>{@link #naive}: Java Streams {@code groupingBy} per indicator, {@code double}
 *       percentages averaged upward — what people write today (and wrong above the units that
 *       keep the records).
 * </ul>
 *
 * <p>Alongside: {@link #fazhiEvaluate}, the evaluation alone; {@link #fazhiUnitByUnit}, the
 * figures read through the columns' per-unit accessors; {@link #fazhiScorecards}, the figures
 * read through the object API (a scorecard per unit); and {@link #ingest}, the one-off cost of
 * building the ledger from record objects.
 *
 * <p>The province is generated in the trial's setup from a fixed seed, with
 * {@code recordsPerYear} records in each of the two years, {@code 2 × recordsPerYear} in all;
 * time per record is the time of an operation divided by that. Each benchmark builds only the
 * input it reads: fazhi its ledger, the baseline its primitive arrays, the naive version and the
 * ingestion the record objects. The table is allocated once per trial and filled in place by
 * every operation, so that {@code gc.alloc.rate.norm} is what the implementation itself
 * allocates.
 *
 * <p>Quick mode, under 3 minutes on 2 cores (one size, short iterations, allocation measured),
 * from the repository root:
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar 'DashboardBenchmark.(fazhi|baseline|naive|ingest)$' \
 *     -f 1 -wi 2 -i 3 -w 2s -r 2s -p recordsPerYear=1000000 -prof gc \
 *     -rf json -rff benchmarks/target/quick.json
 * </pre>
 *
 * <p>Every benchmark at every size, the table and scaling figures of {@code benchmarks/README.md}
 * (about 9 minutes on 2 cores; without the iteration options, JMH's defaults here take about an
 * hour):
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar DashboardBenchmark -f 1 -wi 3 -i 6 -w 2s -r 2s \
 *     -prof gc -rf json -rff benchmarks/target/full.json
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// Huge pages, touched up front: the columns of millions of records span hundreds of megabytes,
// and with 4 KiB pages the runs on a shared machine came out bimodal (±20%).
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx10g", "-XX:+UseTransparentHugePages",
    "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 4)
public class DashboardBenchmark {

  /** The seed of every province generated here. */
  public static final long SEED = 20_240_101L;

  /** The province, and the input each implementation reads. */
  @State(Scope.Benchmark)
  public static class Province {

    /** The number of records in each of the two years. */
    @Param({"100000", "1000000", "4000000"})
    public int recordsPerYear;

    Catalog catalog;
    UnitHierarchy hierarchy;
    Dashboard table;
    Fazhi fazhi;
    Ledger ledger;
    Baseline baseline;
    Naive naive;
    List<Object> records;

    /**
     * Generates the province and prepares what the benchmark about to run reads.
     *
     * @param params the benchmark about to run
     */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
      String benchmark = params.getBenchmark();
      prepare(benchmark.substring(benchmark.lastIndexOf('.') + 1));
      System.gc();
    }

    /** Prepares the input of a benchmark method, by name. */
    void prepare(String method) {
      SyntheticProvince province = SyntheticProvince.of(SEED, recordsPerYear);
      catalog = StandardCatalog.catalog();
      hierarchy = province.hierarchy();
      table = new Dashboard(catalog.indicators().size(), hierarchy.size());
      fazhi = Fazhi.of(catalog);
      switch (method) {
        case "fazhi":
        case "fazhiEvaluate":
        case "fazhiUnitByUnit":
        case "fazhiScorecards":
          ledger = LedgerSink.ledgerOf(province);
          break;
        case "baseline":
          baseline = Baseline.prepare(province.records(), catalog);
          break;
        case "naive":
          naive = Naive.over(province.records(), catalog);
          break;
        case "ingest":
          records = province.records().all();
          break;
        default:
          throw new IllegalArgumentException("no benchmark " + method);
      }
    }
  }

  /**
   * fazhi: one evaluation of the ledger, every figure copied out of its columns.
   *
   * @param p the province
   * @return the filled table
   */
  @Benchmark
  public Dashboard fazhi(Province p) {
    return p.fazhi.evaluate(p.ledger, p.table);
  }

  /**
   * fazhi's evaluation alone: the pass over the records and the roll-up, nothing read.
   *
   * @param p the province
   * @return the evaluation
   */
  @Benchmark
  public Evaluation fazhiEvaluate(Province p) {
    return p.fazhi.evaluator().evaluate(p.ledger, SyntheticProvince.CURRENT);
  }

  /**
   * fazhi, every figure read through the columns' per-unit accessors.
   *
   * @param p the province
   * @return the filled table
   */
  @Benchmark
  public Dashboard fazhiUnitByUnit(Province p) {
    return p.fazhi.evaluateUnitByUnit(p.ledger, p.table);
  }

  /**
   * fazhi through the object API: the scorecard of every unit, its rows read into the table.
   *
   * @param p the province
   * @return the filled table
   */
  @Benchmark
  public Dashboard fazhiScorecards(Province p) {
    return p.fazhi.evaluateWithScorecards(p.ledger, p.table);
  }

  /**
   * The hand-written floor over primitive arrays.
   *
   * @param p the province
   * @return the filled table
   */
  @Benchmark
  public Dashboard baseline(Province p) {
    return p.baseline.evaluate(p.table);
  }

  /**
   * Streams {@code groupingBy} per indicator, percentages in {@code double}, means upward.
   *
   * @param p the province
   * @return the naive figures
   */
  @Benchmark
  public Naive.Result naive(Province p) {
    return p.naive.evaluate(SyntheticProvince.CURRENT_YEAR);
  }

  /**
   * Builds fazhi's ledger from the record objects: paid once per set of records, not per
   * evaluation.
   *
   * @param p the province
   * @return the ledger
   */
  @Benchmark
  public Ledger ingest(Province p) {
    return Ledger.builder(p.hierarchy).addAll(p.records).build();
  }
}
