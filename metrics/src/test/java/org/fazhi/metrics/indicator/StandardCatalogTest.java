package org.fazhi.metrics.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;
import org.fazhi.metrics.exact.ChangeKind;
import org.fazhi.metrics.exact.Comparison;
import org.fazhi.metrics.exact.Fraction;
import org.fazhi.metrics.exact.RoundingPolicy;
import org.fazhi.metrics.measure.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests {@link StandardCatalog} against the glossary of the design brief. */
class StandardCatalogTest {

  private static final Catalog CATALOG = StandardCatalog.catalog();
  private static final Optional<Target> FULL = Optional.of(Target.parse("≥100"));
  private static final Optional<Target> NONE = Optional.empty();

  @Test
  void catalog() {
    assertThat(CATALOG.id()).isEqualTo(StandardCatalog.ID).isEqualTo("fazhi-standard");
    assertThat(CATALOG.version()).isEqualTo(StandardCatalog.VERSION).isEqualTo("2024.1");
    assertThat(StandardCatalog.catalog()).isSameAs(CATALOG);
    assertThat(CATALOG.indicators()).isNotEmpty();
  }

  @Test
  void codes_areUnique() {
    assertThat(CATALOG.indicators().stream().map(Indicator::code))
        .doesNotHaveDuplicates()
        .allSatisfy(code -> assertThat(CATALOG.indicator(code).code()).isEqualTo(code));
  }

  //-----------------------------------------------------------------------
  // the glossary rates
  //-----------------------------------------------------------------------
  static Stream<Arguments> glossaryRates() {
    return Stream.of(
        // code, glossary term, numerator, denominator, exclusions, exceptions, polarity, target
        arguments("REPORT-PUBLISHED", "公布率", "report.published", "report.due", null, null,
            Polarity.HIGHER_IS_BETTER, FULL),
        arguments("REPORT-ON-TIME", "按时公开率", "report.published_on_time", "report.due", null,
            null, Polarity.HIGHER_IS_BETTER, NONE),
        arguments("CHECKLIST-PUBLISHED", "公布率", "checklist.published", "checklist.items", null,
            null, Polarity.HIGHER_IS_BETTER, FULL),
        arguments("DOC-FILING", "报备率", "document.filed", "document.issued", null, null,
            Polarity.HIGHER_IS_BETTER, FULL),
        arguments("DOC-TIMELY", "报备及时率", "document.filed_on_time", "document.filed", null,
            null, Polarity.HIGHER_IS_BETTER, FULL),
        arguments("DOC-CONFORMING", "规范率", "document.conforming", "document.filing_reviewed",
            null, null, Polarity.HIGHER_IS_BETTER, FULL),
        arguments("LIT-HEAD-APPEARANCE", "出庭应诉率", "litigation.head_appeared",
            "litigation.heard", null, null, Polarity.HIGHER_IS_BETTER, FULL),
        arguments("MED-RESOLUTION", "化解率", "mediation.resolved", "mediation.cases", null, null,
            Polarity.HIGHER_IS_BETTER, NONE),
        arguments("RECT-COMPLETION", "整改完成率", "finding.rectified", "finding.raised", null,
            "finding.long_term", Polarity.HIGHER_IS_BETTER, FULL),
        arguments("RECT-ON-TIME", "按期整改率", "finding.rectified_on_time", "finding.raised", null,
            "finding.long_term", Polarity.HIGHER_IS_BETTER, NONE),
        arguments("TASK-COMPLETION", "任务完成率", "task.completed", "task.due", "task.cancelled",
            null, Polarity.HIGHER_IS_BETTER, FULL),
        arguments("TASK-ON-TIME", "任务按时完成率", "task.completed_on_time", "task.due",
            "task.cancelled", null, Polarity.HIGHER_IS_BETTER, NONE),
        arguments("EXAM-PASS", "考试合格率", "exam.passed", "exam.sat", null, null,
            Polarity.HIGHER_IS_BETTER, NONE),
        arguments("STUDY-ATTENDANCE", "参学率", "study.attended", "study.expected", null, null,
            Polarity.HIGHER_IS_BETTER, NONE),
        arguments("SERVICE-ONLINE", "一网通办", "checklist.online[GOVERNMENT_SERVICES]",
            "checklist.items[GOVERNMENT_SERVICES]", null, null, Polarity.HIGHER_IS_BETTER, NONE),
        arguments("RECON-CORRECTION", "纠错率", "reconsideration.corrected",
            "reconsideration.decided_on_merits", null, null, Polarity.NEUTRAL, NONE),
        arguments("LIT-LOSS", "败诉率", "litigation.lost", "litigation.concluded", null, null,
            Polarity.LOWER_IS_BETTER, NONE));
  }

