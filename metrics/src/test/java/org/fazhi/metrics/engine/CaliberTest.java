package org.fazhi.metrics.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.indicator.TargetBasis;
import org.junit.jupiter.api.Test;

class CaliberTest {

  static final ReportingPeriod Y2024 = ReportingPeriod.year(2024);

  @Test
  void standardReckonsOnThePeriodsLastDayAndJudgesFullValues() {
    Caliber standard = Caliber.standard();

    assertThat(standard.asOf(Y2024, Y2024)).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(standard.asOf(Y2024.sameTimeLastYear(), Y2024))
        .isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(standard.targetBasis()).isEqualTo(TargetBasis.FULL_VALUE);
    assertThat(standard.asOfLagDays()).isZero();
    assertThat(standard.fixedAsOf()).isEmpty();
  }

  @Test
  void aLagIsAddedToEveryPeriodsEnd() {
    Caliber caliber = Caliber.of(59, TargetBasis.ROUNDED_VALUE);

    assertThat(caliber.asOf(Y2024, Y2024)).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(caliber.asOf(Y2024.sameTimeLastYear(), Y2024)).isEqualTo(LocalDate.of(2024, 2, 28));
    assertThat(caliber.targetBasis()).isEqualTo(TargetBasis.ROUNDED_VALUE);
  }

  @Test
  void aFixedDayMovesBackWithTheBasePeriodByWholeMonths() {
    Caliber caliber = Caliber.asOf(LocalDate.of(2024, 6, 30), TargetBasis.FULL_VALUE);
    ReportingPeriod q2 = ReportingPeriod.parse("2024-Q2");

    assertThat(caliber.fixedAsOf()).contains(LocalDate.of(2024, 6, 30));
    assertThat(caliber.asOf(Y2024, Y2024)).isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(caliber.asOf(Y2024.sameTimeLastYear(), Y2024)).isEqualTo(LocalDate.of(2023, 6, 30));
    assertThat(caliber.asOf(q2.previous(), q2)).isEqualTo(LocalDate.of(2024, 3, 30));
  }

  @Test
  void theLagMustBeWithinAYear() {
    assertThatThrownBy(() -> Caliber.of(-1, TargetBasis.FULL_VALUE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Caliber.asOfLagDays = -1: must not be negative");
    assertThatThrownBy(() -> Caliber.of(367, TargetBasis.FULL_VALUE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Caliber.asOfLagDays = 367: must not exceed one year (366)");
    assertThat(Caliber.of(366, TargetBasis.FULL_VALUE).asOfLagDays()).isEqualTo(366);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Caliber.standard(), Caliber.of(0, TargetBasis.FULL_VALUE))
        .addEqualityGroup(Caliber.of(0, TargetBasis.ROUNDED_VALUE))
        .addEqualityGroup(Caliber.of(1, TargetBasis.FULL_VALUE))
        .addEqualityGroup(Caliber.asOf(LocalDate.of(2024, 6, 30), TargetBasis.FULL_VALUE),
            Caliber.asOf(LocalDate.of(2024, 6, 30), TargetBasis.FULL_VALUE))
        .addEqualityGroup(Caliber.asOf(LocalDate.of(2024, 6, 30), TargetBasis.ROUNDED_VALUE))
        .addEqualityGroup(Caliber.asOf(LocalDate.of(2024, 7, 1), TargetBasis.FULL_VALUE))
        .testEquals();
    assertThat(Caliber.asOf(LocalDate.of(2024, 6, 30), TargetBasis.FULL_VALUE).fixedAsOf())
        .contains(LocalDate.of(2024, 6, 30));
  }

  @Test
  void nullsAndText() {
    new NullPointerTester().setDefault(TargetBasis.class, TargetBasis.FULL_VALUE)
        .testAllPublicStaticMethods(Caliber.class);
    assertThat(Caliber.standard()).hasToString("Caliber[as of period end + 0 days, FULL_VALUE]");
    assertThat(Caliber.asOf(LocalDate.of(2024, 6, 30), TargetBasis.ROUNDED_VALUE))
        .hasToString("Caliber[as of 2024-06-30, ROUNDED_VALUE]");
  }
}
