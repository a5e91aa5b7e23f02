package org.fazhi.metrics.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.fazhi.metrics.testing.Invalid.assertInvalid;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Optional;
import org.fazhi.core.supervision.InspectionKind;
import org.fazhi.metrics.exact.ChangeKind;
import org.fazhi.metrics.exact.Comparison;
import org.fazhi.metrics.measure.Measure;
import org.fazhi.metrics.measure.StandardMeasure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link Formula} and its four forms. */
class FormulaTest {

  private static final Measure RECTIFIED = Measure.of(StandardMeasure.FINDINGS_RECTIFIED);
  private static final Measure FINDINGS = Measure.of(StandardMeasure.FINDINGS);
  private static final Measure LONG_TERM = Measure.of(StandardMeasure.FINDINGS_LONG_TERM);
  private static final Measure TASKS_COMPLETED = Measure.of(StandardMeasure.TASKS_COMPLETED);
  private static final Measure TASKS_DUE = Measure.of(StandardMeasure.TASKS_DUE);
  private static final Measure CANCELLED = Measure.of(StandardMeasure.TASKS_CANCELLED);

  //-----------------------------------------------------------------------
  // proportion(Measure, Measure), excluding(Measure), excepting(Measure)
  //-----------------------------------------------------------------------
  @Test
  void proportion() {
    Formula.Proportion formula = Formula.proportion(RECTIFIED, FINDINGS);
    assertThat(formula.numerator()).isEqualTo(RECTIFIED);
    assertThat(formula.denominator()).isEqualTo(FINDINGS);
    assertThat(formula.exclusions()).isEmpty();
    assertThat(formula.exceptions()).isEmpty();
    assertThat(formula.measures()).containsExactly(RECTIFIED, FINDINGS);
  }

  @Test
  void proportion_excepting() {
    Formula.Proportion formula = Formula.proportion(RECTIFIED, FINDINGS).excepting(LONG_TERM);
    assertThat(formula.exceptions()).contains(LONG_TERM);
    assertThat(formula.exclusions()).isEmpty();
    assertThat(formula.measures()).containsExactly(RECTIFIED, FINDINGS, LONG_TERM);
  }

  @Test
  void proportion_excluding() {
    Formula.Proportion formula = Formula.proportion(TASKS_COMPLETED, TASKS_DUE).excluding(CANCELLED);
    assertThat(formula.exclusions()).contains(CANCELLED);
    assertThat(formula.exceptions()).isEmpty();
    assertThat(formula.measures()).containsExactly(TASKS_COMPLETED, TASKS_DUE, CANCELLED);
  }

  @Test
  void proportion_measures_exclusionsBeforeExceptionsWhateverTheOrderOfCalls() {
    Formula.Proportion a = Formula.proportion(TASKS_COMPLETED, TASKS_DUE)
        .excepting(LONG_TERM).excluding(CANCELLED);
    Formula.Proportion b = Formula.proportion(TASKS_COMPLETED, TASKS_DUE)
        .excluding(CANCELLED).excepting(LONG_TERM);
    assertThat(a).isEqualTo(b);
    assertThat(a.measures()).containsExactly(TASKS_COMPLETED, TASKS_DUE, CANCELLED, LONG_TERM);
  }

  @Test
  void proportion_isImmutable() {
    Formula.Proportion plain = Formula.proportion(RECTIFIED, FINDINGS);
    Formula.Proportion excepted = plain.excepting(LONG_TERM);
    Formula.Proportion replaced = excepted.excepting(CANCELLED);
    assertThat(plain.exceptions()).isEmpty();
    assertThat(excepted.exceptions()).contains(LONG_TERM);
    assertThat(replaced.exceptions()).contains(CANCELLED);
  }

  @Test
  void proportion_constructorRejectsNulls() {
    assertThatNullPointerException()
        .isThrownBy(() -> new Formula.Proportion(null, FINDINGS, Optional.empty(), Optional.empty()))
        .withMessage("numerator");
    assertThatNullPointerException()
        .isThrownBy(() -> new Formula.Proportion(RECTIFIED, null, Optional.empty(), Optional.empty()))
        .withMessage("denominator");
    assertThatNullPointerException()
        .isThrownBy(() -> new Formula.Proportion(RECTIFIED, FINDINGS, null, Optional.empty()))
        .withMessage("exclusions");
    assertThatNullPointerException()
        .isThrownBy(() -> new Formula.Proportion(RECTIFIED, FINDINGS, Optional.empty(), null))
        .withMessage("exceptions");
  }

