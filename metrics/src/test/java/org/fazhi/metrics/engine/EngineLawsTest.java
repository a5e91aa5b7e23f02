package org.fazhi.metrics.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.fazhi.core.checklist.Checklist;
import org.fazhi.core.document.FilingTimeLimit;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.period.WorkingCalendar;
import org.fazhi.core.supervision.RectificationLedger;
import org.fazhi.core.unit.OrgUnit;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.metrics.indicator.Catalog;
import org.fazhi.metrics.indicator.Formula;
import org.fazhi.metrics.indicator.Indicator;
import org.fazhi.metrics.indicator.IndicatorUnit;
import org.fazhi.metrics.indicator.Polarity;
import org.fazhi.metrics.indicator.StandardCatalog;
import org.fazhi.metrics.indicator.TargetBasis;
import org.fazhi.metrics.measure.Measure;
import org.fazhi.metrics.measure.StandardMeasure;
import org.fazhi.metrics.scorecard.Scorecard;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties of the engine checked on seeded random records of every type. */
class EngineLawsTest {

  static final ReportingPeriod Y2024 = ReportingPeriod.year(2024);

  /** Every standard measure, and every qualified measure, as a total indicator. */
  static final List<Measure> MEASURES = allMeasures();

  static final Catalog EVERY_MEASURE = everyMeasureCatalog();

  static List<Measure> allMeasures() {
    List<Measure> measures = new ArrayList<>();
    for (StandardMeasure standard : StandardMeasure.values()) {
      measures.add(Measure.of(standard));
      standard.qualifierType().ifPresent(type -> {
        for (Enum<?> constant : type.getEnumConstants()) {
          measures.add(Measure.parse(standard.code() + "[" + constant.name() + "]"));
        }
      });
    }
    return List.copyOf(measures);
  }

  static Catalog everyMeasureCatalog() {
    Catalog.Builder catalog = Catalog.builder().id("every-measure").version("1");
    for (int i = 0; i < MEASURES.size(); i++) {
      catalog.addIndicators(Indicator.builder()
          .code("M-" + i).chineseName(MEASURES.get(i).chineseName())
          .englishName(MEASURES.get(i).englishName())
          .formula(Formula.total(MEASURES.get(i))).unit(IndicatorUnit.ITEMS)
          .polarity(Polarity.NEUTRAL).build());
    }
    return catalog.build();
  }

