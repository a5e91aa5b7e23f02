package org.fazhi.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.NullPointerTester;
import java.io.StringReader;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.metrics.engine.Caliber;
import org.fazhi.metrics.engine.FormCount;
import org.fazhi.metrics.indicator.StandardCatalog;
import org.fazhi.metrics.indicator.TargetBasis;
import org.fazhi.metrics.measure.Measure;
import org.junit.jupiter.api.Test;

class DatasetJsonTest {

  static final ReportingPeriod Y2024 = ReportingPeriod.year(2024);

  /** A dataset that sets everything the format can hold, and holds a record of every type. */
  static Dataset rich() {
    return Dataset.builder()
        .title("全要素示例").source("单元测试").unit(Samples.COUNTY).period(Y2024)
        .caliber(Caliber.of(59, TargetBasis.ROUNDED_VALUE))
        .filingTimeLimit(Samples.WORKING_DAYS)
        .hierarchy(Samples.HIERARCHY)
        .catalog(ScorecardJsonTest.CATALOG)
        .completeFor(ImmutableSet.of(Y2024, ReportingPeriod.parse("2023-Q4")))
        .addAllRecords(Samples.DATASET_RECORDS)
        .addCounts(
            DatasetCount.builder()
                .count(new FormCount(Samples.TOWNSHIP, Y2024, Measure.parse("mediation.cases"),
                    930))
                .source("调解矛盾纠纷930件").build(),
            DatasetCount.builder()
                .count(new FormCount(Samples.COUNTY, Y2024.sameTimeLastYear(),
                    Measure.parse("reconsideration.received"), 9))
                .illustrative(true).build())
        .putPublished("MED-RESOLUTION",
            PublishedFigure.builder().figure("96.77%").quote("矛盾纠纷化解率96.77%").build())
        .putPublished("EXAM-PASS", PublishedFigure.of("91.67%"))
        .putRemarks("EXAM-PASS", "报告未印出合格率。")
        .putRemarks("MED-RESOLUTION", "化解数由化解率推得。")
        .addIllustrative("MED-RESOLUTION", "LIT-HEAD-APPEARANCE")
        .build();
  }

  @Test
  void theSmallDatasetReadsBackEqual() throws Exception {
    Dataset dataset = DatasetReaderTest.read(DatasetReaderTest.resource());

    String json = DatasetJson.write(dataset);

    assertThat(DatasetReader.read(new StringReader(json))).isEqualTo(dataset);
    assertThat(json).startsWith("{\n  \"fazhi\": \"dataset/1\",\n  \"title\": \"泾源县");
    assertThat(json).doesNotContain("\"catalog\"");
  }

  @Test
  void aDatasetThatSetsEverythingReadsBackEqual() throws Exception {
    Dataset dataset = rich();

    String json = DatasetJson.write(dataset);
    Dataset read = DatasetReader.read(new StringReader(json));

    assertThat(read).isEqualTo(dataset);
    assertThat(read.recordsOf(Object.class)).containsExactlyElementsOf(Samples.DATASET_RECORDS);
    assertThat(read.scorecard()).isEqualTo(dataset.scorecard());
    assertThat(DatasetJson.write(read)).isEqualTo(json);
  }

  @Test
  void aCatalogOtherThanTheStandardOneIsWrittenInFull() {
    String json = DatasetJson.write(rich());

    assertThat(json).contains("\"catalog\": {\n    \"id\": \"fazhi-standard\",\n"
        + "    \"version\": \"2024.1+local\",\n    \"indicators\": [");
    assertThat(json).contains("\"interval\": \"[95,100]\"");
    assertThat(rich().catalog()).isNotEqualTo(StandardCatalog.catalog());
  }

  @Test
  void nullArgumentsAreRejected() {
    new NullPointerTester().testAllPublicStaticMethods(DatasetJson.class);
    new NullPointerTester().testAllPublicStaticMethods(ScorecardJson.class);
    new NullPointerTester().testAllPublicStaticMethods(DatasetReader.class);
  }
}
