package org.fazhi.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.fazhi.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class ProblemTest {

  static final Problem LOCATED = new Problem("$.counts[0].value", 12, 14,
      "FormCount(640424, 2024, mediation.cases).value = -5: must not be negative");
  static final Problem UNLOCATED = new Problem("$.rows[0]", 0, 0, "Scorecard: bad");

  @Test
  void printsPathLineColumnAndMessageOnOneLine() {
    assertThat(LOCATED).hasToString("$.counts[0].value (line 12, column 14): FormCount(640424,"
        + " 2024, mediation.cases).value = -5: must not be negative");
    assertThat(LOCATED.hasLocation()).isTrue();
  }

  @Test
  void leavesOutALocationTheParserDidNotKnow() {
    assertThat(UNLOCATED).hasToString("$.rows[0]: Scorecard: bad");
    assertThat(UNLOCATED.hasLocation()).isFalse();
  }

  @Test
  void rejectsBlankPartsAndNegativePositions() {
    assertThatThrownBy(() -> new Problem(" ", 1, 1, "m"))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("Problem.path");
    assertThatThrownBy(() -> new Problem("$", 1, 1, ""))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("Problem.message");
    assertThatThrownBy(() -> new Problem("$", -1, 1, "m"))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("Problem.line");
    assertThatThrownBy(() -> new Problem(null, 1, 1, "m"))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void equalProblemsAreEqual() {
    new EqualsTester()
        .addEqualityGroup(LOCATED, new Problem(LOCATED.path(), 12, 14, LOCATED.message()))
        .addEqualityGroup(new Problem(LOCATED.path(), 12, 15, LOCATED.message()))
        .addEqualityGroup(UNLOCATED)
        .testEquals();
  }

  @Test
  void anExceptionListsItsProblemsOnePerLine() {
    DatasetException e = new DatasetException(List.of(LOCATED, UNLOCATED));

    assertThat(e.getMessage()).isEqualTo(LOCATED + "\n" + UNLOCATED);
    assertThat(e.problems()).containsExactly(LOCATED, UNLOCATED);
    assertThatThrownBy(() -> new DatasetException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
