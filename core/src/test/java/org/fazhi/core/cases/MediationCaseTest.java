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
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests {@link MediationCase}. */
class MediationCaseTest {

  private static final UnitCode XIANGSHUI = UnitCode.parse("640424100");
  private static final UnitCode XINMIN = UnitCode.parse("640424200");
  private static final LocalDate RECEIVED = LocalDate.of(2024, 7, 1);
  private static final LocalDate CONCLUDED = LocalDate.of(2024, 7, 10);

  /** Builds a case from every attribute; {@code concluded} may be null. */
  private static MediationCase mediation(
      String id, UnitCode unit, LocalDate received, MediationOutcome outcome,
      LocalDate concluded, long amount) {
    return MediationCase.builder()
        .id(id)
        .unit(unit)
        .receivedDate(received)
        .outcome(outcome)
        .concludedDate(Optional.ofNullable(concluded))
        .amountInvolvedYuan(amount)
        .build();
  }

  //-----------------------------------------------------------------------
  // builder()
  //-----------------------------------------------------------------------
  @Test
  void builder() {
    MediationCase mediation = MediationCase.builder()
        .id("TJ-2024-0001")
        .unit(XIANGSHUI)
        .receivedDate(RECEIVED)
        .outcome(MediationOutcome.RESOLVED)
        .concludedDate(CONCLUDED)
        .amountInvolvedYuan(86_000)
        .build();
    assertThat(mediation.id()).isEqualTo("TJ-2024-0001");
    assertThat(mediation.unit()).isEqualTo(XIANGSHUI);
    assertThat(mediation.receivedDate()).isEqualTo(RECEIVED);
    assertThat(mediation.outcome()).isEqualTo(MediationOutcome.RESOLVED);
    assertThat(mediation.concludedDate()).contains(CONCLUDED);
    assertThat(mediation.amountInvolvedYuan()).isEqualTo(86_000);
    assertThat(mediation.isResolved()).isTrue();
  }

  @Test
  void builder_defaults() {
    MediationCase pending = MediationCase.builder().id("TJ-1").unit(XIANGSHUI)
        .receivedDate(RECEIVED).outcome(MediationOutcome.PENDING).build();
    assertThat(pending.amountInvolvedYuan()).isZero();
    assertThat(pending.concludedDate()).isEmpty();
  }

  @Test
  void builder_missingAttributes() {
    assertThatIllegalStateException()
        .isThrownBy(() -> MediationCase.builder().id("TJ-1").amountInvolvedYuan(1).build())
        .withMessageContaining("[unit, receivedDate, outcome]");
  }

  static Stream<Arguments> nullAttributes() {
    return Stream.of(
        arguments("id", (Consumer<MediationCase.Builder>) b -> b.id(null)),
        arguments("unit", (Consumer<MediationCase.Builder>) b -> b.unit(null)),
        arguments("receivedDate", (Consumer<MediationCase.Builder>) b -> b.receivedDate(null)),
        arguments("outcome", (Consumer<MediationCase.Builder>) b -> b.outcome(null)),
        arguments("concludedDate",
            (Consumer<MediationCase.Builder>) b -> b.concludedDate((LocalDate) null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullAttributes")
  void builder_nullAttribute(String attribute, Consumer<MediationCase.Builder> setNull) {
    assertThatNullPointerException()
        .isThrownBy(() -> setNull.accept(MediationCase.builder()))
        .withMessage(attribute);
  }

  @Test
  void builder_nulls() {
    new NullPointerTester().testAllPublicStaticMethods(MediationCase.class);
    new NullPointerTester().testAllPublicInstanceMethods(MediationCase.builder());
  }

  //-----------------------------------------------------------------------
  // validation
  //-----------------------------------------------------------------------
  private static Arguments invalid(String message, Supplier<MediationCase> build) {
    return arguments(message, build);
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        invalid("MediationCase.id = \" \": must not be blank",
            () -> mediation(" ", XIANGSHUI, RECEIVED, MediationOutcome.PENDING, null, 0)),
        invalid("MediationCase.amountInvolvedYuan = -1: must not be negative",
            () -> mediation("TJ-1", XIANGSHUI, RECEIVED, MediationOutcome.PENDING, null, -1)),
        invalid("MediationCase.concludedDate = null: is required when the outcome is not PENDING",
            () -> mediation("TJ-1", XIANGSHUI, RECEIVED, MediationOutcome.RESOLVED, null, 0)),
        invalid("MediationCase.concludedDate = null: is required when the outcome is not PENDING",
            () -> mediation("TJ-1", XIANGSHUI, RECEIVED, MediationOutcome.UNRESOLVED, null, 0)),
        invalid("MediationCase.concludedDate = 2024-07-10:"
                + " must be absent unless the outcome is not PENDING",
            () -> mediation("TJ-1", XIANGSHUI, RECEIVED, MediationOutcome.PENDING, CONCLUDED, 0)),
        invalid("MediationCase.concludedDate = 2024-06-30:"
                + " must not be before receivedDate (2024-07-01)",
            () -> mediation("TJ-1", XIANGSHUI, RECEIVED, MediationOutcome.RESOLVED,
                RECEIVED.minusDays(1), 0)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void build_invalid(String message, Supplier<MediationCase> build) {
    assertInvalid(build::get, message);
  }

  @Test
  void build_concludedTheDayItIsReceived() {
    assertThat(mediation("TJ-1", XIANGSHUI, RECEIVED, MediationOutcome.RESOLVED, RECEIVED,
        Long.MAX_VALUE).concludedDate()).contains(RECEIVED);
  }

  //-----------------------------------------------------------------------
  // isResolved()
  //-----------------------------------------------------------------------
  @ParameterizedTest
  @EnumSource(MediationOutcome.class)
  void isResolved(MediationOutcome outcome) {
    LocalDate concluded = outcome == MediationOutcome.PENDING ? null : CONCLUDED;
    assertThat(mediation("TJ-1", XIANGSHUI, RECEIVED, outcome, concluded, 0).isResolved())
        .isEqualTo(outcome == MediationOutcome.RESOLVED);
  }

  //-----------------------------------------------------------------------
  // equals(Object), hashCode()
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    MediationOutcome resolved = MediationOutcome.RESOLVED;
    new EqualsTester()
        .addEqualityGroup(
            mediation("TJ-1", XIANGSHUI, RECEIVED, resolved, CONCLUDED, 100),
            mediation("TJ-1", XIANGSHUI, RECEIVED, resolved, CONCLUDED, 100))
        .addEqualityGroup(mediation("TJ-2", XIANGSHUI, RECEIVED, resolved, CONCLUDED, 100))
        .addEqualityGroup(mediation("TJ-1", XINMIN, RECEIVED, resolved, CONCLUDED, 100))
        .addEqualityGroup(
            mediation("TJ-1", XIANGSHUI, RECEIVED.minusDays(1), resolved, CONCLUDED, 100))
        .addEqualityGroup(
            mediation("TJ-1", XIANGSHUI, RECEIVED, MediationOutcome.UNRESOLVED, CONCLUDED, 100))
        .addEqualityGroup(
            mediation("TJ-1", XIANGSHUI, RECEIVED, resolved, CONCLUDED.plusDays(1), 100))
        .addEqualityGroup(mediation("TJ-1", XIANGSHUI, RECEIVED, resolved, CONCLUDED, 101))
        .addEqualityGroup(
            mediation("TJ-1", XIANGSHUI, RECEIVED, MediationOutcome.PENDING, null, 100))
        .testEquals();
  }
}
