package org.fazhi.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.fazhi.core.cases.MediationCase;
import org.fazhi.core.document.FilingTimeLimit;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.engine.Caliber;
import org.fazhi.metrics.engine.FormCount;
import org.fazhi.metrics.engine.Ledger;
import org.fazhi.metrics.indicator.StandardCatalog;
import org.fazhi.metrics.measure.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DatasetTest {

  static final ReportingPeriod Y2024 = ReportingPeriod.year(2024);

  static Dataset.Builder minimal() {
    return Dataset.builder().title("t").source("s").unit(Samples.COUNTY).period(Y2024)
        .hierarchy(Samples.HIERARCHY);
  }

  static DatasetCount count(UnitCode unit, String period, String measure, long value) {
    return DatasetCount.of(new FormCount(unit, ReportingPeriod.parse(period),
        Measure.parse(measure), value));
  }

  @Test
  void defaultsToTheStandardCaliberCatalogAndThirtyCalendarDays() {
    Dataset dataset = minimal().build();

    assertThat(dataset.caliber()).isEqualTo(Caliber.standard());
    assertThat(dataset.catalog()).isEqualTo(StandardCatalog.catalog());
    assertThat(dataset.filingTimeLimit()).isEqualTo(FilingTimeLimit.calendarDays(30));
    assertThat(dataset.completeFor()).isEmpty();
    assertThat(dataset.ledger().isComplete(ReportingPeriod.year(1990))).isTrue();
  }

  @Test
  void theLedgerHoldsTheRecordsCountsLimitAndCompletePeriods() {
    Dataset dataset = minimal()
        .filingTimeLimit(Samples.WORKING_DAYS)
        .completeFor(ImmutableSet.of(Y2024))
        .addAllRecords(Samples.DATASET_RECORDS)
        .addCounts(count(Samples.COUNTY, "2024", "mediation.cases", 930))
        .build();

    Ledger ledger = dataset.ledger();

    assertThat(ledger.filingTimeLimit()).isEqualTo(Samples.WORKING_DAYS);
    assertThat(ledger.isComplete(ReportingPeriod.parse("2024-Q2"))).isTrue();
    assertThat(ledger.isComplete(ReportingPeriod.year(2023))).isFalse();
    assertThat(ledger.formCounts()).containsExactly(dataset.counts().get(0).count());
    // 2 tasks, 1 inspection, 1 notice, 2 findings, 2 documents, 1 reconsideration,
    // 1 lawsuit, 2 mediations, 1 legal aid, 1 session, 1 exam, 1 report, 2 checklist items
    assertThat(ledger.recordCount()).isEqualTo(18);
    assertThat(dataset.recordsOf(MediationCase.class))
        .containsExactly(Samples.MEDIATION, Samples.PENDING_MEDIATION);
    assertThat(dataset.evaluate().value(Samples.COUNTY, "MED-CASES").total()).hasValue(932);
  }

  static Stream<Arguments> inconsistent() {
    return Stream.<Arguments>of(
        Arguments.of("the scorecard's unit is not in the hierarchy",
            (UnaryOperator<Dataset.Builder>) b -> Dataset.builder().title("t").source("s")
                .unit(UnitCode.parse("640425")).period(Y2024).hierarchy(Samples.HIERARCHY),
            "Dataset.unit = 640425: must be a unit of the hierarchy"),
        Arguments.of("a record names a unit not in the hierarchy",
            (UnaryOperator<Dataset.Builder>) b -> b.addRecords(MediationCase.builder()
                .id("M").unit(UnitCode.parse("640424-XYZ"))
                .receivedDate(java.time.LocalDate.of(2024, 3, 1))
                .outcome(org.fazhi.core.cases.MediationOutcome.PENDING).build()),
            "MediationCase.unit = 640424-XYZ: is not a unit of the ledger's hierarchy"),
        Arguments.of("a record of a type a dataset does not hold",
            (UnaryOperator<Dataset.Builder>) b -> b.addRecords(Samples.TASK),
            "Dataset.records = org.fazhi.core.task.ImmutableTask: must be a record of a type a"
                + " dataset holds"),
        Arguments.of("a count given twice",
            (UnaryOperator<Dataset.Builder>) b -> b.addCounts(
                count(Samples.COUNTY, "2024", "mediation.cases", 1),
                count(Samples.COUNTY, "2024", "mediation.cases", 2)),
            "the same unit, period and measure may be counted only once"),
        Arguments.of("a count that counts towards nothing",
            (UnaryOperator<Dataset.Builder>) b -> b.addCounts(
                count(Samples.COUNTY, "2024", "legal_aid.consultations", 1)),
            "DatasetCount.measure = legal_aid.consultations: is neither a standard measure"),
        Arguments.of("a count of a period not evaluated",
            (UnaryOperator<Dataset.Builder>) b -> b.addCounts(
                count(Samples.COUNTY, "2024-Q1", "mediation.cases", 1)),
            "DatasetCount.period = 2024-Q1: a count counts only in an evaluation of exactly its"
                + " period, and this dataset evaluates [2024, 2023]"),
        Arguments.of("a published figure of an unknown indicator",
            (UnaryOperator<Dataset.Builder>) b -> b.putPublished("X-1", PublishedFigure.of("5%")),
            "Indicator.code = X-1: is not in catalog fazhi-standard 2024.1"),
        Arguments.of("a blank remark",
            (UnaryOperator<Dataset.Builder>) b -> b.putRemarks("LIT-LOSS", " "),
            "Dataset.remarks(LIT-LOSS) = \" \": must not be blank"),
        Arguments.of("an illustrative code not in the catalog",
            (UnaryOperator<Dataset.Builder>) b -> b.addIllustrative("LIT-HEAD"),
            "Indicator.code = LIT-HEAD: is not in catalog"),
        Arguments.of("a blank title",
            (UnaryOperator<Dataset.Builder>) b -> Dataset.builder().title(" ").source("s")
                .unit(Samples.COUNTY).period(Y2024).hierarchy(Samples.HIERARCHY),
            "Dataset.title = \" \": must not be blank"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inconsistent")
  void anInconsistentDatasetCannotBeBuilt(
      String name, UnaryOperator<Dataset.Builder> change, String message) {
    assertThatThrownBy(() -> change.apply(minimal()).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining(message);
  }

  @Test
  void countsAndFiguresValidateTheirText() {
    assertThatThrownBy(() -> DatasetCount.builder()
            .count(new FormCount(Samples.COUNTY, Y2024, Measure.parse("mediation.cases"), 1))
            .source("  ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("DatasetCount.source = \"  \": must not be blank");
    assertThatThrownBy(() -> PublishedFigure.of("many"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("PrintedFigure");
    assertThat(PublishedFigure.of("同比增长400%").quote()).isEmpty();
    assertThat(DatasetCount.of(new FormCount(Samples.COUNTY, Y2024,
        Measure.parse("mediation.cases"), 1)).illustrative()).isFalse();
  }

  @Test
  void equalDatasetsAreEqual() {
    new EqualsTester()
        .addEqualityGroup(minimal().build(), minimal().build())
        .addEqualityGroup(minimal().addRecords(Samples.MEDIATION).build())
        .addEqualityGroup(minimal().putPublished("LIT-LOSS", PublishedFigure.of("0%")).build())
        .addEqualityGroup(minimal().completeFor(ImmutableSet.of()).build())
        .addEqualityGroup(DatasetCount.of(
            new FormCount(Samples.COUNTY, Y2024, Measure.parse("mediation.cases"), 1)))
        .addEqualityGroup(PublishedFigure.of("5%"), PublishedFigure.builder().figure("5%").build())
        .testEquals();
  }

  @Test
  void nullArgumentsAreRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(DatasetCount.class);
    tester.testAllPublicStaticMethods(PublishedFigure.class);
    tester.testAllPublicInstanceMethods(minimal().build());
  }
}
