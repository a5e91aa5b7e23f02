package org.fazhi.metrics.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.fazhi.metrics.testing.Invalid.assertInvalid;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fazhi.core.checklist.ChecklistKind;
import org.fazhi.core.study.ExamKind;
import org.fazhi.core.study.StudyKind;
import org.fazhi.core.supervision.InspectionKind;
import org.fazhi.core.validation.ChineseTerm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link Measure}, over every {@link StandardMeasure} and every qualifier. */
class MeasureTest {

  /** Measure.of for a qualifier whose vocabulary is known only at run time. */
  private static Measure qualified(StandardMeasure standard, Enum<?> qualifier) {
    if (qualifier instanceof InspectionKind k) {
      return Measure.of(standard, k);
    }
    if (qualifier instanceof ChecklistKind k) {
      return Measure.of(standard, k);
    }
    if (qualifier instanceof StudyKind k) {
      return Measure.of(standard, k);
    }
    if (qualifier instanceof ExamKind k) {
      return Measure.of(standard, k);
    }
    throw new AssertionError("a qualifier vocabulary this test does not know: " + qualifier);
  }

  //-----------------------------------------------------------------------
  // every standard measure, every qualifier
  //-----------------------------------------------------------------------
  @Test
  void standardCodes_areUniqueAndWellFormed() {
    Pattern code = Pattern.compile("[a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)+");
    assertThat(Arrays.stream(StandardMeasure.values()).map(StandardMeasure::code))
        .doesNotHaveDuplicates()
        .allSatisfy(c -> assertThat(c).matches(code));
    assertThat(Arrays.stream(StandardMeasure.values()).map(StandardMeasure::chinese))
        .allSatisfy(c -> assertThat(c).isNotBlank());
    assertThat(Arrays.stream(StandardMeasure.values()).map(StandardMeasure::english))
        .allSatisfy(c -> assertThat(c).isNotBlank());
  }

  @ParameterizedTest
  @EnumSource(StandardMeasure.class)
  void of_parse_toString_roundTrip(StandardMeasure standard) {
    Measure measure = Measure.of(standard);
    assertThat(measure).hasToString(standard.code());
    assertThat(measure.code()).isEqualTo(standard.code());
    assertThat(Measure.parse(measure.toString())).isEqualTo(measure).hasToString(standard.code());
    assertThat(measure.standard()).contains(standard);
    assertThat(measure.qualifierOrdinal()).isEmpty();
    assertThat(measure.isFormOnly()).isFalse();
    assertThat(measure.chineseName()).isEqualTo(standard.chinese());
    assertThat(measure.englishName()).isEqualTo(standard.english());
  }

  static Stream<StandardMeasure> qualifiedMeasures() {
    return Arrays.stream(StandardMeasure.values()).filter(m -> m.qualifierType().isPresent());
  }

  static Stream<StandardMeasure> unqualifiedMeasures() {
    return Arrays.stream(StandardMeasure.values()).filter(m -> m.qualifierType().isEmpty());
  }

  @Test
  void standardMeasures_qualifiedAndNot() {
    assertThat(qualifiedMeasures()).contains(StandardMeasure.FINDINGS, StandardMeasure.EXAM_SAT);
    assertThat(unqualifiedMeasures()).contains(StandardMeasure.TASKS_DUE, StandardMeasure.NOTICES);
  }

  @ParameterizedTest
  @MethodSource("qualifiedMeasures")
  void of_qualified_parse_toString_roundTrip_everyQualifier(StandardMeasure standard) {
    Enum<?>[] qualifiers = standard.qualifierType().get().getEnumConstants();
    assertThat(qualifiers).isNotEmpty();
    for (Enum<?> qualifier : qualifiers) {
      String code = standard.code() + "[" + qualifier.name() + "]";
      Measure measure = qualified(standard, qualifier);
      assertThat(measure).hasToString(code);
      assertThat(measure.code()).isEqualTo(code);
      assertThat(Measure.parse(code)).isEqualTo(measure).hasToString(code);
      assertThat(Measure.parse(measure.toString()).qualifierOrdinal())
          .isEqualTo(OptionalInt.of(qualifier.ordinal()));
      assertThat(measure.standard()).contains(standard);
      assertThat(measure.isFormOnly()).isFalse();
      assertThat(measure).isNotEqualTo(Measure.of(standard));
      assertThat(measure.chineseName())
          .isEqualTo(standard.chinese() + "（" + ((ChineseTerm) qualifier).chinese() + "）");
      assertThat(measure.englishName())
          .isEqualTo(standard.english() + " (" + qualifier.name() + ")");
    }
  }

