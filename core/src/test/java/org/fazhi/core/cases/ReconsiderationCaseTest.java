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

/** Tests {@link ReconsiderationCase}. */
class ReconsiderationCaseTest {

  private static final UnitCode JINGYUAN = UnitCode.parse("640424");
  private static final UnitCode GUYUAN = UnitCode.parse("640400");
  private static final UnitCode GAJ = UnitCode.parse("640424-GAJ");
  private static final UnitCode ZRJ = UnitCode.parse("640424-ZRJ");
  private static final String NUMBER = "泾政复〔2024〕1号";
  private static final LocalDate RECEIVED = LocalDate.of(2024, 3, 4);
  private static final LocalDate ACCEPTED = LocalDate.of(2024, 3, 8);
  private static final LocalDate DECIDED = LocalDate.of(2024, 5, 6);

  /** Builds a case from every attribute; the last three may be null. */
  private static ReconsiderationCase reconsideration(
      String number, UnitCode body, UnitCode respondent, LocalDate received, LocalDate accepted,
      ReconsiderationDecision decision, LocalDate decided) {
    return ReconsiderationCase.builder()
        .caseNumber(number)
        .body(body)
        .respondent(respondent)
        .receivedDate(received)
        .acceptedDate(Optional.ofNullable(accepted))
        .decision(Optional.ofNullable(decision))
        .decidedDate(Optional.ofNullable(decided))
        .build();
  }

  //-----------------------------------------------------------------------
  // builder()
  //-----------------------------------------------------------------------
  @Test
  void builder() {
    ReconsiderationCase reconsideration = ReconsiderationCase.builder()
        .caseNumber(NUMBER)
        .body(JINGYUAN)
        .respondent(GAJ)
        .receivedDate(RECEIVED)
        .acceptedDate(ACCEPTED)
        .decision(ReconsiderationDecision.REVOKED)
        .decidedDate(DECIDED)
        .build();
    assertThat(reconsideration.caseNumber()).isEqualTo(NUMBER);
    assertThat(reconsideration.body()).isEqualTo(JINGYUAN);
    assertThat(reconsideration.respondent()).isEqualTo(GAJ);
    assertThat(reconsideration.receivedDate()).isEqualTo(RECEIVED);
    assertThat(reconsideration.acceptedDate()).contains(ACCEPTED);
    assertThat(reconsideration.decision()).contains(ReconsiderationDecision.REVOKED);
    assertThat(reconsideration.decidedDate()).contains(DECIDED);
    assertThat(reconsideration)
        .hasToString("ReconsiderationCase " + NUMBER + " against 640424-GAJ [撤销]");
  }

  @Test
  void builder_pending() {
    ReconsiderationCase received =
        reconsideration(NUMBER, JINGYUAN, GAJ, RECEIVED, null, null, null);
    assertThat(received.acceptedDate()).isEmpty();
    assertThat(received.decision()).isEmpty();
    assertThat(received.decidedDate()).isEmpty();
    assertThat(received)
        .hasToString("ReconsiderationCase " + NUMBER + " against 640424-GAJ [pending]");
  }

  @Test
  void builder_missingAttributes() {
    assertThatIllegalStateException()
        .isThrownBy(() -> ReconsiderationCase.builder().caseNumber(NUMBER).build())
        .withMessageContaining("[body, respondent, receivedDate]");
  }

