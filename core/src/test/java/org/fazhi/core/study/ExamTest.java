package org.fazhi.core.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.fazhi.core.testing.InvalidValues.assertInvalid;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.fazhi.core.unit.UnitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests {@link Exam}. */
class ExamTest {

  private static final UnitCode SFJ = UnitCode.parse("640424-SFJ");
  private static final UnitCode NX_SFT = UnitCode.parse("640000-SFT");
  private static final LocalDate DATE = LocalDate.of(2024, 10, 26);

  private static Exam exam(
      String id, ExamKind kind, UnitCode organizer, LocalDate date, long sat, long passed) {
    return Exam.builder().id(id).kind(kind).organizer(organizer).date(date).sat(sat)
        .passed(passed).build();
  }

  //-----------------------------------------------------------------------
  // builder()
  //-----------------------------------------------------------------------
  @Test
  void builder() {
    // 组织122名干部参加全区行政执法证件申领考试，为考试合格的77人办理执法证件
    Exam exam = exam("ZFZ-2024", ExamKind.ENFORCEMENT_CERTIFICATE, NX_SFT, DATE, 122, 77);
    assertThat(exam.id()).isEqualTo("ZFZ-2024");
    assertThat(exam.kind()).isEqualTo(ExamKind.ENFORCEMENT_CERTIFICATE);
    assertThat(exam.organizer()).isEqualTo(NX_SFT);
    assertThat(exam.date()).isEqualTo(DATE);
    assertThat(exam.sat()).isEqualTo(122);
    assertThat(exam.passed()).isEqualTo(77);
  }

  @Test
  void builder_missingAttributes() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Exam.builder().id("K-1").sat(1).build())
        .withMessageContaining("[kind, organizer, date, passed]");
  }

  static Stream<Arguments> nullAttributes() {
    return Stream.of(
        arguments("id", (Consumer<Exam.Builder>) b -> b.id(null)),
        arguments("kind", (Consumer<Exam.Builder>) b -> b.kind(null)),
        arguments("organizer", (Consumer<Exam.Builder>) b -> b.organizer(null)),
        arguments("date", (Consumer<Exam.Builder>) b -> b.date(null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullAttributes")
  void builder_nullAttribute(String attribute, Consumer<Exam.Builder> setNull) {
    assertThatNullPointerException()
        .isThrownBy(() -> setNull.accept(Exam.builder()))
        .withMessage(attribute);
  }

  @Test
  void builder_nulls() {
    new NullPointerTester().testAllPublicStaticMethods(Exam.class);
    new NullPointerTester().testAllPublicInstanceMethods(Exam.builder());
  }

  //-----------------------------------------------------------------------
  // validation
  //-----------------------------------------------------------------------
  static Stream<Arguments> accepted() {
    return Stream.of(arguments(0, 0), arguments(122, 0), arguments(122, 77), arguments(122, 122));
  }

  @ParameterizedTest(name = "{1} of {0}")
  @MethodSource("accepted")
  void build_accepted(long sat, long passed) {
    assertThat(exam("K-1", ExamKind.OTHER, SFJ, DATE, sat, passed).passed()).isEqualTo(passed);
  }

  private static Arguments invalid(String message, Supplier<Exam> build) {
    return arguments(message, build);
  }

  static Stream<Arguments> invalid() {
    ExamKind k = ExamKind.PRE_APPOINTMENT;
    return Stream.of(
        invalid("Exam.id = \"\": must not be blank", () -> exam("", k, SFJ, DATE, 10, 9)),
        invalid("Exam.sat = -1: must not be negative", () -> exam("K-1", k, SFJ, DATE, -1, 0)),
        invalid("Exam.passed = -1: must not be negative", () -> exam("K-1", k, SFJ, DATE, 10, -1)),
        invalid("Exam.passed = 123: must not exceed sat (122)",
            () -> exam("K-1", k, SFJ, DATE, 122, 123)),
        invalid("Exam.passed = 1: must not exceed sat (0)", () -> exam("K-1", k, SFJ, DATE, 0, 1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void build_invalid(String message, Supplier<Exam> build) {
    assertInvalid(build::get, message);
  }

  //-----------------------------------------------------------------------
  // equals(Object), hashCode()
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    ExamKind k = ExamKind.ENFORCEMENT_CERTIFICATE;
    new EqualsTester()
        .addEqualityGroup(exam("K-1", k, SFJ, DATE, 122, 77), exam("K-1", k, SFJ, DATE, 122, 77))
        .addEqualityGroup(exam("K-2", k, SFJ, DATE, 122, 77))
        .addEqualityGroup(exam("K-1", ExamKind.PRE_APPOINTMENT, SFJ, DATE, 122, 77))
        .addEqualityGroup(exam("K-1", k, NX_SFT, DATE, 122, 77))
        .addEqualityGroup(exam("K-1", k, SFJ, DATE.plusDays(1), 122, 77))
        .addEqualityGroup(exam("K-1", k, SFJ, DATE, 123, 77))
        .addEqualityGroup(exam("K-1", k, SFJ, DATE, 122, 78))
        .testEquals();
  }
}