  static Stream<Arguments> seedsAndCalibers() {
    return Stream.of(
        Arguments.of(1L, Caliber.standard(), FilingTimeLimit.calendarDays(30)),
        Arguments.of(6L, Caliber.asOf(LocalDate.of(2024, 6, 30), TargetBasis.FULL_VALUE),
            FilingTimeLimit.calendarDays(30)),
        Arguments.of(7L, Caliber.asOf(LocalDate.of(2025, 2, 28), TargetBasis.FULL_VALUE),
            FilingTimeLimit.calendarDays(30)),
        Arguments.of(2L, lag(59), FilingTimeLimit.calendarDays(15)),
        Arguments.of(3L, lag(0), FilingTimeLimit.workingDays(3, WorkingCalendar.of(
            java.util.Set.of(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 2)),
            java.util.Set.of(LocalDate.of(2024, 9, 29))))),
        Arguments.of(4L, lag(120), FilingTimeLimit.calendarDays(30)),
        Arguments.of(5L, lag(366), FilingTimeLimit.calendarDays(0)));
  }

  static Caliber lag(int days) {
    return Caliber.of(days, TargetBasis.FULL_VALUE);
  }

  @ParameterizedTest
  @MethodSource("seedsAndCalibers")
  void everyCountAgreesWithTheDomainRulesForEveryUnitAndPeriod(
      long seed, Caliber caliber, FilingTimeLimit limit) {
    RandomRecords data = new RandomRecords(seed, 150);
    Ledger ledger = Ledger.builder(data.hierarchy).filingTimeLimit(limit)
        .addAll(data.records).build();
    Evaluation evaluation = Evaluator.of(EVERY_MEASURE, caliber).evaluate(ledger, Y2024);
    DomainCounts oracle = new DomainCounts(data.hierarchy, data.records, limit);

    long nonZero = 0;
    for (ReportingPeriod period : evaluation.periods()) {
      LocalDate asOf = caliber.asOf(period, Y2024);
      for (UnitCode unit : data.units) {
        for (Measure measure : MEASURES) {
          long expected = oracle.count(measure, unit, period, asOf);
          assertThat(evaluation.count(unit, measure, period))
              .as("%s of %s in %s", measure, unit, period)
              .isEqualTo(expected);
          nonZero += expected == 0 ? 0 : 1;
        }
      }
    }
    // The data must exercise the rules, not just agree on zeros.
    assertThat(nonZero).isGreaterThan(MEASURES.size() * 4L);
  }

  /** The measures that count every record of a family, or of one kind of it, once. */
  static final Map<String, List<StandardMeasure>> PLACED_BY = Map.ofEntries(
      Map.entry("task", List.of(StandardMeasure.TASKS_DUE)),
      Map.entry("inspection", List.of(StandardMeasure.INSPECTIONS)),
      Map.entry("notice", List.of(StandardMeasure.NOTICES)),
      Map.entry("finding", List.of(StandardMeasure.FINDINGS)),
      Map.entry("document",
          List.of(StandardMeasure.DOCUMENTS_REVIEWED, StandardMeasure.DOCUMENTS_ISSUED)),
      Map.entry("reconsideration", List.of(StandardMeasure.RECONSIDERATION_RECEIVED)),
      Map.entry("litigation", List.of(StandardMeasure.LITIGATION_FILED,
          StandardMeasure.LITIGATION_HEARD, StandardMeasure.LITIGATION_CONCLUDED)),
      Map.entry("mediation", List.of(StandardMeasure.MEDIATION_CASES)),
      Map.entry("legal_aid", List.of(StandardMeasure.LEGAL_AID_CASES)),
      Map.entry("study", List.of(StandardMeasure.STUDY_SESSIONS)),
      Map.entry("exam", List.of(StandardMeasure.EXAMS)),
      Map.entry("report", List.of(StandardMeasure.REPORTS_DUE)),
      Map.entry("checklist", List.of(StandardMeasure.CHECKLIST_ITEMS)));

  /** The families whose records each carry a kind: they make only that kind's counts known. */
  static final Set<String> KINDED =
      Set.of("inspection", "finding", "study", "exam", "checklist");

  @ParameterizedTest
  @ValueSource(longs = {41, 42})
  void recordsMakeTheirFamilyKnownWhereTheyFallAndNowhereElse(long seed) {
    RandomRecords data = new RandomRecords(seed, 60);
    Evaluator evaluator = Evaluator.of(EVERY_MEASURE, Caliber.standard());
    Evaluation partial = evaluator.evaluate(
        Ledger.builder(data.hierarchy).completeFor().addAll(data.records).build(), Y2024);
    Evaluation counts = evaluator.evaluate(
        Ledger.builder(data.hierarchy).addAll(data.records).build(), Y2024);

    int known = 0;
    int unknown = 0;
    for (ReportingPeriod period : partial.periods()) {
      for (UnitCode unit : data.units) {
        for (Measure measure : MEASURES) {
          StandardMeasure standard = measure.standard().orElseThrow();
          String family = standard.family();
          boolean expected;
          if (measure.qualifierOrdinal().isEmpty()) {
            expected = !KINDED.contains(family) && PLACED_BY.get(family).stream()
                .anyMatch(m -> counts.count(unit, Measure.of(m), period) > 0);
          } else {
            String kind = measure.code().substring(measure.code().indexOf('['));
            expected = PLACED_BY.get(family).stream()
                .anyMatch(m -> counts.count(unit, Measure.parse(m.code() + kind), period) > 0);
          }
          assertThat(partial.isKnown(unit, measure, period))
              .as("%s of %s in %s", measure, unit, period)
              .isEqualTo(expected);
          known += expected ? 1 : 0;
          unknown += expected ? 0 : 1;
        }
      }
    }
    assertThat(known).isGreaterThan(MEASURES.size());
    assertThat(unknown).isGreaterThan(MEASURES.size());
  }

  @ParameterizedTest
  @ValueSource(longs = {51, 52})
  void theLedgerCountsEveryRecordOnceEachFindingAndItemApart(long seed) {
    RandomRecords data = new RandomRecords(seed, 40);
    long expected = 0;
    for (Object record : data.records) {
      if (record instanceof RectificationLedger r) {
        expected += r.inspections().size() + r.notices().size() + r.findings().size();
      } else if (record instanceof Checklist c) {
        expected += c.items().size();
      } else {
        expected += 1;
      }
    }

    assertThat(Ledger.builder(data.hierarchy).addAll(data.records).build().recordCount())
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13})
  void rollingUpEqualsCountingTheFlattenedRecords(long seed) {
    RandomRecords data = new RandomRecords(seed, 100);
    Evaluation evaluation = Evaluator.of(EVERY_MEASURE, Caliber.standard())
        .evaluate(Ledger.builder(data.hierarchy).addAll(data.records).build(), Y2024);
    for (OrgUnit unit : data.hierarchy.units()) {
      List<OrgUnit> children = data.hierarchy.children(unit.code());
      for (Measure measure : MEASURES) {
        long childrenTotal = children.stream()
            .mapToLong(child -> evaluation.count(child.code(), measure, Y2024)).sum();
        assertThat(evaluation.count(unit.code(), measure, Y2024))
            .as("%s of %s", measure, unit)
            .isGreaterThanOrEqualTo(childrenTotal);
      }
    }
    // The root holds everything: the same as a hierarchy of one unit holding all records.
    UnitCode root = data.hierarchy.roots().get(0).code();
    DomainCounts flat = new DomainCounts(data.hierarchy, data.records,
        FilingTimeLimit.calendarDays(30));
    for (Measure measure : MEASURES) {
      assertThat(evaluation.count(root, measure, Y2024))
          .isEqualTo(flat.count(measure, root, Y2024, Y2024.end()));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23})
  void partialLedgersMergeByAddition(long seed) {
    RandomRecords data = new RandomRecords(seed, 100);
    List<Object> first = new ArrayList<>();
    List<Object> second = new ArrayList<>();
    Random random = new Random(seed);
    for (Object record : data.records) {
      (random.nextBoolean() ? first : second).add(record);
    }
    Evaluator evaluator = Evaluator.of(EVERY_MEASURE, Caliber.standard());
    Evaluation whole = evaluator.evaluate(
        Ledger.builder(data.hierarchy).addAll(data.records).build(), Y2024);
    Evaluation a = evaluator.evaluate(Ledger.builder(data.hierarchy).addAll(first).build(), Y2024);
    Evaluation b = evaluator.evaluate(Ledger.builder(data.hierarchy).addAll(second).build(), Y2024);
    for (ReportingPeriod period : whole.periods()) {
      for (UnitCode unit : data.units) {
        for (Measure measure : MEASURES) {
          assertThat(a.count(unit, measure, period) + b.count(unit, measure, period))
              .isEqualTo(whole.count(unit, measure, period));
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {41, 42})
  void countsDoNotDependOnWhichOtherMeasuresACatalogReads(long seed) {
    RandomRecords data = new RandomRecords(seed, 100);
    Ledger ledger = Ledger.builder(data.hierarchy).addAll(data.records).build();
    Evaluation every = Evaluator.of(EVERY_MEASURE, Caliber.standard()).evaluate(ledger, Y2024);
    Evaluation standard = Evaluator.of(StandardCatalog.catalog(), Caliber.standard())
        .evaluate(ledger, Y2024);
    for (StandardMeasure measure : StandardMeasure.values()) {
      for (UnitCode unit : data.units) {
        assertThat(standard.count(unit, Measure.of(measure), Y2024))
            .as("%s of %s", measure, unit)
            .isEqualTo(every.count(unit, Measure.of(measure), Y2024));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {31, 32, 33})
  void theOrderInWhichRecordsArriveChangesNothing(long seed) {
    RandomRecords data = new RandomRecords(seed, 100);
    List<Object> shuffled = new ArrayList<>(data.records);
    Collections.shuffle(shuffled, new Random(seed));
    Evaluator evaluator = Evaluator.of(StandardCatalog.catalog(), Caliber.standard());
    List<Scorecard> inOrder = evaluator.evaluate(
        Ledger.builder(data.hierarchy).addAll(data.records).build(), Y2024).scorecards();
    List<Scorecard> outOfOrder = evaluator.evaluate(
        Ledger.builder(data.hierarchy).addAll(shuffled).build(), Y2024).scorecards();

    assertThat(outOfOrder).isEqualTo(inOrder);
  }
}
