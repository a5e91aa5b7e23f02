package org.fazhi.benchmarks.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fazhi.core.cases.MediationCase;
import org.fazhi.core.unit.OrgUnit;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.unit.UnitKind;
import org.fazhi.metrics.engine.Ledger;
import org.junit.jupiter.api.Test;

class SyntheticProvinceTest {

  @Test
  void aProvinceOfFiveCitiesTwentyTwoCountiesAndAboutThreeThousandUnitsBelow() {
    SyntheticProvince province = SyntheticProvince.of(1, 1_000);
    Map<UnitKind, Long> kinds = province.hierarchy().units().stream()
        .collect(Collectors.groupingBy(OrgUnit::kind, Collectors.counting()));

    assertThat(kinds.get(UnitKind.PROVINCE)).isEqualTo(1);
    assertThat(kinds.get(UnitKind.PREFECTURE)).isEqualTo(5);
    assertThat(kinds.get(UnitKind.COUNTY)).isEqualTo(22);
    assertThat(kinds.get(UnitKind.TOWNSHIP) + kinds.get(UnitKind.AGENCY))
        .isBetween(2_800L, 3_200L);
    assertThat(province.hierarchy().roots()).extracting(OrgUnit::code)
        .containsExactly(UnitCode.parse("650000"));
    assertThat(province.hierarchy().contains(UnitCode.parse("650102-A01"))).isTrue();
    assertThat(province.hierarchy().contains(UnitCode.parse("650102100"))).isTrue();
    assertThat(province.hierarchy().parent(UnitCode.parse("652324")).orElseThrow().code())
        .isEqualTo(UnitCode.parse("652300"));
  }

  @Test
  void theSameSeedGivesTheSameRecordsAndAnotherSeedOthers() {
    ProvinceRecords a = SyntheticProvince.of(5, 2_000).records();
    ProvinceRecords b = SyntheticProvince.of(5, 2_000).records();
    ProvinceRecords c = SyntheticProvince.of(6, 2_000).records();

    assertThat(a.all()).isEqualTo(b.all());
    assertThat(a.mediation()).isNotEqualTo(c.mediation());
    assertThat(a.province().seed()).isEqualTo(5);
  }

  @Test
  void eachYearHasExactlyTheRecordsAskedFor() {
    SyntheticProvince province = SyntheticProvince.of(2, 12_345);
    ProvinceRecords records = province.records();
    Ledger ledger = Ledger.builder(province.hierarchy()).addAll(records.all()).build();

    assertThat(records.size()).isEqualTo(2 * 12_345);
    assertThat(ledger.recordCount()).isEqualTo(2 * 12_345);
    assertThat(province.recordsPerYear()).isEqualTo(12_345);
    for (List<?> kind : List.of(records.mediation(), records.litigation(),
        records.reconsideration(), records.tasks(), records.documents(),
        records.rectification())) {
      assertThat(kind).isNotEmpty();
    }
    assertThat(records.mediation().stream()
            .filter(m -> m.receivedDate().getYear() == SyntheticProvince.BASE_YEAR).count())
        .isEqualTo(12_345 * 35 / 100);
  }

  @Test
  void recordsAreSpreadUnevenly() {
    ProvinceRecords records = SyntheticProvince.of(3, 50_000).records();
    long[] perUnit = records.mediation().stream()
        .collect(Collectors.groupingBy(MediationCase::unit, Collectors.counting()))
        .values().stream().mapToLong(Long::longValue).sorted().toArray();
    long busiest = perUnit[perUnit.length - 1];
    long median = perUnit[perUnit.length / 2];

    assertThat(busiest).isGreaterThan(20 * median);
    assertThat(Arrays.stream(perUnit).sum()).isEqualTo(records.mediation().size());
  }

  @Test
  void aProvinceTooSmallIsRejected() {
    assertThatThrownBy(() -> SyntheticProvince.of(1, 999))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1000");
  }

  @Test
  void itDescribesItself() {
    assertThat(SyntheticProvince.of(9, 1_000).toString())
        .startsWith("SyntheticProvince[seed 9, ")
        .endsWith(" units, 1000 records a year]");
  }
}
