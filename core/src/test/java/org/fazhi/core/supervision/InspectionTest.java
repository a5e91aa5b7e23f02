package org.fazhi.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.fazhi.core.testing.InvalidValues.assertInvalid;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.fazhi.core.unit.UnitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests {@link Inspection}. */
class InspectionTest {

  private static final UnitCode JINGYUAN = UnitCode.parse("640424");
  private static final UnitCode SFJ = UnitCode.parse("640424-SFJ");
  private static final UnitCode GAJ = UnitCode.parse("640424-GAJ");
  private static final UnitCode JTJ = UnitCode.parse("640424-JTJ");
  private static final String SCOPE = "法治政府建设重点任务落实情况";
  private static final LocalDate START = LocalDate.of(2024, 4, 1);
  private static final LocalDate END = LocalDate.of(2024, 4, 12);

  private static Inspection inspection(
      String id, InspectionKind kind, UnitCode organizer, LocalDate start, LocalDate end,
      String scope, Set<UnitCode> inspected) {
    return Inspection.builder().id(id).kind(kind).organizer(organizer).startDate(start)
        .endDate(end).scope(scope).addAllInspectedUnits(inspected).build();
  }

  //-----------------------------------------------------------------------
  // builder()
  //-----------------------------------------------------------------------
  @Test
  void builder() {
    Inspection inspection = Inspection.builder()
        .id("DC-2024-01")
        .kind(InspectionKind.RULE_OF_LAW_INSPECTION)
        .organizer(JINGYUAN)
        .startDate(START)
        .endDate(END)
        .scope(SCOPE)
        .addInspectedUnits(GAJ, JTJ)
        .build();
    assertThat(inspection.id()).isEqualTo("DC-2024-01");
    assertThat(inspection.kind()).isEqualTo(InspectionKind.RULE_OF_LAW_INSPECTION);
    assertThat(inspection.organizer()).isEqualTo(JINGYUAN);
    assertThat(inspection.startDate()).isEqualTo(START);
    assertThat(inspection.endDate()).isEqualTo(END);
    assertThat(inspection.scope()).isEqualTo(SCOPE);
    assertThat(inspection.inspectedUnits()).containsExactly(GAJ, JTJ);
    assertThat(inspection).hasToString("Inspection DC-2024-01 [法治督察, 2024-04-01]");
  }

  @Test
  void builder_noInspectedUnits() {
    Inspection inspection = inspection("WT-2024-01", InspectionKind.ISSUE_REVIEW, SFJ, START, START,
        "行政执法突出问题", Set.of());
    assertThat(inspection.inspectedUnits()).isEmpty();
  }

  @Test
  void builder_missingAttributes() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Inspection.builder().id("DC-2024-01").build())
        .withMessageContaining("[kind, organizer, startDate, endDate, scope]");
  }

  static Stream<Arguments> nullAttributes() {
    return Stream.of(
        arguments("id", (Consumer<Inspection.Builder>) b -> b.id(null)),
        arguments("kind", (Consumer<Inspection.Builder>) b -> b.kind(null)),
        arguments("organizer", (Consumer<Inspection.Builder>) b -> b.organizer(null)),
        arguments("startDate", (Consumer<Inspection.Builder>) b -> b.startDate(null)),
        arguments("endDate", (Consumer<Inspection.Builder>) b -> b.endDate(null)),
        arguments("scope", (Consumer<Inspection.Builder>) b -> b.scope(null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullAttributes")
  void builder_nullAttribute(String attribute, Consumer<Inspection.Builder> setNull) {
    assertThatNullPointerException()
        .isThrownBy(() -> setNull.accept(Inspection.builder()))
        .withMessage(attribute);
  }

  @Test
  void builder_nulls() {
    new NullPointerTester().testAllPublicStaticMethods(Inspection.class);
    new NullPointerTester().testAllPublicInstanceMethods(Inspection.builder());
  }

  //-----------------------------------------------------------------------
  // validation
  //-----------------------------------------------------------------------
  private static Arguments invalid(String message, Supplier<Inspection> build) {
    return arguments(message, build);
  }

  static Stream<Arguments> invalid() {
    InspectionKind k = InspectionKind.RULE_OF_LAW_INSPECTION;
    return Stream.of(
        invalid("Inspection.id = \"\": must not be blank",
            () -> inspection("", k, JINGYUAN, START, END, SCOPE, Set.of())),
        invalid("Inspection.id = \" \": must not be blank",
            () -> inspection(" ", k, JINGYUAN, START, END, SCOPE, Set.of())),
        invalid("Inspection.scope = \"\": must not be blank",
            () -> inspection("DC-1", k, JINGYUAN, START, END, "", Set.of())),
        invalid("Inspection.endDate = 2024-03-31: must not be before startDate (2024-04-01)",
            () -> inspection("DC-1", k, JINGYUAN, START, START.minusDays(1), SCOPE, Set.of())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void build_invalid(String message, Supplier<Inspection> build) {
    assertInvalid(build::get, message);
  }

  @Test
  void build_oneDayInspection() {
    assertThat(inspection("DC-1", InspectionKind.SPECIAL_SUPERVISION, JINGYUAN, START, START,
        SCOPE, Set.of()).endDate()).isEqualTo(START);
  }

  //-----------------------------------------------------------------------
  // equals(Object), hashCode()
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    InspectionKind k = InspectionKind.RULE_OF_LAW_INSPECTION;
    Set<UnitCode> units = Set.of(GAJ);
    new EqualsTester()
        .addEqualityGroup(
            inspection("DC-1", k, JINGYUAN, START, END, SCOPE, units),
            inspection("DC-1", k, JINGYUAN, START, END, SCOPE, units))
        .addEqualityGroup(inspection("DC-2", k, JINGYUAN, START, END, SCOPE, units))
        .addEqualityGroup(
            inspection("DC-1", InspectionKind.CASE_FILE_REVIEW, JINGYUAN, START, END, SCOPE, units))
        .addEqualityGroup(inspection("DC-1", k, SFJ, START, END, SCOPE, units))
        .addEqualityGroup(inspection("DC-1", k, JINGYUAN, START.minusDays(1), END, SCOPE, units))
        .addEqualityGroup(inspection("DC-1", k, JINGYUAN, START, END.plusDays(1), SCOPE, units))
        .addEqualityGroup(inspection("DC-1", k, JINGYUAN, START, END, "其他范围", units))
        .addEqualityGroup(inspection("DC-1", k, JINGYUAN, START, END, SCOPE, Set.of(JTJ)))
        .addEqualityGroup(inspection("DC-1", k, JINGYUAN, START, END, SCOPE, Set.of()))
        .testEquals();
  }
}
