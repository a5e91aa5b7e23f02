package org.fazhi.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.unit.OrgUnit;
import org.fazhi.metrics.check.Verdict;
import org.fazhi.metrics.engine.Evaluation;
import org.fazhi.metrics.engine.FormCount;
import org.fazhi.metrics.exact.Fraction;
import org.fazhi.metrics.exact.Outcome;
import org.fazhi.metrics.exact.UndefinedReason;
import org.fazhi.metrics.indicator.Catalog;
import org.fazhi.metrics.indicator.Indicator;
import org.fazhi.metrics.indicator.StandardCatalog;
import org.fazhi.metrics.indicator.Target;
import org.fazhi.metrics.indicator.TargetStatus;
import org.fazhi.metrics.measure.Measure;
import org.fazhi.metrics.scorecard.Scorecard;
import org.fazhi.metrics.scorecard.ScorecardRow;
import org.fazhi.metrics.exact.Tally;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScorecardJsonTest {

  /** The position of the dispute resolution rate in the standard catalog, hence in a row list. */
  static final int MED_RESOLUTION_ROW = StandardCatalog.catalog().indicators()
      .indexOf(StandardCatalog.catalog().indicator("MED-RESOLUTION"));

  static final ReportingPeriod Y2024 = ReportingPeriod.year(2024);

  /** The standard catalog with a target and an assessment scale on the resolution rate. */
  static final Catalog CATALOG = banded();

  static Catalog banded() {
    List<Indicator> indicators = new ArrayList<>();
    for (Indicator indicator : StandardCatalog.catalog().indicators()) {
      if (indicator.code().equals("MED-RESOLUTION")) {
        indicator = Indicator.builder()
            .code(indicator.code()).chineseName(indicator.chineseName())
            .englishName(indicator.englishName()).formula(indicator.formula())
            .unit(indicator.unit()).polarity(indicator.polarity()).caliber(indicator.caliber())
            .target(Target.parse("≥95")).bands(FazhiModuleMetricsTest.SCALE)
            .build();
      }
      indicators.add(indicator);
    }
    return Catalog.builder().id(StandardCatalog.ID).version("2024.1+local")
        .addAllIndicators(indicators).build();
  }

  /** Records of every type and typed-in counts, complete for 2024 only. */
  static Dataset dataset() {
    return Dataset.builder()
        .title("示例").source("单元测试").unit(Samples.COUNTY).period(Y2024)
        .hierarchy(Samples.HIERARCHY).catalog(CATALOG)
        .completeFor(com.google.common.collect.ImmutableSet.of(Y2024))
        .addAllRecords(Samples.DATASET_RECORDS)
        .addCounts(
            DatasetCount.of(new FormCount(
                Samples.COUNTY, Y2024, Measure.parse("mediation.cases"), 930)),
            DatasetCount.of(new FormCount(
                Samples.COUNTY, Y2024, Measure.parse("mediation.resolved"), 900)))
        .putPublished("MED-RESOLUTION", PublishedFigure.of("96.67%"))
        .putPublished("EXAM-PASS", PublishedFigure.of("91.76%"))
        .putPublished("RECON-RECEIVED", PublishedFigure.of("1件"))
        .putPublished("RECON-RECEIVED-YOY", PublishedFigure.of("—"))
        .build();
  }

  static final Scorecard SCORECARD = dataset().scorecard();

  static ScorecardRow row(String code) {
    return SCORECARD.row(code).orElseThrow();
  }

  @Test
  void theScorecardOfARealEvaluationHoldsEveryKindOfRow() {
    assertThat(row("MED-RESOLUTION").value().tally()).contains(Tally.of(901, 932));
    assertThat(row("MED-RESOLUTION").base().orElseThrow().isMissing()).isTrue();
    assertThat(row("MED-RESOLUTION").change().orElseThrow().outcome())
        .isEqualTo(Outcome.undefined(UndefinedReason.INPUT_UNDEFINED));
    assertThat(row("MED-RESOLUTION").target()).contains(TargetStatus.MET);
    assertThat(row("MED-RESOLUTION").band().orElseThrow().chinese()).isEqualTo("优秀");
    assertThat(row("MED-RESOLUTION").check().orElseThrow().verdict())
        .isEqualTo(Verdict.REPRODUCED);
    assertThat(row("EXAM-PASS").check().orElseThrow().verdict())
        .isEqualTo(Verdict.MISMATCH);
    assertThat(row("RECON-RECEIVED").value().total()).hasValue(1);
    assertThat(row("RECON-RECEIVED-YOY").value().change()).isPresent();
    assertThat(row("RECON-RECEIVED-YOY").base()).isEmpty();
    assertThat(row("RECON-RECEIVED-YOY").check().orElseThrow().verdict())
        .isEqualTo(Verdict.UNDEFINED);
    assertThat(row("SERVICE-ONLINE").value().outcome())
        .isEqualTo(Outcome.undefined(UndefinedReason.ZERO_DENOMINATOR));
    assertThat(row("TASK-COMPLETION").value().outcome()).isEqualTo(Outcome.of(Fraction.of(1, 2)));
    assertThat(row("TASK-COMPLETION").target()).contains(TargetStatus.NOT_MET);
  }

  @Test
  void aScorecardReadsBackExactly() throws Exception {
    String json = ScorecardJson.write(SCORECARD);

    Scorecard read = ScorecardJson.read(json);

    assertThat(read).isEqualTo(SCORECARD);
    assertThat(read.rows()).containsExactlyElementsOf(SCORECARD.rows());
    assertThat(ScorecardJson.write(read)).isEqualTo(json);
  }

  @Test
  void theScorecardOfEveryUnitReadsBackExactly() throws Exception {
    Evaluation evaluation = dataset().evaluate();

    for (Scorecard scorecard : evaluation.scorecards()) {
      assertThat(ScorecardJson.read(ScorecardJson.write(scorecard))).isEqualTo(scorecard);
    }
    assertThat(evaluation.scorecards()).hasSize(Samples.HIERARCHY.size());
  }

  @Nested
  class Format {

    final String json = ScorecardJson.write(SCORECARD);

    @Test
    void isIndentedWithAStableFieldOrderAndTheFormatTagFirst() {
      assertThat(json).startsWith("""
          {
            "fazhi": "scorecard/1",
            "unit": {
              "code": "640424",
              "name": "泾源县",
              "parent": "640400"
            },
            "period": "2024",
            "basePeriod": "2023",
            "catalogId": "fazhi-standard",
            "catalogVersion": "2024.1+local",
            "indicators": [
              {
                "code": "REPORT-PUBLISHED",
          """);
      assertThat(json).endsWith("}\n").doesNotContain("\r").doesNotContain("\\u");
    }

    @Test
    void rowsNameTheirIndicatorAndDefinitionsAreGivenOnce() throws Exception {
      JsonNode tree = Samples.MAPPER.readTree(json);

      assertThat(tree.get("indicators")).hasSize(CATALOG.indicators().size());
      JsonNode row = tree.get("rows").get(MED_RESOLUTION_ROW);
      assertThat(row.get("indicator").asText()).isEqualTo("MED-RESOLUTION");
      assertThat(row.fieldNames()).toIterable().containsExactly(
          "indicator", "value", "base", "change", "target", "band", "printed", "check");
      assertThat(row.get("value").get("tally").toString())
          .isEqualTo("{\"numerator\":901,\"denominator\":932,\"exclusions\":0,\"exceptions\":0}");
      assertThat(row.get("base").get("missing").asBoolean()).isTrue();
      assertThat(row.get("band").get("interval").asText()).isEqualTo("[95,100]");
    }

    @Test
    void rowsMayComeBeforeTheIndicatorsTheyName() throws Exception {
      ObjectNode tree = (ObjectNode) Samples.MAPPER.readTree(json);
      JsonNode indicators = tree.remove("indicators");
      tree.set("indicators", indicators);

      String reordered = Samples.MAPPER.writeValueAsString(tree);

      assertThat(reordered.indexOf("\"rows\"")).isLessThan(reordered.indexOf("\"indicators\""));
      assertThat(ScorecardJson.read(reordered)).isEqualTo(SCORECARD);
    }
  }

  @Nested
  class Failures {

    @Test
    void aTamperedFigureIsFoundAtItsPath() {
      String tampered = ScorecardJson.write(SCORECARD)
          .replace("\"decimal\": \"0.966738197425\"", "\"decimal\": \"0.976738197425\"");

      assertThatThrownBy(() -> ScorecardJson.read(tampered))
          .isInstanceOf(JsonProcessingException.class)
          .hasMessageStartingWith(
              "$.rows[" + MED_RESOLUTION_ROW + "].value.outcome.decimal (line ")
          .hasMessageContaining("Outcome.decimal = \"0.976738197425\": must be the value 901/932");
    }

    @Test
    void anUnknownFormatTagIsRejected() {
      String other = ScorecardJson.write(SCORECARD).replace("scorecard/1", "scorecard/2");

      assertThatThrownBy(() -> ScorecardJson.read(other))
          .hasMessageStartingWith("$.fazhi (line 2, column 12): Scorecard.fazhi ="
              + " \"scorecard/2\": must be \"scorecard/1\"");
    }

    @Test
    void aRowWhoseIndicatorIsNotDefinedIsRejected() {
      String json = ScorecardJson.write(Scorecard.of(
          OrgUnit.root("640000", "宁夏回族自治区"), Y2024, Y2024.sameTimeLastYear(), "x", "1",
          List.of(row("RECON-RECEIVED"))))
          .replace("\"code\": \"RECON-RECEIVED\"", "\"code\": \"RECON-RECEIVED-2\"");

      assertThatThrownBy(() -> ScorecardJson.read(json))
          .hasMessageContaining("$.rows[0].indicator (line ")
          .hasMessageContaining("ScorecardRow.indicator = \"RECON-RECEIVED\": is not an indicator"
              + " of the catalog");
    }

    @Test
    void contentAfterTheScorecardIsRejected() {
      String json = ScorecardJson.write(SCORECARD) + "{}";

      assertThatThrownBy(() -> ScorecardJson.read(json))
          .isInstanceOf(JsonProcessingException.class)
          .hasMessageContaining("Trailing token");
    }
  }
}
