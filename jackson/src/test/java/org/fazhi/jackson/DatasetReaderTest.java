package org.fazhi.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fazhi.core.document.NormativeDocument;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.study.Exam;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.check.Verdict;
import org.fazhi.metrics.engine.Caliber;
import org.fazhi.metrics.exact.Fraction;
import org.fazhi.metrics.exact.Outcome;
import org.fazhi.metrics.indicator.StandardCatalog;
import org.fazhi.metrics.indicator.TargetStatus;
import org.fazhi.metrics.scorecard.Scorecard;
import org.fazhi.metrics.scorecard.ScorecardRow;
import org.fazhi.metrics.exact.Tally;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DatasetReaderTest {

  static final String RESOURCE = "jingyuan-2024.json";

  static String resource() throws IOException {
    try (InputStream in = DatasetReaderTest.class.getResourceAsStream(RESOURCE)) {
      return new String(in.readAllBytes(), UTF_8);
    }
  }

  static Dataset read(String json) throws IOException, DatasetException {
    return DatasetReader.read(new StringReader(json));
  }

  static List<Problem> problems(String json) {
    DatasetException e = catchThrowableOfType(DatasetException.class, () -> read(json));
    assertThat(e).as("a DatasetException for%n%s", json).isNotNull();
    return e.problems();
  }

  /** A valid dataset whose lines 1 to 4 are fixed; {@code rest} begins on line 5. */
  static String dataset(String rest) {
    return """
        {
          "fazhi": "dataset/1", "title": "t", "source": "s", "unit": "640424", "period": "2024",
          "units": [{"code": "640400", "name": "固原市"},
                    {"code": "640424", "name": "泾源县", "parent": "640400"}],
        """ + rest + "\n}\n";
  }

  static String mediation(String fields) {
    return "\"records\": {\"mediationCases\": [{\"id\": \"M1\", \"unit\": \"640424\", " + fields
        + "}]}";
  }

  static String count(String fields) {
    return "\"counts\": [{\"unit\": \"640424\", \"period\": \"2024\", " + fields + "}]";
  }

  @Nested
  class TheSmallDataset {

    @Test
    void readsEveryEntry() throws Exception {
      Dataset dataset = read(resource());

      assertThat(dataset.title()).isEqualTo("泾源县2024年法治政府建设情况（节选）");
      assertThat(dataset.source()).isEqualTo("《泾源县2024年法治政府建设情况报告》");
      assertThat(dataset.unit()).isEqualTo(UnitCode.parse("640424"));
      assertThat(dataset.period()).isEqualTo(ReportingPeriod.year(2024));
      assertThat(dataset.completeFor()).contains(
          com.google.common.collect.ImmutableSet.of(ReportingPeriod.year(2024)));
      assertThat(dataset.caliber()).isEqualTo(Caliber.standard());
      assertThat(dataset.catalog()).isEqualTo(StandardCatalog.catalog());
      assertThat(dataset.hierarchy().size()).isEqualTo(4);
      assertThat(dataset.recordsOf(NormativeDocument.class)).hasSize(4);
      assertThat(dataset.recordsOf(Exam.class)).hasSize(1);
      assertThat(dataset.records()).hasSize(5);
      assertThat(dataset.counts()).hasSize(4);
      assertThat(dataset.counts().get(3).illustrative()).isTrue();
      assertThat(dataset.counts().get(0).source()).contains("调解矛盾纠纷930件");
      assertThat(dataset.published()).containsOnlyKeys(
          "MED-RESOLUTION", "RECON-RECEIVED", "RECON-RECEIVED-YOY", "DOC-FILING");
      assertThat(dataset.published().get("MED-RESOLUTION").quote())
          .contains("矛盾纠纷化解率96.77%");
      assertThat(dataset.remarks()).containsOnlyKeys("RECON-RECEIVED-YOY", "EXAM-PASS");
      assertThat(dataset.illustrative()).containsExactly("RECON-RECEIVED-YOY");
    }

    @Test
    void evaluatesToTheReportsFigures() throws Exception {
      Scorecard scorecard = read(resource()).scorecard();

      ScorecardRow resolution = scorecard.row("MED-RESOLUTION").orElseThrow();
      assertThat(resolution.value().tally()).contains(Tally.of(900, 930));
      assertThat(resolution.indicator().rounding().round(resolution.value().outcome()
          .fraction().orElseThrow().times(Fraction.HUNDRED))).hasToString("96.77");
      assertThat(resolution.check().orElseThrow().verdict()).isEqualTo(Verdict.REPRODUCED);

      ScorecardRow growth = scorecard.row("RECON-RECEIVED-YOY").orElseThrow();
      assertThat(growth.value().outcome()).isEqualTo(Outcome.of(Fraction.of(4)));
      assertThat(growth.check().orElseThrow().verdict()).isEqualTo(Verdict.REPRODUCED);
      assertThat(scorecard.row("RECON-RECEIVED").orElseThrow().value().total()).hasValue(45);

      assertThat(scorecard.row("DOC-REVIEWED").orElseThrow().value().total()).hasValue(4);
      assertThat(scorecard.row("DOC-FILING").orElseThrow().value().tally())
          .contains(Tally.of(2, 2));
      assertThat(scorecard.row("DOC-FILING").orElseThrow().target()).contains(TargetStatus.MET);
      assertThat(scorecard.row("DOC-TIMELY").orElseThrow().value().tally())
          .contains(Tally.of(2, 2));
      assertThat(scorecard.row("DOC-CONFORMING").orElseThrow().value().tally())
          .contains(Tally.of(2, 2));
      assertThat(scorecard.row("EXAM-PASS").orElseThrow().value().tally())
          .contains(Tally.of(77, 122));
      // 2023 is not declared complete: last year's resolution rate is missing, not 0/0.
      assertThat(resolution.base().orElseThrow().isMissing()).isTrue();
    }

    @Test
    void isTheExampleOfDatasetMd() throws Exception {
      String markdown = Files.readString(Path.of("DATASET.md"), UTF_8);
      Matcher example = Pattern.compile("(?s)<!-- example -->\\s*```json\\n(.*?)```")
          .matcher(markdown);

      assertThat(example.find()).as("DATASET.md has an example marked <!-- example -->").isTrue();
      assertThat(example.group(1)).isEqualTo(resource());
    }

    @Test
    void readsTheSameFromAFileAStreamAndText(@TempDir Path dir) throws Exception {
      Path file = dir.resolve("dataset.json");
      Files.writeString(file, resource(), UTF_8);
      Dataset fromText = read(resource());

      assertThat(DatasetReader.read(file)).isEqualTo(fromText);
      assertThat(DatasetReader.read(new ByteArrayInputStream(resource().getBytes(UTF_8))))
          .isEqualTo(fromText);
      assertThat(read("\uFEFF" + resource())).isEqualTo(fromText);
    }

    @Test
    void leavesTheCallersStreamOpen() throws Exception {
      boolean[] closed = new boolean[1];
      InputStream in = new java.io.FilterInputStream(
          new ByteArrayInputStream(resource().getBytes(UTF_8))) {
        @Override
        public void close() throws IOException {
          closed[0] = true;
          super.close();
        }
      };

      assertThat(DatasetReader.read(in).records()).hasSize(5);
      assertThat(closed[0]).isFalse();
    }

    @Test
    void commentsAreIgnoredAtEveryLevel() throws Exception {
      String json = dataset("""
            "_comment": "top",
            "records": {"_note": [1, 2], "mediationCases": [
              {"_why": {"nested": true}, "id": "M1", "unit": "640424",
               "receivedDate": "2024-03-01", "outcome": "PENDING"}]},
            "counts": [{"_source": "x", "unit": "640424", "period": "2024",
                        "measure": "mediation.cases", "value": 3}]""");

      Dataset dataset = read(json);

      assertThat(dataset.records()).hasSize(1);
      assertThat(dataset.counts()).hasSize(1);
    }
  }

  @Nested
  class Catalogs {

    static final String LOCAL = """
        {"code": "MED-RESOLUTION", "chineseName": "矛盾纠纷化解率", "englishName": "resolution",
         "unit": "%", "polarity": "正向", "target": "≥95",
         "formula": {"proportion": {"numerator": "mediation.resolved",
                                    "denominator": "mediation.cases"}},
         "bands": [{"chinese": "合格", "english": "pass", "interval": "[0,95)"},
                   {"chinese": "优秀", "english": "excellent", "interval": "[95,100]"}]},
        {"code": "LEGAL-AID-CONSULTATIONS", "chineseName": "法律咨询", "englishName": "consultations",
         "unit": "人次", "polarity": "NEUTRAL",
         "formula": {"total": "legal_aid.consultations"}, "rounding": "HALF_UP(0)"}""";

    @Test
    void anExtensionReplacesIndicatorsInPlaceAndAppendsTheOthers() throws Exception {
      Dataset dataset = read(dataset("""
          "catalog": {"extends": "fazhi-standard", "version": "2024.1+local", "indicators": [
          """ + LOCAL + """
          ]},
          "counts": [
            {"unit": "640424", "period": "2024", "measure": "legal_aid.consultations",
             "value": 3140, "source": "法律咨询3140人次"}]"""));

      var catalog = dataset.catalog();
      var standard = StandardCatalog.catalog();
      assertThat(catalog.id()).isEqualTo("fazhi-standard");
      assertThat(catalog.version()).isEqualTo("2024.1+local");
      assertThat(catalog.indicators()).hasSize(standard.indicators().size() + 1);
      int position = StandardCatalog.catalog().indicators()
          .indexOf(StandardCatalog.catalog().indicator("MED-RESOLUTION"));
      assertThat(catalog.indicators().get(position).code()).isEqualTo("MED-RESOLUTION");
      assertThat(catalog.indicators().get(position).bands()).isPresent();
      assertThat(catalog.indicators().get(catalog.indicators().size() - 1).code())
          .isEqualTo("LEGAL-AID-CONSULTATIONS");
      assertThat(dataset.evaluate().value(UnitCode.parse("640424"), "LEGAL-AID-CONSULTATIONS")
          .total()).hasValue(3140);
    }

    @Test
    void anIndicatorGivenTwiceIsAProblem() {
      List<Problem> problems = problems(dataset("""
          "catalog": {"extends": "fazhi-standard", "version": "x", "indicators": [
          """ + LOCAL + ", " + LOCAL + "]}"));

      assertThat(problems).extracting(Problem::path).containsExactly("$.catalog.indicators");
      assertThat(problems.get(0).message()).isEqualTo(
          "Dataset.catalog.indicators = MED-RESOLUTION: an indicator is given once");
    }

    @Test
    void aWholeCatalogNeedsAnId() {
      List<Problem> problems = problems(dataset(
          "\"catalog\": {\"version\": \"1\", \"indicators\": [" + LOCAL + "]}"));

      assertThat(problems).extracting(Problem::path).containsExactly("$.catalog.id");
      assertThat(problems.get(0).message()).isEqualTo("Dataset.catalog.id = null: is required"
          + " unless the catalog extends fazhi-standard");
    }

    @Test
    void aWholeCatalogReplacesTheStandardOne() throws Exception {
      Dataset dataset = read(dataset(
          "\"catalog\": {\"id\": \"local\", \"version\": \"1\", \"indicators\": ["
              + LOCAL + "]}"));

      assertThat(dataset.catalog().indicators()).extracting(i -> i.code())
          .containsExactly("MED-RESOLUTION", "LEGAL-AID-CONSULTATIONS");
    }
  }

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of("truncated JSON",
            "{\"fazhi\": \"dataset/1\", \"title\": \"t\"",
            "$.title", "malformed JSON: Unexpected end-of-input", 1),
        Arguments.of("trailing garbage",
            dataset("\"counts\": []") + "x",
            "$", "malformed JSON: Unrecognized token 'x'", 7),
        Arguments.of("a second object after the dataset",
            dataset("\"counts\": []") + "{}",
            "$", "unexpected content after the dataset's closing brace: {…}", 7),
        Arguments.of("an empty file", "",
            "$", "the dataset is empty", 1),
        Arguments.of("a blank file", "  \n\t",
            "$", "the dataset is empty", 1),
        Arguments.of("not an object", "[]",
            "$", "Dataset = […]: must be a JSON object", 1),
        Arguments.of("an unknown format tag",
            dataset("\"counts\": []").replace("dataset/1", "dataset/2"),
            "$.fazhi", "Dataset.fazhi = \"dataset/2\": must be \"dataset/1\"", 2),
        Arguments.of("no format tag",
            dataset("\"counts\": []").replace("\"fazhi\": \"dataset/1\", ", ""),
            "$.fazhi", "Dataset.fazhi: is required", 1),
        Arguments.of("no title",
            dataset("\"counts\": []").replace("\"title\": \"t\", ", ""),
            "$.title", "Dataset.title: is required", 1),
        Arguments.of("an unknown top-level key",
            dataset("\"titel\": \"x\""),
            "$.titel", "Dataset.titel = \"x\": is not a field of Dataset", 5),
        Arguments.of("a string for a count",
            dataset(count("\"measure\": \"mediation.cases\", \"value\": \"930\"")),
            "$.counts[0].value", "DatasetCount.value = \"930\": must be a whole number", 5),
        Arguments.of("a number for a date",
            dataset(mediation("\"receivedDate\": 20240301, \"outcome\": \"PENDING\"")),
            "$.records.mediationCases[0].receivedDate",
            "MediationCase.receivedDate = 20240301: must be a date written \"YYYY-MM-DD\"", 5),
        Arguments.of("a day not in the calendar",
            dataset(mediation("\"receivedDate\": \"2024-02-30\", \"outcome\": \"PENDING\"")),
            "$.records.mediationCases[0].receivedDate",
            "MediationCase.receivedDate = \"2024-02-30\": is not a day of the calendar", 5),
        Arguments.of("a missing required field",
            dataset(mediation("\"receivedDate\": \"2024-03-01\"")),
            "$.records.mediationCases[0].outcome", "MediationCase.outcome: is required", 5),
        Arguments.of("a misspelt field",
            dataset(mediation("\"receivedDate\": \"2024-03-01\", \"outcome\": \"RESOLVED\","
                + " \"concludedDat\": \"2024-03-05\"")),
            "$.records.mediationCases[0].concludedDat",
            "MediationCase.concludedDat = \"2024-03-05\": is not a field of MediationCase", 5),
        Arguments.of("a repeated key",
            dataset(mediation("\"receivedDate\": \"2024-03-01\", \"outcome\": \"PENDING\","
                + " \"id\": \"M2\"")),
            "$.records.mediationCases[0].id",
            "MediationCase.id = \"M2\": appears twice in one object (first at line 5)", 5),
        Arguments.of("a malformed unit code",
            dataset(mediation("\"receivedDate\": \"2024-03-01\", \"outcome\": \"PENDING\"")
                .replace("\"unit\": \"640424\"", "\"unit\": \"64042\"")),
            "$.records.mediationCases[0].unit",
            "MediationCase.unit = \"64042\": must be six GB/T 2260 digits", 5),
        Arguments.of("a unit that is not in units",
            dataset(mediation("\"receivedDate\": \"2024-03-01\", \"outcome\": \"PENDING\"")
                .replace("\"unit\": \"640424\"", "\"unit\": \"640424-XYZ\"")),
            "$.records.mediationCases[0].unit",
            "MediationCase.unit = 640424-XYZ: is not one of the dataset's units ($.units)", 5),
        Arguments.of("a scorecard unit that is not in units",
            dataset("\"counts\": []").replace("\"unit\": \"640424\"", "\"unit\": \"640425\""),
            "$.unit", "Dataset.unit = 640425: is not one of the dataset's units", 2),
        Arguments.of("a parent that is not in units",
            dataset("\"counts\": []").replace("\"name\": \"固原市\"",
                "\"name\": \"固原市\", \"parent\": \"640000\""),
            "$.units[0].parent",
            "OrgUnit.parent = 640000: must be one of the dataset's units (of 固原市(640400))", 3),
        Arguments.of("a unit given twice",
            dataset("\"counts\": []").replace("\"code\": \"640424\"", "\"code\": \"640400\"")
                .replace(", \"parent\": \"640400\"", ""),
            "$.units[1].code", "OrgUnit.code = 640400: a unit is given once (also $.units[0])",
            4),
        Arguments.of("an unknown term of a vocabulary",
            dataset(mediation("\"receivedDate\": \"2024-03-01\", \"outcome\": \"成功\"")),
            "$.records.mediationCases[0].outcome",
            "MediationCase.outcome = \"成功\": must be one of 调解中 (PENDING)", 5),
        Arguments.of("contradictory dates",
            dataset(mediation("\"receivedDate\": \"2024-03-01\", \"outcome\": \"RESOLVED\","
                + " \"concludedDate\": \"2024-01-02\"")),
            "$.records.mediationCases[0].concludedDate",
            "MediationCase.concludedDate = 2024-01-02: must not be before receivedDate"
                + " (2024-03-01)", 5),
        Arguments.of("a finding raised before its inspection began",
            dataset("""
                "records": {"rectificationLedgers": [{
                  "inspections": [{"id": "DC-1", "kind": "法治督察", "organizer": "640424",
                    "startDate": "2024-04-01", "endDate": "2024-04-10", "scope": "s"}],
                  "findings": [{"id": "F-1", "inspectionId": "DC-1", "unit": "640424",
                    "problem": "p", "raisedDate": "2024-03-01", "dueDate": "2024-05-01",
                    "status": "OPEN"}]}]}"""),
            "$.records.rectificationLedgers[0]",
            "Finding.raisedDate = 2024-03-01: must not be before the start of inspection DC-1", 5),
        Arguments.of("a checklist version added twice",
            dataset("""
                "records": {"checklists": [
                  {"kind": "权责清单", "owner": "640424", "versionDate": "2024-01-01"},
                  {"kind": "POWERS_AND_RESPONSIBILITIES", "owner": "640424",
                   "versionDate": "2024-01-01"}]}"""),
            "$.records.checklists[1]",
            "Checklist.versionDate = 2024-01-01: a version of POWERS_AND_RESPONSIBILITIES of"
                + " 640424 with this date was already added", 7),
        Arguments.of("a negative count",
            dataset(count("\"measure\": \"mediation.cases\", \"value\": -5")),
            "$.counts[0].value",
            "FormCount(640424, 2024, mediation.cases).value = -5: must not be negative", 5),
        Arguments.of("a count given twice",
            dataset("""
                "counts": [
                  {"unit": "640424", "period": "2024", "measure": "mediation.cases", "value": 5},
                  {"unit": "640424", "period": "2024", "measure": "mediation.cases", "value": 6}]"""),
            "$.counts[1]", "DatasetCount = 640424 2024 mediation.cases: the same unit, period and"
                + " measure may be counted only once (also $.counts[0])", 7),
        Arguments.of("a count of a measure nothing reads",
            dataset(count("\"measure\": \"legal_aid.consultations\", \"value\": 3140")),
            "$.counts[0].measure", "DatasetCount.measure = legal_aid.consultations: is neither a"
                + " standard measure nor read by an indicator of the catalog", 5),
        Arguments.of("a count of a period not evaluated",
            dataset(count("\"measure\": \"mediation.cases\", \"value\": 3")
                .replace("\"2024\"", "\"2021\"")),
            "$.counts[0].period", "DatasetCount.period = 2021: a count counts only in an"
                + " evaluation of exactly its period, and this dataset evaluates [2024, 2023]", 5),
        Arguments.of("an unknown indicator in published",
            dataset("\"published\": [{\"indicator\": \"MED-RESOLVE\", \"figure\": \"96.77%\"}]"),
            "$.published[0].indicator",
            "PublishedFigure.indicator = MED-RESOLVE: is not in catalog fazhi-standard 2024.1", 5),
        Arguments.of("an unknown indicator in remarks",
            dataset("\"remarks\": [{\"indicator\": \"LIT-HEAD\", \"illustrative\": true}]"),
            "$.remarks[0].indicator",
            "Remark.indicator = LIT-HEAD: is not in catalog fazhi-standard 2024.1", 5),
        Arguments.of("a remark that says nothing",
            dataset("\"remarks\": [{\"indicator\": \"LIT-LOSS\"}]"),
            "$.remarks[0]", "Remark = LIT-LOSS: must give a remark, or mark the indicator", 5),
        Arguments.of("an unreadable published figure",
            dataset("\"published\": [{\"indicator\": \"MED-RESOLUTION\", \"figure\": \"很多\"}]"),
            "$.published[0].figure", "PublishedFigure.figure = \"很多\": ", 5),
        Arguments.of("records that are not an object",
            dataset("\"records\": []"),
            "$.records", "Dataset.records = […]: must be an object of record arrays", 5),
        Arguments.of("a record that is not an object",
            dataset("\"records\": {\"exams\": [\"EX-1\"]}"),
            "$.records.exams[0]",
            "Dataset.records.exams = \"EX-1\": must be an object { … } (a Exam)", 5),
        Arguments.of("an unknown record array",
            dataset("\"records\": {\"mediations\": []}"),
            "$.records.mediations",
            "Dataset.records.mediations = […]: is not a field of Dataset.records", 5),
        Arguments.of("an unknown base catalog",
            dataset("\"catalog\": {\"extends\": \"guizhou-2024\", \"version\": \"1\"}"),
            "$.catalog.extends", "Dataset.catalog.extends = \"guizhou-2024\": must be"
                + " \"fazhi-standard\", the only catalog fazhi ships", 5),
        Arguments.of("holidays with a limit in calendar days",
            dataset("\"filingTimeLimit\": {\"days\": 30, \"in\": \"CALENDAR_DAYS\","
                + " \"holidays\": [\"2024-10-01\"]}"),
            "$.filingTimeLimit.in", "FilingTimeLimit.in = CALENDAR_DAYS: holidays and"
                + " exchangedWorkdays are given only for WORKING_DAYS", 5),
        Arguments.of("an as-of lag beyond a year",
            dataset("\"caliber\": {\"asOfLagDays\": 400}"),
            "$.caliber.asOfLagDays",
            "Caliber.asOfLagDays = 400: must not exceed one year (366)", 5));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void hostileInputIsReportedWithItsPathAndLine(
      String name, String json, String path, String message, int line) {
    List<Problem> problems = problems(json);

    assertThat(problems).as("%s", problems).hasSize(1);
    Problem problem = problems.get(0);
    assertThat(problem.path()).isEqualTo(path);
    assertThat(problem.message()).contains(message);
    assertThat(problem.line()).isEqualTo(line);
    assertThat(problem.column()).isPositive();
  }

  @Nested
  class SeveralProblems {

    static final String JSON = """
        {
          "fazhi": "dataset/1", "title": "t", "source": "s", "unit": "640424", "period": "2024",
          "units": [{"code": "640400", "name": "固原市"},
                    {"code": "640424", "name": "泾源县", "parent": "640400"}],
          "records": {
            "mediationCases": [
              {"id": "M1", "unit": "640424", "receivedDate": "2024-03-01", "outcome": "RESOLVED",
               "concludedDate": "2024-03-05"},
              {"id": "M2", "unit": "640424", "recievedDate": "2024-03-01", "outcome": "PENDING"},
              {"id": "M3", "unit": "640424", "receivedDate": "2024-03-01", "outcome": "PENDING"},
              {"id": "M4", "unit": "640424", "receivedDate": "2024-03-01", "outcome": "RESOLVED",
               "concludedDate": "2024-01-02"},
              {"id": "M5", "unit": "640499", "receivedDate": "2024-03-01", "outcome": "PENDING"},
              {"id": "M6", "unit": "640424", "receivedDate": "2024-04-01", "outcome": "PENDING",
               "amountInvolvedYuan": -1}
            ],
            "exams": [{"id": "EX-1", "kind": "其他考试", "organizer": "640424",
                       "date": "2024-06-20", "sat": 10, "passed": 11}]
          },
          "counts": [
            {"unit": "640424", "period": "2024", "measure": "mediation.cases", "value": "9"}
          ],
          "published": [{"indicator": "MED-RESOLVE", "figure": "96.77%"}]
        }
        """;

    @Test
    void everyBadEntryIsReportedAndNoneHidesAnother() {
      List<Problem> problems = problems(JSON);

      assertThat(problems).extracting(Problem::path).containsExactly(
          "$.records.mediationCases[1].receivedDate",
          "$.records.mediationCases[1].recievedDate",
          "$.records.mediationCases[3].concludedDate",
          "$.records.mediationCases[4].unit",
          "$.records.mediationCases[5].amountInvolvedYuan",
          "$.records.exams[0].passed",
          "$.counts[0].value",
          "$.published[0].indicator");
      assertThat(problems).extracting(Problem::line)
          .containsExactly(9, 9, 12, 13, 15, 18, 21, 23);
      assertThat(problems.get(5).message())
          .isEqualTo("Exam.passed = 11: must not exceed sat (10)");
    }

    @Test
    void theExceptionListsTheProblemsOnePerLine() {
      DatasetException e = catchThrowableOfType(DatasetException.class, () -> read(JSON));

      assertThat(e.getMessage().split("\n")).hasSize(e.problems().size())
          .containsExactlyElementsOf(e.problems().stream().map(Problem::toString).toList());
      assertThat(e.getMessage()).startsWith(
          "$.records.mediationCases[1].receivedDate (line 9, column 7): MediationCase"
              + ".receivedDate: is required\n");
    }

    @Test
    void isTheExampleOfDatasetMd() throws Exception {
      DatasetException e = catchThrowableOfType(DatasetException.class, () -> read(JSON));
      String markdown = Files.readString(Path.of("DATASET.md"), UTF_8);

      assertThat(markdown).contains("<!-- problems -->\n```\n" + e.getMessage() + "\n```\n");
    }

    @Test
    void malformedJsonStillReportsTheProblemsBeforeIt() {
      String broken = JSON.replace("\"counts\": [", "\"counts\": [ ,");

      List<Problem> problems = problems(broken);

      // What was read before the break is reported; checks across the document are not made.
      assertThat(problems).extracting(Problem::path).containsExactly(
          "$.records.mediationCases[1].receivedDate",
          "$.records.mediationCases[1].recievedDate",
          "$.records.mediationCases[3].concludedDate",
          "$.records.mediationCases[5].amountInvolvedYuan",
          "$.records.exams[0].passed",
          "$.counts[0]");
      assertThat(problems.get(5).message()).startsWith("malformed JSON: Unexpected character");
      assertThat(problems.get(5).line()).isEqualTo(20);
    }
  }

  @Test
  void countsThatGiveAProportionAboveOneAreReportedWhenEvaluated() throws Exception {
    Dataset dataset = read(dataset("""
        "counts": [
          {"unit": "640424", "period": "2024", "measure": "mediation.cases", "value": 930},
          {"unit": "640424", "period": "2024", "measure": "mediation.resolved", "value": 940}]"""));

    assertThatThrownBy(dataset::scorecard)
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("MED-RESOLUTION(640424, 2024).numerator = 940: must not exceed the effective"
            + " denominator (930) of a proportion");
  }

  @Test
  void textThatIsNotUtf8IsAProblem() {
    byte[] bytes = dataset("\"counts\": []").replace("固原市", "\u0000X").getBytes(UTF_8);
    int x = indexOf(bytes, (byte) 'X');
    bytes[x] = (byte) 0xC3; // a lead byte followed by a quote: not UTF-8

    DatasetException e = catchThrowableOfType(DatasetException.class,
        () -> DatasetReader.read(new ByteArrayInputStream(bytes)));

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).message()).startsWith("the text is not UTF-8");
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new AssertionError("no " + b);
  }
}