  //-----------------------------------------------------------------------
  // ratio(Measure, Measure), total(Measure)
  //-----------------------------------------------------------------------
  @Test
  void ratio() {
    Measure received = Measure.of(StandardMeasure.RECONSIDERATION_RECEIVED);
    Measure cases = Measure.of(StandardMeasure.LITIGATION_FILED);
    Formula.Ratio formula = Formula.ratio(received, cases);
    assertThat(formula.numerator()).isEqualTo(received);
    assertThat(formula.denominator()).isEqualTo(cases);
    assertThat(formula.measures()).containsExactly(received, cases);
  }

  @Test
  void total() {
    Measure issueReview = Measure.of(StandardMeasure.FINDINGS, InspectionKind.ISSUE_REVIEW);
    Formula.Total formula = Formula.total(issueReview);
    assertThat(formula.measure()).isEqualTo(issueReview);
    assertThat(formula.measures()).containsExactly(issueReview);
  }

  //-----------------------------------------------------------------------
  // changeOf(String, ChangeKind, Comparison)
  //-----------------------------------------------------------------------
  @Test
  void changeOf() {
    Formula.ChangeOf formula =
        Formula.changeOf("RECON-RECEIVED", ChangeKind.RELATIVE, Comparison.YEAR_ON_YEAR);
    assertThat(formula.indicatorCode()).isEqualTo("RECON-RECEIVED");
    assertThat(formula.kind()).isEqualTo(ChangeKind.RELATIVE);
    assertThat(formula.comparison()).isEqualTo(Comparison.YEAR_ON_YEAR);
    assertThat(formula.measures()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n"})
  void changeOf_blankCode(String code) {
    assertInvalid(() -> Formula.changeOf(code, ChangeKind.POINTS, Comparison.YEAR_ON_YEAR),
        "ChangeOf.indicatorCode = \"" + code + "\": must not be blank");
  }

  //-----------------------------------------------------------------------
  // equals(), hashCode(), nulls
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(Formula.proportion(RECTIFIED, FINDINGS),
            Formula.proportion(Measure.parse("finding.rectified"), Measure.parse("finding.raised")),
            new Formula.Proportion(RECTIFIED, FINDINGS, Optional.empty(), Optional.empty()))
        .addEqualityGroup(Formula.proportion(FINDINGS, RECTIFIED))
        .addEqualityGroup(Formula.proportion(RECTIFIED, FINDINGS).excepting(LONG_TERM))
        .addEqualityGroup(Formula.proportion(RECTIFIED, FINDINGS).excluding(LONG_TERM))
        .addEqualityGroup(Formula.ratio(RECTIFIED, FINDINGS))
        .addEqualityGroup(Formula.total(FINDINGS), Formula.total(Measure.parse("finding.raised")))
        .addEqualityGroup(
            Formula.total(Measure.of(StandardMeasure.FINDINGS, InspectionKind.ISSUE_REVIEW)))
        .addEqualityGroup(Formula.changeOf("A", ChangeKind.RELATIVE, Comparison.YEAR_ON_YEAR),
            new Formula.ChangeOf("A", ChangeKind.RELATIVE, Comparison.YEAR_ON_YEAR))
        .addEqualityGroup(Formula.changeOf("B", ChangeKind.RELATIVE, Comparison.YEAR_ON_YEAR))
        .addEqualityGroup(Formula.changeOf("A", ChangeKind.POINTS, Comparison.YEAR_ON_YEAR))
        .addEqualityGroup(Formula.changeOf("A", ChangeKind.RELATIVE, Comparison.PERIOD_ON_PERIOD))
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Measure.class, FINDINGS)
        .setDefault(String.class, "RECON-RECEIVED");
    tester.testAllPublicStaticMethods(Formula.class);
    tester.testAllPublicConstructors(Formula.Proportion.class);
    tester.testAllPublicConstructors(Formula.Ratio.class);
    tester.testAllPublicConstructors(Formula.Total.class);
    tester.testAllPublicConstructors(Formula.ChangeOf.class);
    tester.testAllPublicInstanceMethods(Formula.proportion(RECTIFIED, FINDINGS));
  }
}
