package org.fazhi.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.EnumSet;
import java.util.stream.Stream;
import org.fazhi.core.validation.ChineseTerm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests {@link ReconsiderationDecision}. */
class ReconsiderationDecisionTest {

  static Stream<Arguments> decisions() {
    return Stream.of(
        arguments(ReconsiderationDecision.UPHELD, "维持", true, false),
        arguments(ReconsiderationDecision.CLAIM_REJECTED, "驳回复议请求", true, false),
        arguments(ReconsiderationDecision.REVOKED, "撤销", true, true),
        arguments(ReconsiderationDecision.ALTERED, "变更", true, true),
        arguments(ReconsiderationDecision.CONFIRMED_UNLAWFUL, "确认违法", true, true),
        arguments(ReconsiderationDecision.ORDERED_TO_PERFORM, "责令履行", true, true),
        arguments(ReconsiderationDecision.APPLICATION_REJECTED, "驳回复议申请", false, false),
        arguments(ReconsiderationDecision.SETTLED, "调解和解", false, false),
        arguments(ReconsiderationDecision.TERMINATED, "终止", false, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decisions")
  void decision(
      ReconsiderationDecision decision, String chinese, boolean onTheMerits, boolean corrective) {
    assertThat(decision.chinese()).isEqualTo(chinese);
    assertThat(decision.isOnTheMerits()).isEqualTo(onTheMerits);
    assertThat(decision.isCorrective()).isEqualTo(corrective);
    assertThat(ChineseTerm.parse(ReconsiderationDecision.class, chinese)).isSameAs(decision);
  }

  @Test
  void decisions_tableIsComplete() {
    assertThat(decisions().map(a -> (ReconsiderationDecision) a.get()[0]))
        .containsExactly(ReconsiderationDecision.values());
  }

  @ParameterizedTest
  @EnumSource(ReconsiderationDecision.class)
  void isCorrective_impliesOnTheMerits(ReconsiderationDecision decision) {
    if (decision.isCorrective()) {
      assertThat(decision.isOnTheMerits()).isTrue();
    }
  }

  @Test
  void correctiveDecisions() {
    EnumSet<ReconsiderationDecision> corrective = EnumSet.noneOf(ReconsiderationDecision.class);
    for (ReconsiderationDecision decision : ReconsiderationDecision.values()) {
      if (decision.isCorrective()) {
        corrective.add(decision);
      }
    }
    assertThat(corrective).containsExactlyInAnyOrder(
        ReconsiderationDecision.REVOKED, ReconsiderationDecision.ALTERED,
        ReconsiderationDecision.CONFIRMED_UNLAWFUL, ReconsiderationDecision.ORDERED_TO_PERFORM);
  }
}