  @ParameterizedTest
  @MethodSource("unqualifiedMeasures")
  void of_unqualifiedMeasureTakesNoQualifier(StandardMeasure standard) {
    assertInvalid(() -> Measure.of(standard, InspectionKind.ISSUE_REVIEW),
        "Measure.qualifier = ISSUE_REVIEW: measure " + standard.code() + " is qualified by nothing");
    assertInvalid(() -> Measure.parse(standard.code() + "[ISSUE_REVIEW]"),
        "Measure.code = " + standard.code() + "[ISSUE_REVIEW]: measure " + standard.code()
            + " takes no qualifier");
  }

  //-----------------------------------------------------------------------
  // of(StandardMeasure, qualifier)
  //-----------------------------------------------------------------------
  @Test
  void of_qualified() {
    Measure measure = Measure.of(StandardMeasure.FINDINGS, InspectionKind.ISSUE_REVIEW);
    assertThat(measure).hasToString("finding.raised[ISSUE_REVIEW]");
    assertThat(measure.chineseName()).isEqualTo("发现问题（问题梳理）");
    assertThat(measure.englishName()).isEqualTo("findings raised (ISSUE_REVIEW)");
    assertThat(measure.qualifierOrdinal()).hasValue(InspectionKind.ISSUE_REVIEW.ordinal());
  }

  @Test
  void of_qualifierOfAnotherVocabulary() {
    assertInvalid(() -> Measure.of(StandardMeasure.FINDINGS, StudyKind.LECTURE),
        "Measure.qualifier = LECTURE: measure finding.raised is qualified by InspectionKind");
    assertInvalid(() -> Measure.of(StandardMeasure.STUDY_SESSIONS, ExamKind.OTHER),
        "Measure.qualifier = OTHER: measure study.sessions is qualified by StudyKind");
    assertInvalid(() -> Measure.of(StandardMeasure.CHECKLIST_ITEMS, InspectionKind.ISSUE_REVIEW),
        "Measure.qualifier = ISSUE_REVIEW: measure checklist.items is qualified by ChecklistKind");
  }

  //-----------------------------------------------------------------------
  // parse(String)
  //-----------------------------------------------------------------------
  @ParameterizedTest
  @ValueSource(strings = {"", "task", "Task.due", "task.Due", "task..due", ".task", "task.",
      "task.due ", " task.due", "task-due", "1task.due", "task.1due", "finding.raised[]",
      "finding.raised[issue_review]", "finding.raised[ISSUE_REVIEW", "finding.raised ISSUE_REVIEW",
      "finding.raised[ISSUE-REVIEW]", "finding.raised[1A]", "任务.到期", "tası.due"})
  void parse_malformed(String code) {
    assertInvalid(() -> Measure.parse(code),
        "Measure.code = \"" + code + "\": must be dotted lower-case words, optionally with a"
            + " [QUALIFIER]");
  }

  @Test
  void parse_unknownQualifier() {
    assertInvalid(() -> Measure.parse("finding.raised[LECTURE]"),
        "Measure.code = finding.raised[LECTURE]: the qualifier must be a constant of"
            + " InspectionKind");
  }

  @Test
  void parse_formOnly() {
    Measure measure = Measure.parse("legal_aid.consultations");
    assertThat(measure.isFormOnly()).isTrue();
    assertThat(measure.standard()).isEmpty();
    assertThat(measure.qualifierOrdinal()).isEmpty();
    assertThat(measure).hasToString("legal_aid.consultations");
    assertThat(measure.chineseName()).isEqualTo("legal_aid.consultations");
    assertThat(measure.englishName()).isEqualTo("legal_aid.consultations");
  }