  static Stream<Arguments> nullAttributes() {
    return Stream.of(
        arguments("caseNumber", (Consumer<ReconsiderationCase.Builder>) b -> b.caseNumber(null)),
        arguments("body", (Consumer<ReconsiderationCase.Builder>) b -> b.body(null)),
        arguments("respondent", (Consumer<ReconsiderationCase.Builder>) b -> b.respondent(null)),
        arguments("receivedDate",
            (Consumer<ReconsiderationCase.Builder>) b -> b.receivedDate(null)),
        arguments("acceptedDate",
            (Consumer<ReconsiderationCase.Builder>) b -> b.acceptedDate((LocalDate) null)),
        arguments("decision", (Consumer<ReconsiderationCase.Builder>)
            b -> b.decision((ReconsiderationDecision) null)),
        arguments("decidedDate",
            (Consumer<ReconsiderationCase.Builder>) b -> b.decidedDate((LocalDate) null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullAttributes")
  void builder_nullAttribute(String attribute, Consumer<ReconsiderationCase.Builder> setNull) {
    assertThatNullPointerException()
        .isThrownBy(() -> setNull.accept(ReconsiderationCase.builder()))
        .withMessage(attribute);
  }

  @Test
  void builder_nulls() {
    new NullPointerTester().testAllPublicStaticMethods(ReconsiderationCase.class);
    new NullPointerTester().testAllPublicInstanceMethods(ReconsiderationCase.builder());
  }

  //-----------------------------------------------------------------------
  // validation
  //-----------------------------------------------------------------------
  @ParameterizedTest
  @EnumSource(ReconsiderationDecision.class)
  void build_everyDecision(ReconsiderationDecision decision) {
    assertThat(reconsideration(NUMBER, JINGYUAN, GAJ, RECEIVED, ACCEPTED, decision, DECIDED)
        .decision()).contains(decision);
  }

  @Test
  void build_sameDaySteps() {
    assertThat(reconsideration(NUMBER, JINGYUAN, GAJ, RECEIVED, RECEIVED,
        ReconsiderationDecision.TERMINATED, RECEIVED).decidedDate()).contains(RECEIVED);
  }

  private static Arguments invalid(String message, Supplier<ReconsiderationCase> build) {
    return arguments(message, build);
  }

  static Stream<Arguments> invalid() {
    ReconsiderationDecision upheld = ReconsiderationDecision.UPHELD;
    return Stream.of(
        invalid("ReconsiderationCase.caseNumber = \" \": must not be blank",
            () -> reconsideration(" ", JINGYUAN, GAJ, RECEIVED, null, null, null)),
        invalid("ReconsiderationCase.acceptedDate = 2024-03-03:"
                + " must not be before receivedDate (2024-03-04)",
            () -> reconsideration(NUMBER, JINGYUAN, GAJ, RECEIVED, RECEIVED.minusDays(1), null,
                null)),
        invalid("ReconsiderationCase.decidedDate = null: is required when there is a decision",
            () -> reconsideration(NUMBER, JINGYUAN, GAJ, RECEIVED, ACCEPTED, upheld, null)),
        invalid("ReconsiderationCase.decidedDate = 2024-05-06:"
                + " must be absent unless there is a decision",
            () -> reconsideration(NUMBER, JINGYUAN, GAJ, RECEIVED, ACCEPTED, null, DECIDED)),
        invalid("ReconsiderationCase.decision = UPHELD: requires an acceptedDate",
            () -> reconsideration(NUMBER, JINGYUAN, GAJ, RECEIVED, null, upheld, DECIDED)),
        invalid("ReconsiderationCase.decidedDate = 2024-03-07:"
                + " must not be before acceptedDate (2024-03-08)",
            () -> reconsideration(NUMBER, JINGYUAN, GAJ, RECEIVED, ACCEPTED, upheld,
                ACCEPTED.minusDays(1))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void build_invalid(String message, Supplier<ReconsiderationCase> build) {
    assertInvalid(build::get, message);
  }

  //-----------------------------------------------------------------------
  // equals(Object), hashCode()
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    ReconsiderationDecision upheld = ReconsiderationDecision.UPHELD;
    new EqualsTester()
        .addEqualityGroup(
            reconsideration(NUMBER, JINGYUAN, GAJ, RECEIVED, ACCEPTED, upheld, DECIDED),
            reconsideration(NUMBER, JINGYUAN, GAJ, RECEIVED, ACCEPTED, upheld, DECIDED))
        .addEqualityGroup(
            reconsideration("泾政复〔2024〕2号", JINGYUAN, GAJ, RECEIVED, ACCEPTED, upheld, DECIDED))
        .addEqualityGroup(
            reconsideration(NUMBER, GUYUAN, GAJ, RECEIVED, ACCEPTED, upheld, DECIDED))
        .addEqualityGroup(
            reconsideration(NUMBER, JINGYUAN, ZRJ, RECEIVED, ACCEPTED, upheld, DECIDED))
        .addEqualityGroup(reconsideration(
            NUMBER, JINGYUAN, GAJ, RECEIVED.minusDays(1), ACCEPTED, upheld, DECIDED))
        .addEqualityGroup(reconsideration(
            NUMBER, JINGYUAN, GAJ, RECEIVED, ACCEPTED.plusDays(1), upheld, DECIDED))
        .addEqualityGroup(reconsideration(NUMBER, JINGYUAN, GAJ, RECEIVED, ACCEPTED,
            ReconsiderationDecision.REVOKED, DECIDED))
        .addEqualityGroup(reconsideration(
            NUMBER, JINGYUAN, GAJ, RECEIVED, ACCEPTED, upheld, DECIDED.plusDays(1)))
        .addEqualityGroup(reconsideration(NUMBER, JINGYUAN, GAJ, RECEIVED, ACCEPTED, null, null))
        .addEqualityGroup(reconsideration(NUMBER, JINGYUAN, GAJ, RECEIVED, null, null, null))
        .testEquals();
  }
}
