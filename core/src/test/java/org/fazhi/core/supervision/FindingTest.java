package org.fazhi.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.fazhi.core.testing.InvalidValues.assertInvalid;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.fazhi.core.unit.UnitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests {@link Finding}. */
class FindingTest {

  private static final UnitCode GAJ = UnitCode.parse("640424-GAJ");
  private static final UnitCode JTJ = UnitCode.parse("640424-JTJ");
  private static final String PROBLEM = "行政执法公示信息更新不及时";
  private static final LocalDate RAISED = LocalDate.of(2024, 4, 1);
  private static final LocalDate DUE = LocalDate.of(2024, 5, 31);

  /** Builds a finding from every attribute; {@code notice} and {@code rectified} may be null. */
  private static Finding finding(
      String id, String inspectionId, String notice, UnitCode unit, String problem,
      LocalDate raised, LocalDate due, FindingStatus status, LocalDate rectified) {
    return Finding.builder()
        .id(id)
        .inspectionId(inspectionId)
        .noticeNumber(Optional.ofNullable(notice))
        .unit(unit)
        .problem(problem)
        .raisedDate(raised)
        .dueDate(due)
        .status(status)
        .rectifiedDate(Optional.ofNullable(rectified))
        .build();
  }

  private static Finding open(FindingStatus status) {
    return finding("F-001", "DC-2024-01", null, GAJ, PROBLEM, RAISED, DUE, status, null);
  }

  private static Finding rectified(LocalDate on) {
    return finding("F-001", "DC-2024-01", null, GAJ, PROBLEM, RAISED, DUE,
        FindingStatus.RECTIFIED, on);
  }

  //-----------------------------------------------------------------------
  // builder()
  //-----------------------------------------------------------------------
  @Test
  void builder() {
    Finding finding = Finding.builder()
        .id("F-001")
        .inspectionId("DC-2024-01")
        .noticeNumber("泾法督通〔2024〕1号")
        .unit(GAJ)
        .problem(PROBLEM)
        .raisedDate(RAISED)
        .dueDate(DUE)
        .status(FindingStatus.RECTIFIED)
        .rectifiedDate(LocalDate.of(2024, 5, 20))
        .build();
    assertThat(finding.id()).isEqualTo("F-001");
    assertThat(finding.inspectionId()).isEqualTo("DC-2024-01");
    assertThat(finding.noticeNumber()).contains("泾法督通〔2024〕1号");
    assertThat(finding.unit()).isEqualTo(GAJ);
    assertThat(finding.problem()).isEqualTo(PROBLEM);
    assertThat(finding.raisedDate()).isEqualTo(RAISED);
    assertThat(finding.dueDate()).isEqualTo(DUE);
    assertThat(finding.status()).isEqualTo(FindingStatus.RECTIFIED);
    assertThat(finding.rectifiedDate()).contains(LocalDate.of(2024, 5, 20));
    assertThat(finding).hasToString("Finding F-001 640424-GAJ [RECTIFIED, due 2024-05-31]");
  }

  @Test
  void builder_onTheSpotFindingHasNoNotice() {
    assertThat(open(FindingStatus.OPEN).noticeNumber()).isEmpty();
    assertThat(open(FindingStatus.OPEN).rectifiedDate()).isEmpty();
  }

