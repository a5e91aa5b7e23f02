package org.fazhi.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.fazhi.core.cases.LegalAidKind;
import org.fazhi.core.cases.LitigationOutcome;
import org.fazhi.core.cases.MediationOutcome;
import org.fazhi.core.cases.ReconsiderationDecision;
import org.fazhi.core.checklist.ChecklistKind;
import org.fazhi.core.checklist.PowerCategory;
import org.fazhi.core.checklist.ServiceMode;
import org.fazhi.core.document.ReviewOutcome;
import org.fazhi.core.study.ExamKind;
import org.fazhi.core.study.StudyKind;
import org.fazhi.core.supervision.FindingStatus;
import org.fazhi.core.supervision.InspectionKind;
import org.fazhi.core.task.TaskStatus;
import org.fazhi.core.validation.ChineseTerm;
import org.fazhi.metrics.exact.ChangeKind;
import org.fazhi.metrics.exact.Comparison;
import org.fazhi.metrics.indicator.IndicatorUnit;
import org.fazhi.metrics.indicator.Polarity;
import org.fazhi.metrics.indicator.TargetBasis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** DATASET.md documents every object and vocabulary of the format exactly as the code reads it. */
class DatasetMdTest {

  static final List<Shape> SHAPES = List.of(
      DatasetReader.shape("Dataset"), DatasetReader.shape("Dataset.records"),
      CoreJson.ORG_UNIT, CoreJson.FILING_TIME_LIMIT, MetricsJson.CALIBER,
      DatasetReader.shape("Dataset.catalog"), DatasetReader.shape("DatasetCount"),
      DatasetReader.shape("PublishedFigure"), DatasetReader.shape("Remark"),
      CoreJson.TASK_LIST, CoreJson.TASK, CoreJson.LEDGER, CoreJson.INSPECTION,
      CoreJson.NOTICE, CoreJson.FINDING, CoreJson.DOCUMENT, CoreJson.RECONSIDERATION,
      CoreJson.LITIGATION, CoreJson.MEDIATION, CoreJson.LEGAL_AID, CoreJson.STUDY_SESSION,
      CoreJson.EXAM, CoreJson.ANNUAL_REPORT, CoreJson.CHECKLIST, CoreJson.CHECKLIST_ITEM,
      CoreJson.DELEGATION, MetricsJson.INDICATOR, MetricsJson.FORMULA, MetricsJson.PROPORTION,
      MetricsJson.RATIO, MetricsJson.CHANGE_OF, MetricsJson.BAND);

  static final List<Class<?>> VOCABULARIES = List.of(
      TaskStatus.class, InspectionKind.class, FindingStatus.class, ReviewOutcome.class,
      ReconsiderationDecision.class, LitigationOutcome.class, MediationOutcome.class,
      LegalAidKind.class, StudyKind.class, ExamKind.class, ChecklistKind.class,
      PowerCategory.class, ServiceMode.class, CoreJson.DayCount.class, IndicatorUnit.class,
      Polarity.class, ChangeKind.class, Comparison.class, TargetBasis.class);

  static String row(Shape shape) {
    String required = shape.fields().stream().filter(shape::isRequired)
        .collect(Collectors.joining(", "));
    String optional = shape.fields().stream().filter(f -> !shape.isRequired(f))
        .collect(Collectors.joining(", "));
    return "| " + shape.type() + " | " + (required.isEmpty() ? "—" : required) + " | "
        + (optional.isEmpty() ? "—" : optional) + " |";
  }

  static String row(Class<?> vocabulary) {
    return "| " + vocabulary.getSimpleName() + " | " + Arrays.stream(vocabulary.getEnumConstants())
        .map(c -> ((Enum<?>) c).name() + " " + ((ChineseTerm) c).chinese())
        .collect(Collectors.joining(", ")) + " |";
  }

  static String markdown() throws IOException {
    return Files.readString(Path.of("DATASET.md"), UTF_8);
  }

  static List<Shape> shapes() {
    return SHAPES;
  }

  static List<Class<?>> vocabularies() {
    return VOCABULARIES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void everyObjectIsDocumentedWithItsRequiredAndOptionalFields(Shape shape) throws IOException {
    assertThat(markdown()).contains("\n" + row(shape) + "\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabularies")
  void everyVocabularyIsDocumentedWithEveryTerm(Class<?> vocabulary) throws IOException {
    assertThat(markdown()).contains("\n" + row(vocabulary) + "\n");
  }
}
