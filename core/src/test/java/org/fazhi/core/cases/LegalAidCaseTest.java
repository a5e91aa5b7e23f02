package org.fazhi.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.fazhi.core.testing.InvalidValues.assertInvalid;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.fazhi.core.unit.UnitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests {@link LegalAidCase}. */
class LegalAidCaseTest {

  private static final UnitCode SFJ = UnitCode.parse("640424-SFJ");
  private static final UnitCode GUYUAN_SFJ = UnitCode.parse("640400-SFJ");
  private static final LocalDate ACCEPTED = LocalDate.of(2024, 8, 5);
  private static final LocalDate CONCLUDED = LocalDate.of(2024, 11, 20);

  /** Builds a case from every attribute; {@code concluded} may be null. */
  private static LegalAidCase aid(
      String id, UnitCode unit, LegalAidKind kind, LocalDate accepted, LocalDate concluded,
      long recovered) {
    return LegalAidCase.builder()
        .id(id)
        .unit(unit)
        .kind(kind)
        .acceptedDate(accepted)
        .concludedDate(Optional.ofNullable(concluded))
        .recoveredYuan(recovered)
        .build();
  }

  //-----------------------------------------------------------------------
  // builder()
  //-----------------------------------------------------------------------
  @Test
  void builder() {
    LegalAidCase aid = LegalAidCase.builder()
        .id("FY-2024-001")
        .unit(SFJ)
        .kind(LegalAidKind.CIVIL)
        .acceptedDate(ACCEPTED)
        .concludedDate(CONCLUDED)
        .recoveredYuan(32_000)
        .build();
    assertThat(aid.id()).isEqualTo("FY-2024-001");
    assertThat(aid.unit()).isEqualTo(SFJ);
    assertThat(aid.kind()).isEqualTo(LegalAidKind.CIVIL);
    assertThat(aid.acceptedDate()).isEqualTo(ACCEPTED);
    assertThat(aid.concludedDate()).contains(CONCLUDED);
    assertThat(aid.recoveredYuan()).isEqualTo(32_000);
  }

  @Test
  void builder_defaults() {
    LegalAidCase open = LegalAidCase.builder().id("FY-1").unit(SFJ).kind(LegalAidKind.CRIMINAL)
        .acceptedDate(ACCEPTED).build();
    assertThat(open.concludedDate()).isEmpty();
    assertThat(open.recoveredYuan()).isZero();
  }

  @Test
  void builder_missingAttributes() {
    assertThatIllegalStateException()
        .isThrownBy(() -> LegalAidCase.builder().id("FY-1").build())
        .withMessageContaining("[unit, kind, acceptedDate]");
  }

  static Stream<Arguments> nullAttributes() {
    return Stream.of(
        arguments("id", (Consumer<LegalAidCase.Builder>) b -> b.id(null)),
        arguments("unit", (Consumer<LegalAidCase.Builder>) b -> b.unit(null)),
        arguments("kind", (Consumer<LegalAidCase.Builder>) b -> b.kind(null)),
        arguments("acceptedDate", (Consumer<LegalAidCase.Builder>) b -> b.acceptedDate(null)),
        arguments("concludedDate",
            (Consumer<LegalAidCase.Builder>) b -> b.concludedDate((LocalDate) null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullAttributes")
  void builder_nullAttribute(String attribute, Consumer<LegalAidCase.Builder> setNull) {
    assertThatNullPointerException()
        .isThrownBy(() -> setNull.accept(LegalAidCase.builder()))
        .withMessage(attribute);
  }

  @Test
  void builder_nulls() {
    new NullPointerTester().testAllPublicStaticMethods(LegalAidCase.class);
    new NullPointerTester().testAllPublicInstanceMethods(LegalAidCase.builder());
  }

  //-----------------------------------------------------------------------
  // validation
  //-----------------------------------------------------------------------
  private static Arguments invalid(String message, Supplier<LegalAidCase> build) {
    return arguments(message, build);
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        invalid("LegalAidCase.id = \"\": must not be blank",
            () -> aid("", SFJ, LegalAidKind.CIVIL, ACCEPTED, null, 0)),
        invalid("LegalAidCase.recoveredYuan = -1: must not be negative",
            () -> aid("FY-1", SFJ, LegalAidKind.CIVIL, ACCEPTED, CONCLUDED, -1)),
        invalid("LegalAidCase.concludedDate = 2024-08-04:"
                + " must not be before acceptedDate (2024-08-05)",
            () -> aid("FY-1", SFJ, LegalAidKind.CIVIL, ACCEPTED, ACCEPTED.minusDays(1), 0)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void build_invalid(String message, Supplier<LegalAidCase> build) {
    assertInvalid(build::get, message);
  }

  @Test
  void build_concludedTheDayItIsAccepted() {
    assertThat(aid("FY-1", SFJ, LegalAidKind.ADMINISTRATIVE, ACCEPTED, ACCEPTED, 0)
        .concludedDate()).contains(ACCEPTED);
  }

  //-----------------------------------------------------------------------
  // equals(Object), hashCode()
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    LegalAidKind civil = LegalAidKind.CIVIL;
    new EqualsTester()
        .addEqualityGroup(
            aid("FY-1", SFJ, civil, ACCEPTED, CONCLUDED, 500),
            aid("FY-1", SFJ, civil, ACCEPTED, CONCLUDED, 500))
        .addEqualityGroup(aid("FY-2", SFJ, civil, ACCEPTED, CONCLUDED, 500))
        .addEqualityGroup(aid("FY-1", GUYUAN_SFJ, civil, ACCEPTED, CONCLUDED, 500))
        .addEqualityGroup(aid("FY-1", SFJ, LegalAidKind.CRIMINAL, ACCEPTED, CONCLUDED, 500))
        .addEqualityGroup(aid("FY-1", SFJ, civil, ACCEPTED.plusDays(1), CONCLUDED, 500))
        .addEqualityGroup(aid("FY-1", SFJ, civil, ACCEPTED, CONCLUDED.plusDays(1), 500))
        .addEqualityGroup(aid("FY-1", SFJ, civil, ACCEPTED, null, 500))
        .addEqualityGroup(aid("FY-1", SFJ, civil, ACCEPTED, CONCLUDED, 0))
        .testEquals();
  }
}
