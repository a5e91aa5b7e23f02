package org.fazhi.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.fazhi.examples.Run;
import org.fazhi.jackson.Dataset;
import org.fazhi.jackson.ScorecardJson;
import org.fazhi.metrics.check.Verdict;
import org.fazhi.metrics.scorecard.Scorecard;
import org.fazhi.metrics.scorecard.ScorecardRow;
import org.fazhi.metrics.exact.Tally;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportCommandTest {

  static final Dataset JINGYUAN = BundledData.jingyuan();
  static final Scorecard SCORECARD = JINGYUAN.scorecard();

  static ScorecardRow row(String code) {
    return SCORECARD.row(code).orElseThrow();
  }

  @Nested
  class Jingyuan {

    @Test
    void theMainJobPrintsTheScorecardAndEveryCheckablePrintedFigureReproduces() {
      Run run = Run.of("report");

      assertThat(run.status()).isZero();
      assertThat(run.err()).isEmpty();
      assertThat(run.out()).startsWith("泾源县2024年法治政府建设情况报告\n来源：")
          .contains("泾源县（640424）2024 指标表", "示例输入",
              "— 缺少数据：")
          .endsWith("报告所载数字64项：复现63项，不一致0项，缺少输入未核对1项。\n");
    }

    @Test
    void everyPrintedFigureWithInputsReproducesAndOnlyTheApproximateOneIsUnchecked() {
      long printed = SCORECARD.rows().stream().filter(r -> r.printed().isPresent()).count();
      assertThat(printed).isEqualTo(JINGYUAN.published().size()).isEqualTo(64);
      for (ScorecardRow row : SCORECARD.rows()) {
        if (row.printed().isPresent() && row.check().isPresent()) {
          assertThat(row.check().get().verdict()).as(row.indicator().code())
              .isEqualTo(Verdict.REPRODUCED);
        }
      }
      assertThat(SCORECARD.rows().stream()
          .filter(r -> r.printed().isPresent() && r.check().isEmpty())
          .map(r -> r.indicator().code()))
          .containsExactly("FINDINGS-CASE-FILE");
      assertThat(row("FINDINGS-CASE-FILE").printed()).contains("160余条");
    }

    static Stream<Arguments> seedFigures() {
      return Stream.of(
          Arguments.of("MED-RESOLUTION", Tally.of(900, 930), "96.77%"),
          Arguments.of("JY-CERT-EXAM-PASS", Tally.of(77, 122), "63.11%"),
          Arguments.of("JY-ENTERPRISE-CLEANUP", Tally.of(13, 152), "8.55%"),
          Arguments.of("JY-ISSUE-RECTIFICATION", Tally.of(13, 13), "100.00%"),
          Arguments.of("DOC-FILING", Tally.of(2, 2), "100.00%"),
          Arguments.of("DOC-TIMELY", Tally.of(2, 2), "100.00%"),
          Arguments.of("DOC-CONFORMING", Tally.of(2, 2), "100.00%"),
          Arguments.of("TASK-COMPLETION", Tally.of(29, 29), "100.00%"),
          Arguments.of("SERVICE-ONLINE", Tally.of(340, 400), "85.00%"),
          Arguments.of("LIT-HEAD-APPEARANCE", Tally.of(6, 6), "100.00%"),
          Arguments.of("REPORT-PUBLISHED", Tally.of(36, 36), "100.00%"));
    }

    @ParameterizedTest
    @MethodSource("seedFigures")
    void seedRates(String code, Tally tally, String printed) {
      assertThat(row(code).value().tally()).contains(tally);
      assertThat(org.fazhi.metrics.format.FigureFormat.of(org.fazhi.metrics.format.Language.ZH)
          .value(row(code).value())).isEqualTo(printed);
    }

    static Stream<Arguments> seedCounts() {
      return Stream.of(
          Arguments.of("STUDY-PRE-MEETING", 69), Arguments.of("STUDY-CENTRAL-GROUP", 21),
          Arguments.of("STUDY-LECTURES", 4), Arguments.of("EXAM-PRE-APPOINTMENT", 2),
          Arguments.of("TASKS", 29), Arguments.of("INSPECTIONS", 3), Arguments.of("NOTICES", 39),
          Arguments.of("FINDINGS-INSPECTION", 172), Arguments.of("CASE-FILE-REVIEWS", 2),
          Arguments.of("FINDINGS-ISSUE-REVIEW", 13), Arguments.of("CHECKLIST-POWERS", 3158),
          Arguments.of("CHECKLIST-ENFORCEMENT", 3645), Arguments.of("SERVICE-CROSS-PROVINCE", 75),
          Arguments.of("DOC-REVIEWED", 4), Arguments.of("DOC-ISSUED", 2),
          Arguments.of("MED-CASES", 930), Arguments.of("MED-AMOUNT", 78_000_000),
          Arguments.of("LEGAL-AID-CASES", 354), Arguments.of("LEGAL-AID-RECOVERED", 1_070_000),
          Arguments.of("RECON-RECEIVED", 45), Arguments.of("TRAINING-ATTENDANCE", 360),
          Arguments.of("JY-CERT-EXAM-SAT", 122), Arguments.of("JY-CERT-EXAM-PASSED", 77),
          Arguments.of("JY-LEGAL-CONSULTATIONS", 3140), Arguments.of("JY-MEDIATORS", 572));
    }

    @ParameterizedTest
    @MethodSource("seedCounts")
    void seedCountsComeFromTheRecordsAndForms(String code, long total) {
      assertThat(row(code).value().total()).hasValue(total);
    }

    @Test
    void growthOfReconsiderationApplicationsIs400PercentFromADerivedBase() {
      ScorecardRow growth = row("RECON-RECEIVED-YOY");

      assertThat(growth.value().outcome().fraction()).hasValueSatisfying(
          v -> assertThat(v.toString()).isEqualTo("4"));
      assertThat(growth.check().orElseThrow().verdict()).isEqualTo(Verdict.REPRODUCED);
      assertThat(JINGYUAN.remarks().get("RECON-RECEIVED-YOY")).contains("推算");
    }

    @Test
    void overallRatesWithoutInputsAreMissingNotZero() {
      assertThat(row("RECT-COMPLETION").value().isMissing()).isTrue();
      assertThat(row("EXAM-PASS").value().isMissing()).isTrue();
      assertThat(row("MED-RESOLUTION").base().orElseThrow().isMissing()).isTrue();
    }
  }

  @Test
  void englishMarkdown() {
    Run run = Run.of("report", "--lang", "en", "--format", "markdown");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("# 泾源县2024年法治政府建设情况报告\nSource: ")
        .contains("## 泾源县 (640424) 2024 scorecard",
            "| MED-RESOLUTION | dispute resolution rate [6] | 96.77% | 900/930 |",
            "illustrative inputs")
        .contains("64 printed figures: 63 reproduced, 0 mismatched, 1 not checked for want of"
            + " inputs.");
  }

  @Test
  void jsonRoundTripsIntoTheLibrarysTypes() throws IOException {
    Run run = Run.of("report", "--format", "json");

    assertThat(run.status()).isZero();
    assertThat(ScorecardJson.read(run.out())).isEqualTo(SCORECARD);
  }

  @Nested
  class UserData {

    @TempDir
    Path dir;

    static final String SMALL = """
        {"fazhi": "dataset/1", "title": "示例县2024", "source": "test", "unit": "640424",
         "period": "2024",
         "units": [{"code": "640424", "name": "泾源县"}],
         "counts": [
           {"unit": "640424", "period": "2024", "measure": "mediation.cases", "value": 930},
           {"unit": "640424", "period": "2024", "measure": "mediation.resolved", "value": 900}],
         "published": [{"indicator": "MED-RESOLUTION", "figure": "%s"}]}
        """;

    private Path write(String json) throws IOException {
      Path file = dir.resolve("data.json");
      Files.writeString(file, json, StandardCharsets.UTF_8);
      return file;
    }

    @Test
    void aUsersDatasetIsReportedTheSameWay() throws IOException {
      Run run = Run.of("report", "--data", write(SMALL.formatted("96.77%")).toString());

      assertThat(run.status()).isZero();
      assertThat(run.out()).startsWith("示例县2024\n")
          .contains("报告所载数字1项：复现1项，不一致0项，缺少输入未核对0项。");
    }

    @Test
    void aMismatchedFigureExitsWithOne() throws IOException {
      Run run = Run.of("report", "--data", write(SMALL.formatted("96.78%")).toString());

      assertThat(run.status()).isEqualTo(1);
      assertThat(run.out()).contains("应为 96.77%", "不一致1项");
    }

    @Test
    void everyProblemIsReportedWithItsPathAndLineAndNothingIsComputed() throws IOException {
      Path file = write("""
          {"fazhi": "dataset/1", "title": "t", "source": "s", "unit": "640424", "period": "2024",
           "units": [{"code": "640424", "name": "泾源县"}],
           "counts": [
             {"unit": "640424", "period": "2024", "measure": "mediation.cases", "value": -1},
             {"unit": "999999", "period": "2024", "measure": "mediation.cases", "value": 3}],
           "recievedDate": "2024-01-01"}
          """);

      Run run = Run.of("report", "--data", file.toString());

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains("$.counts[0]", "(line 4", "must not be negative",
          "recievedDate", "nothing was computed").doesNotContain("\tat ", "Exception:");
      assertThat(run.err().lines().filter(l -> l.startsWith("error: "))).hasSizeGreaterThan(1);
    }

    @Test
    void aMissingFileIsOneLine() {
      Run run = Run.of("report", "--data", dir.resolve("none.json").toString());

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).startsWith("error: cannot read ");
      assertThat(run.err().lines()).hasSize(1);
    }
  }
}
