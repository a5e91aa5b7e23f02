package org.fazhi.metrics.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.metrics.indicator.StandardCatalog;
import org.fazhi.metrics.measure.Measure;
import org.fazhi.metrics.measure.StandardMeasure;
import org.fazhi.metrics.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

  static final ReportingPeriod Y2024 = ReportingPeriod.year(2024);

  @Test
  void eightThreadsEvaluatingAtOnceGetTheSingleThreadedResult() throws Exception {
    RandomRecords data = new RandomRecords(99, 200);
    Ledger ledger = Ledger.builder(data.hierarchy).addAll(data.records).build();
    Evaluator evaluator = Evaluator.of(StandardCatalog.catalog(), Caliber.standard());
    List<Scorecard> expected = evaluator.evaluate(ledger, Y2024).scorecards();
    Evaluation shared = evaluator.evaluate(ledger, Y2024);

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<List<Scorecard>>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> {
          start.await();
          List<List<Scorecard>> results = new ArrayList<>();
          for (int round = 0; round < 5; round++) {
            // A fresh evaluation of the shared ledger and evaluator, and reads of a shared one.
            results.add(evaluator.evaluate(ledger, Y2024).scorecards());
            results.add(shared.scorecards());
          }
          return results;
        }));
      }
      start.countDown();
      for (Future<List<List<Scorecard>>> future : futures) {
        for (List<Scorecard> result : future.get()) {
          assertThat(result).isEqualTo(expected);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void countsThatOverflowRaiseAnErrorInsteadOfWrappingAround() {
    Ledger ledger = Ledger.builder(EvaluationTest.HIERARCHY)
        .add(new FormCount(EvaluationTest.TOWN_A, Y2024,
            Measure.of(StandardMeasure.MEDIATION_AMOUNT_YUAN), Long.MAX_VALUE / 2 + 1))
        .add(new FormCount(EvaluationTest.TOWN_B, Y2024,
            Measure.of(StandardMeasure.MEDIATION_AMOUNT_YUAN), Long.MAX_VALUE / 2 + 1))
        .build();
    Evaluator evaluator = Evaluator.of(StandardCatalog.catalog(), Caliber.standard());

    assertThatThrownBy(() -> evaluator.evaluate(ledger, Y2024))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("exceeds 9223372036854775807 (long overflow)");
  }
}
