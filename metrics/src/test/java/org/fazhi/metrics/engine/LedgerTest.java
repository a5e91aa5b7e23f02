package org.fazhi.metrics.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.fazhi.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class LedgerTest {

  @Test
  void onlyRecordTypesTheLedgerCountsAreAccepted() {
    Ledger.Builder ledger = Ledger.builder(IndicatorColumnTest.HIERARCHY);

    assertThatThrownBy(() -> ledger.addAll(List.of("a mediation case")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Ledger.record = java.lang.String: is not a record type the ledger counts");
    assertThatThrownBy(() -> ledger.addAll(Arrays.asList((Object) null)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Ledger.record = null: is not a record type the ledger counts");
  }

  @Test
  void recordsAreCountedWhateverTheOrderOfTheirDays() {
    Ledger ledger = Ledger.builder(IndicatorColumnTest.HIERARCHY)
        .add(IndicatorColumnTest.mediation("C", IndicatorColumnTest.TOWN_A,
            LocalDate.of(2024, 12, 31), true))
        .add(IndicatorColumnTest.mediation("A", IndicatorColumnTest.TOWN_B,
            LocalDate.of(2023, 1, 1), true))
        .add(IndicatorColumnTest.mediation("B", IndicatorColumnTest.TOWN_A,
            LocalDate.of(2024, 1, 1), true))
        .build();
    Evaluation evaluation = IndicatorColumnTest.evaluate(ledger);

    assertThat(ledger.recordCount()).isEqualTo(3);
    assertThat(evaluation.value(IndicatorColumnTest.TOWN_A, "MED-CASES").total()).hasValue(2);
    // C was resolved three days after it came in: in 2025, after the year's as-of day.
    assertThat(evaluation.value(IndicatorColumnTest.TOWN_A, "MED-RESOLUTION").tally()
        .orElseThrow().numerator()).isEqualTo(1);
    assertThat(evaluation.value(IndicatorColumnTest.TOWN_B, "MED-CASES").total()).hasValue(0);
  }
}
