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

/** Tests {@link LitigationCase} and {@link LitigationOutcome}. */
class LitigationCaseTest {

  private static final UnitCode JINGYUAN = UnitCode.parse("640424");
  private static final UnitCode GAJ = UnitCode.parse("640424-GAJ");
  private static final String NUMBER = "（2024）宁0424行初1号";
  private static final LocalDate FILED = LocalDate.of(2024, 4, 1);
  private static final LocalDate HEARD = LocalDate.of(2024, 5, 15);
  private static final LocalDate CONCLUDED = LocalDate.of(2024, 6, 28);

  /** Builds a case from every attribute; hearing, outcome and conclusion may be null. */
  private static LitigationCase litigation(
      String number, UnitCode defendant, LocalDate filed, LocalDate heard, boolean headAppeared,
      LitigationOutcome outcome, LocalDate concluded) {
    return LitigationCase.builder()
        .caseNumber(number)
        .defendant(defendant)
        .filedDate(filed)
        .hearingDate(Optional.ofNullable(heard))
        .headAppeared(headAppeared)
        .outcome(Optional.ofNullable(outcome))
        .concludedDate(Optional.ofNullable(concluded))
        .build();
  }

  //-----------------------------------------------------------------------
  // builder()
  //-----------------------------------------------------------------------
  @Test
  void builder() {
    LitigationCase litigation = LitigationCase.builder()
        .caseNumber(NUMBER)
        .defendant(GAJ)
        .filedDate(FILED)
        .hearingDate(HEARD)
        .headAppeared(true)
        .outcome(LitigationOutcome.AGENCY_WON)
        .concludedDate(CONCLUDED)
        .build();
    assertThat(litigation.caseNumber()).isEqualTo(NUMBER);
    assertThat(litigation.defendant()).isEqualTo(GAJ);
    assertThat(litigation.filedDate()).isEqualTo(FILED);
    assertThat(litigation.hearingDate()).contains(HEARD);
    assertThat(litigation.headAppeared()).isTrue();
    assertThat(litigation.outcome()).contains(LitigationOutcome.AGENCY_WON);
    assertThat(litigation.concludedDate()).contains(CONCLUDED);
    assertThat(litigation.wasHeard()).isTrue();
    assertThat(litigation).hasToString("LitigationCase " + NUMBER + " against 640424-GAJ [胜诉]");
  }

  @Test
  void builder_defaults() {
    LitigationCase pending =
        LitigationCase.builder().caseNumber(NUMBER).defendant(GAJ).filedDate(FILED).build();
    assertThat(pending.headAppeared()).isFalse();
    assertThat(pending.hearingDate()).isEmpty();
    assertThat(pending.outcome()).isEmpty();
    assertThat(pending.concludedDate()).isEmpty();
    assertThat(pending.wasHeard()).isFalse();
    assertThat(pending).hasToString("LitigationCase " + NUMBER + " against 640424-GAJ [pending]");
  }

  @Test
  void builder_missingAttributes() {
    assertThatIllegalStateException()
        .isThrownBy(() -> LitigationCase.builder().headAppeared(false).build())
        .withMessageContaining("[caseNumber, defendant, filedDate]");
  }