  @Test
  void parse_formOnlyTakesNoQualifier() {
    assertInvalid(() -> Measure.parse("legal_aid.consultations[PHONE]"),
        "Measure.code = legal_aid.consultations[PHONE]: only standard measures take a qualifier");
  }

  //-----------------------------------------------------------------------
  // formOnly(String)
  //-----------------------------------------------------------------------
  static Stream<Arguments> formOnlyCodes() {
    return Stream.of(
        arguments("legal_aid.consultations"),
        arguments("legal_aid.duty_lawyers"),
        arguments("services.cross_province.high_frequency"),
        arguments("a.b"),
        arguments("disputes.model_2p1p3"));
  }

  @ParameterizedTest
  @MethodSource("formOnlyCodes")
  void formOnly(String code) {
    Measure measure = Measure.formOnly(code);
    assertThat(measure.isFormOnly()).isTrue();
    assertThat(measure).hasToString(code).isEqualTo(Measure.parse(code));
    assertThat(Measure.parse(measure.toString())).isEqualTo(measure);
  }

  @ParameterizedTest
  @EnumSource(StandardMeasure.class)
  void formOnly_rejectsStandardCodes(StandardMeasure standard) {
    assertInvalid(() -> Measure.formOnly(standard.code()),
        "Measure.code = " + standard.code()
            + ": is a standard measure; use Measure.of or Measure.parse");
  }

  @Test
  void formOnly_rejectsMalformedAndQualifiedCodes() {
    assertInvalid(() -> Measure.formOnly("Legal_aid"),
        "Measure.code = \"Legal_aid\": must be dotted lower-case words, optionally with a"
            + " [QUALIFIER]");
    assertInvalid(() -> Measure.formOnly("legal_aid.cases[OTHER]"),
        "Measure.code = legal_aid.cases[OTHER]: measure legal_aid.cases takes no qualifier");
    assertInvalid(() -> Measure.formOnly("legal_aid.consultations[PHONE]"),
        "Measure.code = legal_aid.consultations[PHONE]: only standard measures take a qualifier");
  }

  //-----------------------------------------------------------------------
  // equals(), hashCode(), nulls
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(Measure.of(StandardMeasure.FINDINGS), Measure.parse("finding.raised"))
        .addEqualityGroup(Measure.of(StandardMeasure.FINDINGS, InspectionKind.ISSUE_REVIEW),
            Measure.parse("finding.raised[ISSUE_REVIEW]"))
        .addEqualityGroup(Measure.of(StandardMeasure.FINDINGS, InspectionKind.CASE_FILE_REVIEW))
        .addEqualityGroup(Measure.of(StandardMeasure.FINDINGS_RECTIFIED))
        .addEqualityGroup(Measure.formOnly("legal_aid.consultations"),
            Measure.parse("legal_aid.consultations"))
        .addEqualityGroup("finding.raised")
        .testEquals();
  }

  @Test
  void nulls() throws NoSuchMethodException {
    // the qualifier's type is a type variable, for which the tester has no sample: checked below
    Method qualified = Measure.class.getMethod("of", StandardMeasure.class, Enum.class);
    NullPointerTester tester = new NullPointerTester()
        .setDefault(StandardMeasure.class, StandardMeasure.FINDINGS)
        .setDefault(String.class, "legal_aid.consultations")
        .ignore(qualified);
    tester.testAllPublicStaticMethods(Measure.class);
    tester.testAllPublicInstanceMethods(Measure.of(StandardMeasure.FINDINGS));
    assertThatNullPointerException()
        .isThrownBy(() -> Measure.of(null, InspectionKind.ISSUE_REVIEW))
        .withMessage("standard");
    assertThatNullPointerException()
        .isThrownBy(() -> Measure.of(StandardMeasure.FINDINGS, (InspectionKind) null))
        .withMessage("qualifier");
  }
}
