package org.fazhi.core.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.fazhi.core.testing.InvalidValues.assertInvalid;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.fazhi.core.unit.UnitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link Delegation}. */
class DelegationTest {

  private static final UnitCode XIANGSHUI = UnitCode.parse("640424100");
  private static final UnitCode XINMIN = UnitCode.parse("640424200");
  private static final LocalDate DELEGATED = LocalDate.of(2024, 3, 1);
  private static final LocalDate RECALLED = LocalDate.of(2024, 9, 1);

  //-----------------------------------------------------------------------
  // of(UnitCode, LocalDate)
  //-----------------------------------------------------------------------
  @Test
  void of() {
    Delegation delegation = Delegation.of(XIANGSHUI, DELEGATED);
    assertThat(delegation.township()).isEqualTo(XIANGSHUI);
    assertThat(delegation.delegatedDate()).isEqualTo(DELEGATED);
    assertThat(delegation.recalledDate()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"640000", "640400", "640424", "640424-SFJ", "640424100-SFS"})
  void of_notATownship(String code) {
    assertInvalid(() -> Delegation.of(UnitCode.parse(code), DELEGATED),
        "Delegation.township = " + code + ": must be a township code (nine digits)");
  }

  @Test
  void of_nulls() {
    assertThatNullPointerException().isThrownBy(() -> Delegation.of(null, DELEGATED))
        .withMessage("township");
    assertThatNullPointerException().isThrownBy(() -> Delegation.of(XIANGSHUI, null))
        .withMessage("delegatedDate");
    new NullPointerTester()
        .setDefault(UnitCode.class, XIANGSHUI)
        .testAllPublicStaticMethods(Delegation.class);
  }

  //-----------------------------------------------------------------------
  // recall(LocalDate)
  //-----------------------------------------------------------------------
  @Test
  void recall() {
    Delegation delegation = Delegation.of(XIANGSHUI, DELEGATED);
    Delegation recalled = delegation.recall(RECALLED);
    assertThat(recalled.township()).isEqualTo(XIANGSHUI);
    assertThat(recalled.delegatedDate()).isEqualTo(DELEGATED);
    assertThat(recalled.recalledDate()).contains(RECALLED);
    assertThat(delegation.recalledDate()).as("the original is unchanged").isEmpty();
  }

  @Test
  void recall_theDayOfDelegation() {
    assertThat(Delegation.of(XIANGSHUI, DELEGATED).recall(DELEGATED).recalledDate())
        .contains(DELEGATED);
  }

  @Test
  void recall_beforeDelegation() {
    assertInvalid(() -> Delegation.of(XIANGSHUI, DELEGATED).recall(DELEGATED.minusDays(1)),
        "Delegation.recalledDate = 2024-02-29: must not be before delegatedDate (2024-03-01)");
  }

  @Test
  void recall_twice() {
    Delegation recalled = Delegation.of(XIANGSHUI, DELEGATED).recall(RECALLED);
    assertInvalid(() -> recalled.recall(RECALLED.plusDays(1)),
        "Delegation.recalledDate = 2024-09-01: a delegation is recalled once");
    assertInvalid(() -> recalled.recall(RECALLED),
        "Delegation.recalledDate = 2024-09-01: a delegation is recalled once");
  }

  @Test
  void recall_null() {
    assertThatNullPointerException()
        .isThrownBy(() -> Delegation.of(XIANGSHUI, DELEGATED).recall(null))
        .withMessage("recalledDate");
    assertThatNullPointerException()
        .isThrownBy(() -> Delegation.of(XIANGSHUI, DELEGATED).recall(RECALLED).recall(null))
        .withMessage("recalledDate");
  }

  @Test
  void instanceMethods_nulls() {
    new NullPointerTester().testAllPublicInstanceMethods(Delegation.of(XIANGSHUI, DELEGATED));
    new NullPointerTester()
        .testAllPublicInstanceMethods(Delegation.of(XIANGSHUI, DELEGATED).recall(RECALLED));
  }

  //-----------------------------------------------------------------------
  // isInForce(LocalDate)
  //-----------------------------------------------------------------------
  @Test
  void isInForce_neverRecalled() {
    Delegation delegation = Delegation.of(XIANGSHUI, DELEGATED);
    assertThat(delegation.isInForce(DELEGATED.minusDays(1))).isFalse();
    assertThat(delegation.isInForce(DELEGATED)).isTrue();
    assertThat(delegation.isInForce(DELEGATED.plusDays(1))).isTrue();
    assertThat(delegation.isInForce(LocalDate.of(2099, 12, 31))).isTrue();
  }

  @Test
  void isInForce_recalled() {
    Delegation delegation = Delegation.of(XIANGSHUI, DELEGATED).recall(RECALLED);
    assertThat(delegation.isInForce(DELEGATED.minusDays(1))).isFalse();
    assertThat(delegation.isInForce(DELEGATED)).isTrue();
    assertThat(delegation.isInForce(RECALLED.minusDays(1))).isTrue();
    assertThat(delegation.isInForce(RECALLED)).as("not in force on the day of recall").isFalse();
    assertThat(delegation.isInForce(RECALLED.plusDays(1))).isFalse();
  }

  @Test
  void isInForce_everyDayOfTheYear() {
    Delegation delegation = Delegation.of(XIANGSHUI, DELEGATED).recall(RECALLED);
    for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() == 2024; day = day.plusDays(1)) {
      boolean expected = !day.isBefore(DELEGATED) && day.isBefore(RECALLED);
      assertThat(delegation.isInForce(day)).as("%s", day).isEqualTo(expected);
    }
  }

  @Test
  void isInForce_recalledTheSameDay() {
    Delegation delegation = Delegation.of(XIANGSHUI, DELEGATED).recall(DELEGATED);
    assertThat(delegation.isInForce(DELEGATED.minusDays(1))).isFalse();
    assertThat(delegation.isInForce(DELEGATED)).isFalse();
    assertThat(delegation.isInForce(DELEGATED.plusDays(1))).isFalse();
  }

  @Test
  void isInForce_null() {
    assertThatNullPointerException()
        .isThrownBy(() -> Delegation.of(XIANGSHUI, DELEGATED).isInForce(null))
        .withMessage("asOf");
  }

  //-----------------------------------------------------------------------
  // equals(Object), hashCode()
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(Delegation.of(XIANGSHUI, DELEGATED), Delegation.of(XIANGSHUI, DELEGATED))
        .addEqualityGroup(Delegation.of(XINMIN, DELEGATED))
        .addEqualityGroup(Delegation.of(XIANGSHUI, DELEGATED.plusDays(1)))
        .addEqualityGroup(
            Delegation.of(XIANGSHUI, DELEGATED).recall(RECALLED),
            Delegation.of(XIANGSHUI, DELEGATED).recall(RECALLED))
        .addEqualityGroup(Delegation.of(XIANGSHUI, DELEGATED).recall(RECALLED.plusDays(1)))
        .testEquals();
  }
}
