package org.fazhi.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.jackson.Samples.MAPPER;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.fazhi.core.cases.MediationCase;
import org.fazhi.core.cases.MediationOutcome;
import org.fazhi.core.checklist.PowerCategory;
import org.fazhi.core.document.FilingTimeLimit;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.task.Task;
import org.fazhi.core.unit.OrgUnit;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.unit.UnitHierarchy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FazhiModuleCoreTest {

  static Stream<Arguments> records() {
    return Stream.of(
        Arguments.of(OrgUnit.class, Samples.REGION),
        Arguments.of(OrgUnit.class, Samples.CITY),
        Arguments.of(UnitHierarchy.class, Samples.HIERARCHY),
        Arguments.of(Task.class, Samples.TASK),
        Arguments.of(org.fazhi.core.task.TaskList.class, Samples.TASK_LIST),
        Arguments.of(org.fazhi.core.supervision.Inspection.class, Samples.INSPECTION),
        Arguments.of(org.fazhi.core.supervision.RectificationNotice.class, Samples.NOTICE),
        Arguments.of(org.fazhi.core.supervision.Finding.class, Samples.FINDING),
        Arguments.of(org.fazhi.core.supervision.RectificationLedger.class, Samples.LEDGER),
        Arguments.of(org.fazhi.core.document.NormativeDocument.class, Samples.DOCUMENT),
        Arguments.of(org.fazhi.core.document.NormativeDocument.class, Samples.DRAFT),
        Arguments.of(FilingTimeLimit.class, FilingTimeLimit.calendarDays(30)),
        Arguments.of(FilingTimeLimit.class, Samples.WORKING_DAYS),
        Arguments.of(org.fazhi.core.cases.ReconsiderationCase.class, Samples.RECONSIDERATION),
        Arguments.of(org.fazhi.core.cases.LitigationCase.class, Samples.LITIGATION),
        Arguments.of(MediationCase.class, Samples.MEDIATION),
        Arguments.of(MediationCase.class, Samples.PENDING_MEDIATION),
        Arguments.of(org.fazhi.core.cases.LegalAidCase.class, Samples.LEGAL_AID),
        Arguments.of(org.fazhi.core.study.StudySession.class, Samples.STUDY),
        Arguments.of(org.fazhi.core.study.Exam.class, Samples.EXAM),
        Arguments.of(org.fazhi.core.report.AnnualReport.class, Samples.REPORT),
        Arguments.of(org.fazhi.core.checklist.Delegation.class, Samples.DELEGATION),
        Arguments.of(org.fazhi.core.checklist.ChecklistItem.class, Samples.ITEM),
        Arguments.of(org.fazhi.core.checklist.Checklist.class, Samples.CHECKLIST),
        Arguments.of(UnitCode.class, Samples.JUSTICE),
        Arguments.of(ReportingPeriod.class, ReportingPeriod.parse("2024-Q3")),
        Arguments.of(LocalDate.class, LocalDate.of(2024, 2, 29)));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("records")
  <T> void everyCoreTypeRoundTrips(Class<T> type, T value) throws Exception {
    String json = MAPPER.writeValueAsString(value);
    T read = MAPPER.readValue(json, type);

    assertThat(read).isEqualTo(value);
    assertThat(MAPPER.writeValueAsString(read)).isEqualTo(json);
  }

  @Test
  void jacksonFindsTheModuleOnTheClassPath() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper found =
        com.fasterxml.jackson.databind.json.JsonMapper.builder().findAndAddModules().build();

    assertThat(found.readValue("\"2024-03-01\"", LocalDate.class))
        .isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(found.writeValueAsString(Samples.MEDIATION))
        .isEqualTo(MAPPER.writeValueAsString(Samples.MEDIATION));
  }

  @Nested
  class Format {

    @Test
    void fieldNamesAreAccessorNamesEnumsAreConstantNamesDatesAreIsoDays() throws Exception {
      JsonNode json = MAPPER.valueToTree(Samples.TASK);

      assertThat(json.fieldNames()).toIterable().containsExactly(
          "number", "action", "title", "leadUnit", "coUnits", "assignedDate", "dueDate",
          "status", "completionDate");
      assertThat(json.get("status").asText()).isEqualTo("COMPLETED");
      assertThat(json.get("dueDate").asText()).isEqualTo("2024-06-30");
      assertThat(json.get("coUnits").toString()).isEqualTo("[\"640424-GAJ\",\"640424\"]");
    }

    @Test
    void absentOptionalValuesAreLeftOut() throws Exception {
      JsonNode json = MAPPER.valueToTree(Samples.PENDING_MEDIATION);

      assertThat(json.has("concludedDate")).isFalse();
      assertThat(json.get("amountInvolvedYuan").asLong()).isZero();
    }

    @Test
    void enumsReadAsConstantNamesOrChineseTerms() throws Exception {
      String chinese = mediation("\"outcome\": \"调解成功\"");
      String name = mediation("\"outcome\": \"RESOLVED\"");

      assertThat(MAPPER.readValue(chinese, MediationCase.class).outcome())
          .isEqualTo(MediationOutcome.RESOLVED);
      assertThat(MAPPER.readValue(name, MediationCase.class))
          .isEqualTo(MAPPER.readValue(chinese, MediationCase.class));
      assertThat(MAPPER.readValue("\"行政许可\"", PowerCategory.class))
          .isEqualTo(PowerCategory.LICENSING);
      assertThat(MAPPER.writeValueAsString(PowerCategory.LICENSING)).isEqualTo("\"LICENSING\"");
    }

    @Test
    void nullIsTheSameAsLeavingAnOptionalFieldOut() throws Exception {
      String json = """
          {"id": "M", "unit": "640424", "receivedDate": "2024-03-01", "outcome": "PENDING",
           "concludedDate": null}""";

      assertThat(MAPPER.readValue(json, MediationCase.class).concludedDate()).isEmpty();
    }

    @Test
    void keysStartingWithUnderscoreAreComments() throws Exception {
      String json = mediation("\"outcome\": \"RESOLVED\", \"_comment\": {\"any\": [1, 2]}");

      assertThat(MAPPER.readValue(json, MediationCase.class).id()).isEqualTo("M");
    }
  }

  @Nested
  class Failures {

    @Test
    void aValidationFailureNamesThePathTheFieldTheValueAndTheRule() {
      String json = """
          {"id": "M", "unit": "640424", "receivedDate": "2024-03-01", "outcome": "RESOLVED",
           "concludedDate": "2024-01-02"}""";

      assertThatThrownBy(() -> MAPPER.readValue(json, MediationCase.class))
          .isInstanceOf(JsonMappingException.class)
          .hasMessage("$.concludedDate (line 2, column 19): MediationCase.concludedDate ="
              + " 2024-01-02: must not be before receivedDate (2024-03-01)");
    }

    @Test
    void everyProblemOfAValueIsReportedOnePerLine() {
      String json = """
          {"id": "M", "unit": "64042", "recievedDate": "2024-03-01", "outcome": "成功",
           "amountInvolvedYuan": "12"}""";

      assertThatThrownBy(() -> MAPPER.readValue(json, MediationCase.class))
          .hasMessage(String.join("\n",
              "$.unit (line 1, column 21): MediationCase.unit = \"64042\": must be six GB/T 2260"
                  + " digits (640424), nine township digits (640424100) or an agency code"
                  + " (640424-SFJ)",
              "$.recievedDate (line 1, column 46): MediationCase.recievedDate = \"2024-03-01\":"
                  + " is not a field of MediationCase (its fields are id, unit, receivedDate,"
                  + " outcome, concludedDate, amountInvolvedYuan; a key starting with _ is a"
                  + " comment)",
              "$.outcome (line 1, column 71): MediationCase.outcome = \"成功\": must be one of"
                  + " 调解中 (PENDING), 调解成功 (RESOLVED), 调解不成 (UNRESOLVED)",
              "$.amountInvolvedYuan (line 2, column 24): MediationCase.amountInvolvedYuan ="
                  + " \"12\": must be a whole number (digits, without quotes)",
              "$.receivedDate (line 1, column 1): MediationCase.receivedDate: is required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2024-3-1\"", "\"20240301\"", "\"2024-02-30\"", "20240301",
        "\"2024-03-01T00:00\"", "\" 2024-03-01\""})
    void datesAreStrictlyYearMonthDay(String date) {
      assertThatThrownBy(() -> MAPPER.readValue(date, LocalDate.class))
          .isInstanceOf(JsonMappingException.class)
          .hasMessageStartingWith("$ (line 1, column 1): LocalDate = " + date + ": ");
    }

    @Test
    void aRepeatedKeyIsAProblemNotALastOneWins() {
      String json = mediation("\"outcome\": \"RESOLVED\", \"id\": \"N\"");

      assertThatThrownBy(() -> MAPPER.readValue(json, MediationCase.class))
          .hasMessageContaining("$.id (line 1, column ")
          .hasMessageContaining("MediationCase.id = \"N\": appears twice in one object");
    }

    @Test
    void aRepeatedElementOfASetIsAProblemNotSilentlyMerged() {
      String json = """
          {"number": "1", "action": "a", "title": "t", "leadUnit": "640424-SFJ",
           "coUnits": ["640424-GAJ", "640424-GAJ"], "assignedDate": "2024-03-01",
           "dueDate": "2024-06-30", "status": "NOT_STARTED"}""";

      assertThatThrownBy(() -> MAPPER.readValue(json, Task.class))
          .hasMessage("$.coUnits[1] (line 2, column 28): Task.coUnits = 640424-GAJ: appears"
              + " twice in the list (first at line 2)");
    }

    @Test
    void aNestedRecordIsReportedAtItsPath() {
      String json = """
          {"title": "清单", "issuer": "640424", "issuedDate": "2024-03-01", "tasks": [
            {"number": "1", "action": "a", "title": "t", "leadUnit": "640424",
             "assignedDate": "2024-03-01", "dueDate": "2024-02-01", "status": "NOT_STARTED"}]}""";

      assertThatThrownBy(() -> MAPPER.readValue(json, org.fazhi.core.task.TaskList.class))
          .hasMessage("$.tasks[0].dueDate (line 3, column 45): Task.dueDate = 2024-02-01: must"
              + " not be before assignedDate (2024-03-01)");
    }
  }

  private static String mediation(String more) {
    return "{\"id\": \"M\", \"unit\": \"640424\", \"receivedDate\": \"2024-03-01\","
        + " \"concludedDate\": \"2024-03-02\", " + more + "}";
  }
}