  @ParameterizedTest
  @MethodSource("glossaryRates")
  void glossaryRate(String code, String term, String numerator, String denominator,
      String exclusions, String exceptions, Polarity polarity, Optional<Target> target) {
    Indicator indicator = CATALOG.indicator(code);
    assertThat(indicator.chineseName()).contains(term);
    assertThat(indicator.kind()).isEqualTo(IndicatorKind.PROPORTION);
    assertThat(indicator.unit()).isEqualTo(IndicatorUnit.PERCENT);
    assertThat(indicator.formula()).isEqualTo(new Formula.Proportion(
        Measure.parse(numerator), Measure.parse(denominator),
        Optional.ofNullable(exclusions).map(Measure::parse),
        Optional.ofNullable(exceptions).map(Measure::parse)));
    assertThat(indicator.polarity()).isEqualTo(polarity);
    assertThat(indicator.target()).isEqualTo(target);
    assertThat(indicator.rounding()).isEqualTo(RoundingPolicy.DEFAULT);
    assertThat(indicator.caliber()).isNotBlank();
  }

  @Test
  void litigationLoss_lowerIsBetter() {
    assertThat(CATALOG.indicator("LIT-LOSS").polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
  }

  @Test
  void growthOfReconsiderationApplications() {
    Indicator received = CATALOG.indicator("RECON-RECEIVED");
    assertThat(received.kind()).isEqualTo(IndicatorKind.COUNT);
    assertThat(received.unit()).isEqualTo(IndicatorUnit.CASES);
    assertThat(received.formula()).isEqualTo(Formula.total(Measure.parse("reconsideration.received")));

    Indicator yoy = CATALOG.indicator("RECON-RECEIVED-YOY");
    assertThat(yoy.kind()).isEqualTo(IndicatorKind.CHANGE);
    assertThat(yoy.unit()).isEqualTo(IndicatorUnit.PERCENT);
    assertThat(yoy.formula()).isEqualTo(
        Formula.changeOf("RECON-RECEIVED", ChangeKind.RELATIVE, Comparison.YEAR_ON_YEAR));
    assertThat(yoy.formula().measures()).isEmpty();
    assertThat(yoy.chineseName()).contains("同比增长");
    // 同比增长400% is printed to one decimal at most
    assertThat(yoy.rounding()).isEqualTo(RoundingPolicy.halfUp(1));
  }

  //-----------------------------------------------------------------------
  // rules every indicator keeps
  //-----------------------------------------------------------------------
  @Test
  void everyProportion_isInPercent() {
    assertThat(CATALOG.indicators().stream().filter(i -> i.kind() == IndicatorKind.PROPORTION))
        .hasSize((int) glossaryRates().count())
        .allSatisfy(i -> assertThat(i.unit()).isEqualTo(IndicatorUnit.PERCENT));
  }

  @Test
  void everyIndicator_keepsTheRulesOfItsKind() {
    for (Indicator indicator : CATALOG.indicators()) {
      switch (indicator.kind()) {
        case PROPORTION, RATIO -> assertThat(indicator.unit()).isEqualTo(IndicatorUnit.PERCENT);
        case COUNT -> {
          assertThat(indicator.unit())
              .isNotIn(IndicatorUnit.PERCENT, IndicatorUnit.PERCENTAGE_POINTS,
                  IndicatorUnit.TEN_THOUSAND_YUAN);
          assertThat(indicator.rounding()).isEqualTo(RoundingPolicy.halfUp(0));
        }
        case SUM -> {
          assertThat(indicator.unit()).isEqualTo(IndicatorUnit.TEN_THOUSAND_YUAN);
          assertThat(indicator.rounding()).isEqualTo(RoundingPolicy.halfUp(2));
        }
        case CHANGE -> {
          Formula.ChangeOf change = (Formula.ChangeOf) indicator.formula();
          assertThat(CATALOG.indicator(change.indicatorCode()).kind())
              .isNotEqualTo(IndicatorKind.CHANGE);
        }
        default -> throw new AssertionError(indicator.kind());
      }
      // no assessment scale is shipped: scales differ by province and year
      assertThat(indicator.bands()).isEmpty();
      // every measure is one the engine derives from records
      assertThat(indicator.formula().measures())
          .allSatisfy(m -> assertThat(m.isFormOnly()).isFalse());
    }
  }

  @Test
  void measures_areDistinctStandardAndRoundTrip() {
    assertThat(CATALOG.measures()).doesNotHaveDuplicates().isNotEmpty();
    for (Measure measure : CATALOG.measures()) {
      assertThat(measure.isFormOnly()).isFalse();
      assertThat(Measure.parse(measure.toString())).isEqualTo(measure);
    }
  }

  //-----------------------------------------------------------------------
  // the counts the seed report prints
  //-----------------------------------------------------------------------
  static Stream<Arguments> seedCounts() {
    return Stream.of(
        arguments("STUDY-PRE-MEETING", "study.sessions[PRE_MEETING]", IndicatorUnit.TIMES),
        arguments("STUDY-CENTRAL-GROUP", "study.sessions[CENTRAL_GROUP]", IndicatorUnit.TIMES),
        arguments("STUDY-LECTURES", "study.sessions[LECTURE]", IndicatorUnit.SESSIONS),
        arguments("TRAINING-ATTENDANCE", "study.attended[TRAINING]", IndicatorUnit.PERSON_TIMES),
        arguments("EXAM-PRE-APPOINTMENT", "exam.held[PRE_APPOINTMENT]", IndicatorUnit.TIMES),
        arguments("EXAM-SAT", "exam.sat", IndicatorUnit.PERSONS),
        arguments("EXAM-PASSED", "exam.passed", IndicatorUnit.PERSONS),
        arguments("TASKS", "task.due", IndicatorUnit.ITEMS),
        arguments("INSPECTIONS", "inspection.held[RULE_OF_LAW_INSPECTION]", IndicatorUnit.TIMES),
        arguments("NOTICES", "notice.issued", IndicatorUnit.COPIES),
        arguments("FINDINGS-INSPECTION", "finding.raised[RULE_OF_LAW_INSPECTION]",
            IndicatorUnit.ENTRIES),
        arguments("CASE-FILE-REVIEWS", "inspection.held[CASE_FILE_REVIEW]", IndicatorUnit.ROUNDS),
        arguments("FINDINGS-CASE-FILE", "finding.raised[CASE_FILE_REVIEW]", IndicatorUnit.ENTRIES),
        arguments("FINDINGS-ISSUE-REVIEW", "finding.raised[ISSUE_REVIEW]", IndicatorUnit.ENTRIES),
        arguments("CHECKLIST-POWERS", "checklist.items[POWERS_AND_RESPONSIBILITIES]",
            IndicatorUnit.ITEMS),
        arguments("CHECKLIST-ENFORCEMENT", "checklist.items[ENFORCEMENT_MATTERS]",
            IndicatorUnit.ITEMS),
        arguments("CHECKLIST-DELEGATED", "checklist.delegated[ENFORCEMENT_MATTERS]",
            IndicatorUnit.ITEMS),
        arguments("SERVICE-CROSS-PROVINCE", "checklist.cross_province[GOVERNMENT_SERVICES]",
            IndicatorUnit.ITEMS),
        arguments("DOC-REVIEWED", "document.reviewed", IndicatorUnit.CASES),
        arguments("DOC-ISSUED", "document.issued", IndicatorUnit.CASES),
        arguments("MED-CASES", "mediation.cases", IndicatorUnit.CASES),
        arguments("MED-AMOUNT", "mediation.amount_yuan", IndicatorUnit.TEN_THOUSAND_YUAN),
        arguments("LEGAL-AID-CASES", "legal_aid.cases", IndicatorUnit.CASES),
        arguments("LEGAL-AID-RECOVERED", "legal_aid.recovered_yuan",
            IndicatorUnit.TEN_THOUSAND_YUAN),
        arguments("RECON-RECEIVED", "reconsideration.received", IndicatorUnit.CASES));
  }

  @ParameterizedTest
  @MethodSource("seedCounts")
  void seedCount(String code, String measure, IndicatorUnit unit) {
    Indicator indicator = CATALOG.indicator(code);
    assertThat(indicator.formula()).isEqualTo(Formula.total(Measure.parse(measure)));
    assertThat(indicator.unit()).isEqualTo(unit);
    assertThat(indicator.polarity()).isEqualTo(Polarity.NEUTRAL);
    assertThat(indicator.target()).isEmpty();
  }

  @Test
  void everyIndicatorIsListedHere() {
    assertThat(CATALOG.indicators())
        .hasSize((int) (glossaryRates().count() + seedCounts().count() + 1));
  }

  @Test
  void seedAmount_printsInTenThousandYuan() {
    Indicator amount = CATALOG.indicator("MED-AMOUNT");
    assertThat(amount.kind()).isEqualTo(IndicatorKind.SUM);
    assertThat(amount.rounding().round(amount.unit().toPrinted(
            Fraction.of(78_000_000))))
        .isEqualTo(new BigDecimal("7800.00"));
  }
}