  static Stream<Arguments> nullAttributes() {
    return Stream.of(
        arguments("caseNumber", (Consumer<LitigationCase.Builder>) b -> b.caseNumber(null)),
        arguments("defendant", (Consumer<LitigationCase.Builder>) b -> b.defendant(null)),
        arguments("filedDate", (Consumer<LitigationCase.Builder>) b -> b.filedDate(null)),
        arguments("hearingDate",
            (Consumer<LitigationCase.Builder>) b -> b.hearingDate((LocalDate) null)),
        arguments("outcome",
            (Consumer<LitigationCase.Builder>) b -> b.outcome((LitigationOutcome) null)),
        arguments("concludedDate",
            (Consumer<LitigationCase.Builder>) b -> b.concludedDate((LocalDate) null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullAttributes")
  void builder_nullAttribute(String attribute, Consumer<LitigationCase.Builder> setNull) {
    assertThatNullPointerException()
        .isThrownBy(() -> setNull.accept(LitigationCase.builder()))
        .withMessage(attribute);
  }

  @Test
  void builder_nulls() {
    new NullPointerTester().testAllPublicStaticMethods(LitigationCase.class);
    new NullPointerTester().testAllPublicInstanceMethods(LitigationCase.builder());
  }

  //-----------------------------------------------------------------------
  // validation
  //-----------------------------------------------------------------------
  static Stream<Arguments> accepted() {
    return Stream.<Supplier<LitigationCase>>of(
            () -> litigation(NUMBER, GAJ, FILED, HEARD, false, null, null), // head absent
            () -> litigation(NUMBER, GAJ, FILED, null, false, LitigationOutcome.WITHDRAWN,
                CONCLUDED), // concluded without a hearing
            () -> litigation(NUMBER, GAJ, FILED, FILED, true, LitigationOutcome.AGENCY_LOST,
                FILED)) // every step on one day
        .map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void build_accepted(Supplier<LitigationCase> build) {
    assertThat(build.get()).isNotNull();
  }

  private static Arguments invalid(String message, Supplier<LitigationCase> build) {
    return arguments(message, build);
  }

  static Stream<Arguments> invalid() {
    LitigationOutcome won = LitigationOutcome.AGENCY_WON;
    return Stream.of(
        invalid("LitigationCase.caseNumber = \"\": must not be blank",
            () -> litigation("", GAJ, FILED, null, false, null, null)),
        invalid("LitigationCase.headAppeared = true: requires a hearingDate (case " + NUMBER + ")",
            () -> litigation(NUMBER, GAJ, FILED, null, true, null, null)),
        invalid("LitigationCase.hearingDate = 2024-03-31:"
                + " must not be before filedDate (2024-04-01)",
            () -> litigation(NUMBER, GAJ, FILED, FILED.minusDays(1), false, null, null)),
        invalid("LitigationCase.concludedDate = null: is required when there is an outcome",
            () -> litigation(NUMBER, GAJ, FILED, HEARD, true, won, null)),
        invalid("LitigationCase.concludedDate = 2024-06-28: must be absent unless there is an"
                + " outcome",
            () -> litigation(NUMBER, GAJ, FILED, HEARD, true, null, CONCLUDED)),
        invalid("LitigationCase.concludedDate = 2024-03-31:"
                + " must not be before filedDate (2024-04-01)",
            () -> litigation(NUMBER, GAJ, FILED, null, false, won, FILED.minusDays(1))),
        invalid("LitigationCase.concludedDate = 2024-05-14:"
                + " must not be before hearingDate (2024-05-15)",
            () -> litigation(NUMBER, GAJ, FILED, HEARD, true, won, HEARD.minusDays(1))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void build_invalid(String message, Supplier<LitigationCase> build) {
    assertInvalid(build::get, message);
  }

  //-----------------------------------------------------------------------
  // wasHeard()
  //-----------------------------------------------------------------------
  @Test
  void wasHeard() {
    assertThat(litigation(NUMBER, GAJ, FILED, HEARD, false, null, null).wasHeard()).isTrue();
    assertThat(litigation(NUMBER, GAJ, FILED, null, false, null, null).wasHeard()).isFalse();
  }

  //-----------------------------------------------------------------------
  // LitigationOutcome.isLoss()
  //-----------------------------------------------------------------------
  @ParameterizedTest
  @EnumSource(LitigationOutcome.class)
  void outcome_isLossOnlyForAgencyLost(LitigationOutcome outcome) {
    assertThat(outcome.isLoss()).isEqualTo(outcome == LitigationOutcome.AGENCY_LOST);
  }

  //-----------------------------------------------------------------------
  // equals(Object), hashCode()
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    LitigationOutcome won = LitigationOutcome.AGENCY_WON;
    new EqualsTester()
        .addEqualityGroup(
            litigation(NUMBER, GAJ, FILED, HEARD, true, won, CONCLUDED),
            litigation(NUMBER, GAJ, FILED, HEARD, true, won, CONCLUDED))
        .addEqualityGroup(litigation("（2024）宁0424行初2号", GAJ, FILED, HEARD, true, won, CONCLUDED))
        .addEqualityGroup(litigation(NUMBER, JINGYUAN, FILED, HEARD, true, won, CONCLUDED))
        .addEqualityGroup(litigation(NUMBER, GAJ, FILED.minusDays(1), HEARD, true, won, CONCLUDED))
        .addEqualityGroup(litigation(NUMBER, GAJ, FILED, HEARD.plusDays(1), true, won, CONCLUDED))
        .addEqualityGroup(litigation(NUMBER, GAJ, FILED, HEARD, false, won, CONCLUDED))
        .addEqualityGroup(litigation(NUMBER, GAJ, FILED, null, false, won, CONCLUDED))
        .addEqualityGroup(litigation(NUMBER, GAJ, FILED, HEARD, true, LitigationOutcome.MEDIATED,
            CONCLUDED))
        .addEqualityGroup(litigation(NUMBER, GAJ, FILED, HEARD, true, won, CONCLUDED.plusDays(1)))
        .addEqualityGroup(litigation(NUMBER, GAJ, FILED, HEARD, true, null, null))
        .testEquals();
  }
}
