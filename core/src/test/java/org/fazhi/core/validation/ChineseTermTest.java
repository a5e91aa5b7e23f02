package org.fazhi.core.validation;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.reflect.ClassPath;
import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fazhi.core.cases.LegalAidKind;
import org.fazhi.core.cases.LitigationOutcome;
import org.fazhi.core.cases.MediationOutcome;
import org.fazhi.core.cases.ReconsiderationDecision;
import org.fazhi.core.checklist.ChecklistKind;
import org.fazhi.core.checklist.PowerCategory;
import org.fazhi.core.checklist.ServiceMode;
import org.fazhi.core.document.ReviewOutcome;
import org.fazhi.core.study.ExamKind;
import org.fazhi.core.study.StudyKind;
import org.fazhi.core.supervision.FindingStatus;
import org.fazhi.core.supervision.InspectionKind;
import org.fazhi.core.task.TaskStatus;
import org.fazhi.core.unit.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests {@link ChineseTerm} and every vocabulary that implements it: each constant parses from its
 * Chinese term and from its name, and nothing else parses.
 */
class ChineseTermTest {

  /** Every vocabulary of the core; {@link #vocabularies_listIsComplete()} keeps it complete. */
  private static final List<Class<? extends Enum<?>>> VOCABULARIES = List.of(
      LegalAidKind.class,
      LitigationOutcome.class,
      MediationOutcome.class,
      ReconsiderationDecision.class,
      ChecklistKind.class,
      PowerCategory.class,
      ServiceMode.class,
      ReviewOutcome.class,
      ExamKind.class,
      StudyKind.class,
      FindingStatus.class,
      InspectionKind.class,
      TaskStatus.class,
      UnitKind.class);

  static Stream<Class<? extends Enum<?>>> vocabularies() {
    return VOCABULARIES.stream();
  }

  static Stream<Enum<?>> constants() {
    return vocabularies().flatMap(type -> Arrays.stream(type.getEnumConstants()));
  }

  /** Calls {@link ChineseTerm#parse} for a vocabulary known only at run time. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Enum<?> parse(Class<? extends Enum<?>> type, String text) {
    return (Enum<?>) ChineseTerm.parse((Class) type, text);
  }

  private static String chinese(Enum<?> constant) {
    return ((ChineseTerm) constant).chinese();
  }

  //-----------------------------------------------------------------------
  // the vocabularies
  //-----------------------------------------------------------------------
  @Test
  void vocabularies_listIsComplete() throws IOException {
    Set<Class<?>> found = ClassPath.from(getClass().getClassLoader())
        .getTopLevelClassesRecursive("org.fazhi.core")
        .stream()
        .map(ClassPath.ClassInfo::load)
        .filter(type -> type.isEnum() && ChineseTerm.class.isAssignableFrom(type))
        .collect(Collectors.toSet());
    assertThat(found).containsExactlyInAnyOrderElementsOf(VOCABULARIES);
  }

  @ParameterizedTest
  @MethodSource("vocabularies")
  void vocabulary_termsAreDistinctAndNotBlank(Class<? extends Enum<?>> type) {
    Set<String> accepted = new HashSet<>();
    for (Enum<?> constant : type.getEnumConstants()) {
      assertThat(chinese(constant)).as("term of %s", constant).isNotBlank();
      assertThat(accepted.add(chinese(constant)))
          .as("term %s of %s is unique", chinese(constant), constant).isTrue();
      assertThat(accepted.add(constant.name()))
          .as("name of %s is not also a term", constant).isTrue();
    }
  }

  //-----------------------------------------------------------------------
  // parse(Class, String)
  //-----------------------------------------------------------------------
  @ParameterizedTest(name = "{0}")
  @MethodSource("constants")
  void parse_chineseTerm(Enum<?> constant) {
    assertThat(parse(constant.getDeclaringClass(), chinese(constant))).isSameAs(constant);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constants")
  void parse_name(Enum<?> constant) {
    assertThat(parse(constant.getDeclaringClass(), constant.name())).isSameAs(constant);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constants")
  void parse_roundTrip(Enum<?> constant) {
    Enum<?> byTerm = parse(constant.getDeclaringClass(), chinese(constant));
    assertThat(parse(constant.getDeclaringClass(), byTerm.name())).isSameAs(constant);
    assertThat(chinese(parse(constant.getDeclaringClass(), constant.name())))
        .isEqualTo(chinese(constant));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constants")
  void parse_isExact(Enum<?> constant) {
    Class<? extends Enum<?>> type = constant.getDeclaringClass();
    // neither case folding (the tests run under tr-TR, where "i" upper-cases to "İ") nor trimming
    for (String text : List.of(
        constant.name().toLowerCase(Locale.ROOT),
        " " + constant.name(),
        chinese(constant) + " ",
        chinese(constant) + "\u3000")) {
      assertThatExceptionOfType(InvalidValueException.class)
          .as("%s", text)
          .isThrownBy(() -> parse(type, text));
    }
  }

  @ParameterizedTest
  @MethodSource("vocabularies")
  void parse_unknown_listsTheTerms(Class<? extends Enum<?>> type) {
    String terms = Arrays.stream(type.getEnumConstants())
        .map(c -> chinese(c) + " (" + c.name() + ")")
        .collect(joining(", "));
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> parse(type, "不存在"))
        .withMessage(type.getSimpleName() + " = \"不存在\": must be one of " + terms)
        .satisfies(ex -> {
          assertThat(ex.field()).isEqualTo(type.getSimpleName());
          assertThat(ex.value()).isEqualTo("\"不存在\"");
          assertThat(ex.rule()).isEqualTo("must be one of " + terms);
        });
  }

  @Test
  void parse_unknown_exampleMessage() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> ChineseTerm.parse(TaskStatus.class, "完成"))
        .withMessage("TaskStatus = \"完成\": must be one of 未启动 (NOT_STARTED), 推进中 (IN_PROGRESS),"
            + " 已完成 (COMPLETED), 已取消 (CANCELLED)");
  }

  @Test
  void parse_empty() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> ChineseTerm.parse(ServiceMode.class, ""))
        .withMessage("ServiceMode = \"\": must be one of 一网通办 (ONLINE), 跨省通办 (CROSS_PROVINCE)");
  }

  @Test
  void parse_typical() {
    assertThat(ChineseTerm.parse(PowerCategory.class, "行政许可")).isSameAs(PowerCategory.LICENSING);
    assertThat(ChineseTerm.parse(PowerCategory.class, "LICENSING"))
        .isSameAs(PowerCategory.LICENSING);
    assertThat(ChineseTerm.parse(UnitKind.class, "乡镇（街道）")).isSameAs(UnitKind.TOWNSHIP);
    assertThat(ChineseTerm.parse(ReconsiderationDecision.class, "驳回复议申请"))
        .isSameAs(ReconsiderationDecision.APPLICATION_REJECTED);
  }

  @Test
  void parse_termOfAnotherVocabulary() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> ChineseTerm.parse(TaskStatus.class, FindingStatus.RECTIFIED.chinese()));
  }

  @Test
  void parse_nullText() {
    assertThatNullPointerException()
        .isThrownBy(() -> ChineseTerm.parse(TaskStatus.class, null))
        .withMessage("text");
  }

  @Test
  void parse_nulls() {
    new NullPointerTester()
        .setDefault(Class.class, TaskStatus.class)
        .testAllPublicStaticMethods(ChineseTerm.class);
  }
}
