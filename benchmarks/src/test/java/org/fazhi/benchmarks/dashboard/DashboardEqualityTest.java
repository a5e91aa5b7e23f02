package org.fazhi.benchmarks.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fazhi.benchmarks.province.LedgerSink;
import org.fazhi.benchmarks.province.ProvinceRecords;
import org.fazhi.benchmarks.province.SyntheticProvince;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.metrics.engine.Ledger;
import org.fazhi.metrics.indicator.Catalog;
import org.fazhi.metrics.indicator.Indicator;
import org.fazhi.metrics.indicator.IndicatorKind;
import org.fazhi.metrics.indicator.StandardCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * fazhi and the hand-written floor do the same job: the same numerators and denominators for
 * every unit and indicator in both years, and the same changes.
 */
class DashboardEqualityTest {

  static final int RECORDS_PER_YEAR = 20_000;
  static final Catalog CATALOG = StandardCatalog.catalog();

  static SyntheticProvince province;
  static ProvinceRecords records;
  static Ledger ledger;
  static Dashboard floor;

  @BeforeAll
  static void evaluate() {
    province = SyntheticProvince.of(7, RECORDS_PER_YEAR);
    records = province.records();
    ledger = Ledger.builder(province.hierarchy()).addAll(records.all()).build();
    floor = Baseline.prepare(records, CATALOG).evaluate(table());
  }

  static Dashboard table() {
    return new Dashboard(CATALOG.indicators().size(), province.hierarchy().size());
  }

  static void assertSameJob(Dashboard fazhi, Dashboard baseline) {
    List<Indicator> indicators = CATALOG.indicators();
    int defined = 0;
    for (int k = 0; k < indicators.size(); k++) {
      Indicator indicator = indicators.get(k);
      for (int u = 0; u < fazhi.units(); u++) {
        String what = indicator.code() + " of " + province.hierarchy().units().get(u);
        for (int year : new int[] {Dashboard.CURRENT, Dashboard.BASE}) {
          if (indicator.kind() == IndicatorKind.CHANGE) {
            // A change indicator's value is a fraction compared by value.
            assertThat(Dashboard.sameValue(
                    fazhi.numerator(year, k, u), fazhi.denominator(year, k, u),
                    baseline.numerator(year, k, u), baseline.denominator(year, k, u)))
                .as("%s in year %d: %d/%d against %d/%d", what, year,
                    fazhi.numerator(year, k, u), fazhi.denominator(year, k, u),
                    baseline.numerator(year, k, u), baseline.denominator(year, k, u))
                .isTrue();
          } else {
            assertThat(fazhi.numerator(year, k, u)).as("numerator, %s, year %d", what, year)
                .isEqualTo(baseline.numerator(year, k, u));
            assertThat(fazhi.denominator(year, k, u)).as("denominator, %s, year %d", what, year)
                .isEqualTo(baseline.denominator(year, k, u));
          }
          defined += fazhi.denominator(year, k, u) != 0 ? 1 : 0;
        }
        assertThat(Dashboard.sameValue(
                fazhi.changeNumerator(k, u), fazhi.changeDenominator(k, u),
                baseline.changeNumerator(k, u), baseline.changeDenominator(k, u)))
            .as("change of %s: %d/%d against %d/%d", what,
                fazhi.changeNumerator(k, u), fazhi.changeDenominator(k, u),
                baseline.changeNumerator(k, u), baseline.changeDenominator(k, u))
            .isTrue();
      }
    }
    // Most figures have a value: the comparison is not one of zeros.
    assertThat(defined).isGreaterThan(indicators.size() * fazhi.units());
  }

  @Test
  void fazhiAndTheFloorGiveTheSameNumeratorsDenominatorsAndChanges() {
    assertSameJob(Fazhi.of(CATALOG).evaluate(ledger, table()), floor);
  }

  @Test
  void readingUnitByUnitOrThroughScorecardsGivesTheSameTable() {
    Fazhi fazhi = Fazhi.of(CATALOG);

    assertSameJob(fazhi.evaluateUnitByUnit(ledger, table()), floor);
    assertSameJob(fazhi.evaluateWithScorecards(ledger, table()), floor);
  }

  @Test
  void aLedgerFedStraightFromTheGeneratorEqualsOneBuiltFromTheKeptRecords() {
    Ledger streamed = LedgerSink.ledgerOf(province);

    assertThat(streamed.recordCount()).isEqualTo(ledger.recordCount()).isEqualTo(records.size());
    assertSameJob(Fazhi.of(CATALOG).evaluate(streamed, table()), floor);
  }

  @Test
  void theTableIsNotTrivial() {
    int county = province.hierarchy().units().indexOf(
        province.hierarchy().unit(UnitCode.parse("650102")));
    int cases = CATALOG.indicators().indexOf(CATALOG.indicator("MED-CASES"));
    int root = 0;

    // The province holds every mediation case of the year; a county some of them.
    assertThat(floor.numerator(Dashboard.CURRENT, cases, root))
        .isEqualTo(records.mediation().stream()
            .filter(c -> c.receivedDate().getYear() == SyntheticProvince.CURRENT_YEAR).count());
    assertThat(floor.numerator(Dashboard.CURRENT, cases, county))
        .isPositive()
        .isLessThan(floor.numerator(Dashboard.CURRENT, cases, root));
  }

  @Test
  void sameValueComparesFractionsAndTheirAbsence() {
    assertThat(Dashboard.sameValue(1, 2, 3, 6)).isTrue();
    assertThat(Dashboard.sameValue(-1, 2, 1, -2)).isTrue();
    assertThat(Dashboard.sameValue(1, 2, 2, 3)).isFalse();
    assertThat(Dashboard.sameValue(0, 0, 5, 0)).isTrue();
    assertThat(Dashboard.sameValue(0, 1, 0, 0)).isFalse();
    assertThat(Dashboard.sameValue(Long.MAX_VALUE, 3, Long.MAX_VALUE, 3)).isTrue();
  }
}