  @Test
  void builder_missingAttributes() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Finding.builder().id("F-001").unit(GAJ).build())
        .withMessageContaining("[inspectionId, problem, raisedDate, dueDate, status]");
  }

  static Stream<Arguments> nullAttributes() {
    return Stream.of(
        arguments("id", (Consumer<Finding.Builder>) b -> b.id(null)),
        arguments("inspectionId", (Consumer<Finding.Builder>) b -> b.inspectionId(null)),
        arguments("noticeNumber", (Consumer<Finding.Builder>) b -> b.noticeNumber((String) null)),
        arguments("unit", (Consumer<Finding.Builder>) b -> b.unit(null)),
        arguments("problem", (Consumer<Finding.Builder>) b -> b.problem(null)),
        arguments("raisedDate", (Consumer<Finding.Builder>) b -> b.raisedDate(null)),
        arguments("dueDate", (Consumer<Finding.Builder>) b -> b.dueDate(null)),
        arguments("status", (Consumer<Finding.Builder>) b -> b.status(null)),
        arguments("rectifiedDate",
            (Consumer<Finding.Builder>) b -> b.rectifiedDate((LocalDate) null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullAttributes")
  void builder_nullAttribute(String attribute, Consumer<Finding.Builder> setNull) {
    assertThatNullPointerException()
        .isThrownBy(() -> setNull.accept(Finding.builder()))
        .withMessage(attribute);
  }

  @Test
  void builder_nulls() {
    new NullPointerTester().testAllPublicStaticMethods(Finding.class);
    new NullPointerTester().testAllPublicInstanceMethods(Finding.builder());
  }

  //-----------------------------------------------------------------------
  // validation
  //-----------------------------------------------------------------------
  static Stream<Arguments> accepted() {
    return Stream.<Supplier<Finding>>of(
            () -> finding("F-1", "DC-1", null, GAJ, PROBLEM, RAISED, RAISED, FindingStatus.OPEN,
                null), // due the day it is raised
            () -> finding("F-1", "DC-1", null, GAJ, PROBLEM, RAISED, DUE, FindingStatus.RECTIFIED,
                RAISED), // rectified on the spot
            () -> finding("F-1", "DC-1", null, GAJ, PROBLEM, RAISED, DUE, FindingStatus.RECTIFIED,
                DUE.plusMonths(3)), // rectified late
            () -> finding("F-1", "DC-1", "N-1", GAJ, PROBLEM, RAISED, DUE, FindingStatus.LONG_TERM,
                null))
        .map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void build_accepted(Supplier<Finding> build) {
    assertThat(build.get()).isNotNull();
  }

  private static Arguments invalid(String message, Supplier<Finding> build) {
    return arguments(message, build);
  }

  static Stream<Arguments> invalid() {
    LocalDate march1 = LocalDate.of(2024, 3, 1);
    return Stream.of(
        invalid("Finding.id = \"\": must not be blank",
            () -> finding("", "DC-1", null, GAJ, PROBLEM, RAISED, DUE, FindingStatus.OPEN, null)),
        invalid("Finding.inspectionId = \" \": must not be blank",
            () -> finding("F-1", " ", null, GAJ, PROBLEM, RAISED, DUE, FindingStatus.OPEN, null)),
        invalid("Finding.problem = \"\u3000\": must not be blank",
            () -> finding("F-1", "DC-1", null, GAJ, "\u3000", RAISED, DUE, FindingStatus.OPEN,
                null)),
        invalid("Finding.dueDate = 2024-03-01: must not be before raisedDate (2024-04-01)",
            () -> finding("F-1", "DC-1", null, GAJ, PROBLEM, RAISED, march1, FindingStatus.OPEN,
                null)),
        invalid("Finding.rectifiedDate = null: is required when status is RECTIFIED",
            () -> finding("F-1", "DC-1", null, GAJ, PROBLEM, RAISED, DUE, FindingStatus.RECTIFIED,
                null)),
        invalid("Finding.rectifiedDate = 2024-05-01: must be absent unless status is RECTIFIED",
            () -> finding("F-1", "DC-1", null, GAJ, PROBLEM, RAISED, DUE, FindingStatus.OPEN,
                LocalDate.of(2024, 5, 1))),
        invalid("Finding.rectifiedDate = 2024-05-01: must be absent unless status is RECTIFIED",
            () -> finding("F-1", "DC-1", null, GAJ, PROBLEM, RAISED, DUE, FindingStatus.LONG_TERM,
                LocalDate.of(2024, 5, 1))),
        invalid("Finding.rectifiedDate = 2024-03-01: must not be before raisedDate (2024-04-01)",
            () -> finding("F-1", "DC-1", null, GAJ, PROBLEM, RAISED, DUE, FindingStatus.RECTIFIED,
                march1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void build_invalid(String message, Supplier<Finding> build) {
    assertInvalid(build::get, message);
  }

  @Test
  void build_invalid_parts() {
    var ex = assertInvalid(() -> rectified(LocalDate.of(2024, 3, 1)),
        "Finding.rectifiedDate = 2024-03-01: must not be before raisedDate (2024-04-01)");
    assertThat(ex.field()).isEqualTo("Finding.rectifiedDate");
    assertThat(ex.value()).isEqualTo("2024-03-01");
    assertThat(ex.rule()).isEqualTo("must not be before raisedDate (2024-04-01)");
  }

  //-----------------------------------------------------------------------
  // isRectifiedBy(LocalDate)
  //-----------------------------------------------------------------------
  @Test
  void isRectifiedBy() {
    Finding finding = rectified(LocalDate.of(2024, 5, 20));
    assertThat(finding.isRectifiedBy(LocalDate.of(2024, 5, 19))).isFalse();
    assertThat(finding.isRectifiedBy(LocalDate.of(2024, 5, 20))).isTrue();
    assertThat(finding.isRectifiedBy(LocalDate.of(2024, 5, 21))).isTrue();
  }

  @ParameterizedTest
  @EnumSource(value = FindingStatus.class, names = {"OPEN", "LONG_TERM"})
  void isRectifiedBy_notRectified(FindingStatus status) {
    assertThat(open(status).isRectifiedBy(LocalDate.of(2099, 1, 1))).isFalse();
  }

  @Test
  void isRectifiedBy_null() {
    assertThatNullPointerException().isThrownBy(() -> rectified(DUE).isRectifiedBy(null))
        .withMessage("asOf");
  }

  //-----------------------------------------------------------------------
  // isRectifiedOnTime()
  //-----------------------------------------------------------------------
  @Test
  void isRectifiedOnTime() {
    assertThat(rectified(RAISED).isRectifiedOnTime()).isTrue();
    assertThat(rectified(DUE).isRectifiedOnTime()).isTrue();
    assertThat(rectified(DUE.plusDays(1)).isRectifiedOnTime()).isFalse();
    assertThat(open(FindingStatus.OPEN).isRectifiedOnTime()).isFalse();
    assertThat(open(FindingStatus.LONG_TERM).isRectifiedOnTime()).isFalse();
  }

  //-----------------------------------------------------------------------
  // isOverdue(LocalDate)
  //-----------------------------------------------------------------------
  @Test
  void isOverdue_open() {
    Finding finding = open(FindingStatus.OPEN);
    assertThat(finding.isOverdue(RAISED)).isFalse();
    assertThat(finding.isOverdue(DUE)).isFalse();
    assertThat(finding.isOverdue(DUE.plusDays(1))).isTrue();
  }

  @Test
  void isOverdue_longTermNever() {
    Finding finding = open(FindingStatus.LONG_TERM);
    assertThat(finding.isOverdue(DUE)).isFalse();
    assertThat(finding.isOverdue(DUE.plusDays(1))).isFalse();
    assertThat(finding.isOverdue(DUE.plusYears(5))).isFalse();
  }

  @Test
  void isOverdue_null() {
    for (FindingStatus status : List.of(FindingStatus.OPEN, FindingStatus.LONG_TERM)) {
      assertThatNullPointerException().isThrownBy(() -> open(status).isOverdue(null))
          .withMessage("asOf");
    }
    assertThatNullPointerException().isThrownBy(() -> rectified(DUE).isOverdue(null))
        .withMessage("asOf");
  }

  @Test
  void instanceMethods_nulls() {
    new NullPointerTester().testAllPublicInstanceMethods(open(FindingStatus.LONG_TERM));
    new NullPointerTester().testAllPublicInstanceMethods(rectified(DUE));
  }

  @Test
  void isOverdue_rectifiedLate() {
    Finding finding = rectified(DUE.plusDays(10));
    assertThat(finding.isOverdue(DUE)).isFalse();
    assertThat(finding.isOverdue(DUE.plusDays(1))).isTrue();
    assertThat(finding.isOverdue(DUE.plusDays(9))).isTrue();
    assertThat(finding.isOverdue(DUE.plusDays(10))).isFalse();
  }

  @Test
  void isOverdue_rectifiedOnTime() {
    assertThat(rectified(DUE).isOverdue(DUE.plusDays(1))).isFalse();
  }

  //-----------------------------------------------------------------------
  // equals(Object), hashCode()
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    LocalDate on = LocalDate.of(2024, 5, 20);
    FindingStatus r = FindingStatus.RECTIFIED;
    new EqualsTester()
        .addEqualityGroup(
            finding("F-1", "DC-1", "N-1", GAJ, PROBLEM, RAISED, DUE, r, on),
            finding("F-1", "DC-1", "N-1", GAJ, PROBLEM, RAISED, DUE, r, on))
        .addEqualityGroup(finding("F-2", "DC-1", "N-1", GAJ, PROBLEM, RAISED, DUE, r, on))
        .addEqualityGroup(finding("F-1", "DC-2", "N-1", GAJ, PROBLEM, RAISED, DUE, r, on))
        .addEqualityGroup(finding("F-1", "DC-1", "N-2", GAJ, PROBLEM, RAISED, DUE, r, on))
        .addEqualityGroup(finding("F-1", "DC-1", null, GAJ, PROBLEM, RAISED, DUE, r, on))
        .addEqualityGroup(finding("F-1", "DC-1", "N-1", JTJ, PROBLEM, RAISED, DUE, r, on))
        .addEqualityGroup(finding("F-1", "DC-1", "N-1", GAJ, "其他问题", RAISED, DUE, r, on))
        .addEqualityGroup(
            finding("F-1", "DC-1", "N-1", GAJ, PROBLEM, RAISED.minusDays(1), DUE, r, on))
        .addEqualityGroup(
            finding("F-1", "DC-1", "N-1", GAJ, PROBLEM, RAISED, DUE.plusDays(1), r, on))
        .addEqualityGroup(
            finding("F-1", "DC-1", "N-1", GAJ, PROBLEM, RAISED, DUE, r, on.plusDays(1)))
        .addEqualityGroup(
            finding("F-1", "DC-1", "N-1", GAJ, PROBLEM, RAISED, DUE, FindingStatus.OPEN, null))
        .addEqualityGroup(finding("F-1", "DC-1", "N-1", GAJ, PROBLEM, RAISED, DUE,
            FindingStatus.LONG_TERM, null))
        .testEquals();
  }
}
