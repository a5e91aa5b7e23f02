package org.fazhi.benchmarks.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.fazhi.benchmarks.province.ProvinceRecords;
import org.fazhi.benchmarks.province.SyntheticProvince;
import org.fazhi.core.unit.OrgUnit;
import org.fazhi.core.unit.UnitHierarchy;
import org.fazhi.metrics.indicator.Catalog;
import org.fazhi.metrics.indicator.IndicatorKind;
import org.fazhi.metrics.indicator.StandardCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The naive version is right for each unit's own records, and wrong above them: the mean of
 * rates is not the ratio of sums.
 */
class NaiveTest {

  static final Catalog CATALOG = StandardCatalog.catalog();

  static UnitHierarchy hierarchy;
  static Dashboard exact;
  static Naive.Result naive;

  @BeforeAll
  static void evaluate() {
    SyntheticProvince province = SyntheticProvince.of(11, 20_000);
    ProvinceRecords records = province.records();
    hierarchy = province.hierarchy();
    exact = Baseline.prepare(records, CATALOG)
        .evaluate(new Dashboard(CATALOG.indicators().size(), hierarchy.size()));
    naive = Naive.over(records, CATALOG).evaluate(SyntheticProvince.CURRENT_YEAR);
  }

  static int indicator(String code) {
    return CATALOG.indicators().indexOf(CATALOG.indicator(code));
  }

  /** The exact rate in percent, as a double only to compare with the naive one. */
  static double percent(int year, int k, int u) {
    return 100.0 * exact.numerator(year, k, u) / exact.denominator(year, k, u);
  }

  @Test
  void theMeanOfChildRatesIsNotTheRatioOfSums() {
    int k = indicator("MED-RESOLUTION");
    List<OrgUnit> units = hierarchy.units();
    int differing = 0;
    for (int u = 0; u < units.size(); u++) {
      if (!hierarchy.children(units.get(u).code()).isEmpty()
          && exact.denominator(Dashboard.CURRENT, k, u) > 0
          && Math.abs(naive.value(Dashboard.CURRENT, k, u) - percent(Dashboard.CURRENT, k, u))
              > 0.01) {
        differing++;
      }
    }
    assertThat(differing).isPositive();
    // The province itself: 新疆's dispute resolution rate is misreported by the naive roll-up.
    assertThat(naive.value(Dashboard.CURRENT, k, 0))
        .isNotCloseTo(percent(Dashboard.CURRENT, k, 0), within(0.01));
  }

  @Test
  void unitsThatKeepTheirOwnRecordsAreRightAndCountsAddUp() {
    int rate = indicator("MED-RESOLUTION");
    int cases = indicator("MED-CASES");
    List<OrgUnit> units = hierarchy.units();
    int compared = 0;
    for (int u = 0; u < units.size(); u++) {
      assertThat(naive.value(Dashboard.CURRENT, cases, u))
          .isEqualTo((double) exact.numerator(Dashboard.CURRENT, cases, u));
      boolean leaf = hierarchy.children(units.get(u).code()).isEmpty();
      if (leaf && exact.denominator(Dashboard.CURRENT, rate, u) > 0) {
        assertThat(naive.value(Dashboard.CURRENT, rate, u))
            .isCloseTo(percent(Dashboard.CURRENT, rate, u), within(1e-9));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(100);
  }

  @Test
  void everyIndicatorHasAFigureOrNoneForEveryUnit() {
    int k = CATALOG.indicators().size();
    for (int i = 0; i < k; i++) {
      if (CATALOG.indicators().get(i).kind() == IndicatorKind.CHANGE) {
        assertThat(naive.value(Dashboard.BASE, i, 0)).isNaN();
      }
    }
    // A unit without cases has no naive rate, where the exact one is 0 of 0.
    int rate = indicator("LIT-HEAD-APPEARANCE");
    int none = 0;
    for (int u = 0; u < hierarchy.size(); u++) {
      if (exact.denominator(Dashboard.CURRENT, rate, u) == 0) {
        assertThat(naive.value(Dashboard.CURRENT, rate, u)).isNaN();
        none++;
      }
    }
    assertThat(none).isPositive();
  }
}
