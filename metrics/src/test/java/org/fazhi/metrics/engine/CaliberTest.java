package org.fazhi.metrics.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.fazhi.metrics.indicator.TargetBasis;
import org.junit.jupiter.api.Test;

class CaliberTest {

  @Test
  void calibersAreEqualByLagFixedDayAndBasis() {
    LocalDate midYear = LocalDate.of(2024, 6, 30);
    new EqualsTester()
        .addEqualityGroup(Caliber.standard(), Caliber.of(0, TargetBasis.FULL_VALUE))
        .addEqualityGroup(Caliber.of(0, TargetBasis.ROUNDED_VALUE))
        .addEqualityGroup(Caliber.of(59, TargetBasis.FULL_VALUE))
        .addEqualityGroup(Caliber.asOf(midYear, TargetBasis.FULL_VALUE),
            Caliber.asOf(LocalDate.of(2024, 6, 30), TargetBasis.FULL_VALUE))
        .addEqualityGroup(Caliber.asOf(midYear, TargetBasis.ROUNDED_VALUE))
        .addEqualityGroup(Caliber.asOf(midYear.plusDays(1), TargetBasis.FULL_VALUE))
        .testEquals();
    assertThat(Caliber.asOf(midYear, TargetBasis.FULL_VALUE).fixedAsOf()).contains(midYear);
  }
}
