package org.fazhi.jackson;

import static java.util.Objects.requireNonNull;
import static org.fazhi.jackson.Writing.object;
import static org.fazhi.jackson.Writing.string;
import static org.fazhi.jackson.Writing.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fazhi.core.cases.LegalAidCase;
import org.fazhi.core.cases.LitigationCase;
import org.fazhi.core.cases.MediationCase;
import org.fazhi.core.cases.ReconsiderationCase;
import org.fazhi.core.checklist.Checklist;
import org.fazhi.core.document.NormativeDocument;
import org.fazhi.core.report.AnnualReport;
import org.fazhi.core.study.Exam;
import org.fazhi.core.study.StudySession;
import org.fazhi.core.supervision.RectificationLedger;
import org.fazhi.core.task.TaskList;
import org.fazhi.metrics.indicator.StandardCatalog;

/**
 * Writes a {@link Dataset} in the format {@link DatasetReader} reads
 * ({@value DatasetReader#FORMAT}).
 *
 * <p>Records are written grouped by type, in the order of the {@code records} object of the
 * format; the reader reads them back in that order, so {@code read(write(d))} equals {@code d}
 * for every dataset the reader returned, and for any dataset whose records are so grouped. The
 * catalog is left out when it is the standard one, and written in full otherwise. The caliber
 * and filing time limit are always written.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class DatasetJson {

  private static final ImmutableMap<Class<?>, Writing.Writer<Object>> WRITERS =
      ImmutableMap.<Class<?>, Writing.Writer<Object>>builder()
          .put(TaskList.class, (v, g) -> CoreJson.taskList((TaskList) v, g))
          .put(RectificationLedger.class, (v, g) -> CoreJson.ledger((RectificationLedger) v, g))
          .put(NormativeDocument.class, (v, g) -> CoreJson.document((NormativeDocument) v, g))
          .put(ReconsiderationCase.class,
              (v, g) -> CoreJson.reconsideration((ReconsiderationCase) v, g))
          .put(LitigationCase.class, (v, g) -> CoreJson.litigation((LitigationCase) v, g))
          .put(MediationCase.class, (v, g) -> CoreJson.mediation((MediationCase) v, g))
          .put(LegalAidCase.class, (v, g) -> CoreJson.legalAid((LegalAidCase) v, g))
          .put(StudySession.class, (v, g) -> CoreJson.studySession((StudySession) v, g))
          .put(Exam.class, (v, g) -> CoreJson.exam((Exam) v, g))
          .put(AnnualReport.class, (v, g) -> CoreJson.annualReport((AnnualReport) v, g))
          .put(Checklist.class, (v, g) -> CoreJson.checklist((Checklist) v, g))
          .buildOrThrow();

  /** The keys of the {@code records} object, in the order of {@link Dataset#RECORD_TYPES}. */
  private static final ImmutableList<String> RECORD_KEYS = ImmutableList.of(
      "taskLists", "rectificationLedgers", "normativeDocuments", "reconsiderationCases",
      "litigationCases", "mediationCases", "legalAidCases", "studySessions", "exams",
      "annualReports", "checklists");

  private DatasetJson() {}

  /**
   * Writes a dataset as indented JSON, ending with a line feed.
   *
   * @param dataset the dataset; not null
   * @return the JSON; not null
   */
  public static String write(Dataset dataset) {
    requireNonNull(dataset, "dataset");
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Mappers.PRETTY.createGenerator(out)) {
      write(dataset, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void write(Dataset dataset, JsonGenerator g) throws IOException {
    g.writeStartObject();
    string(g, "fazhi", DatasetReader.FORMAT);
    string(g, "title", dataset.title());
    string(g, "source", dataset.source());
    string(g, "unit", dataset.unit());
    string(g, "period", dataset.period());
    object(g, "caliber", dataset.caliber(), MetricsJson::caliber);
    object(g, "filingTimeLimit", dataset.filingTimeLimit(), CoreJson::filingTimeLimit);
    if (dataset.completeFor().isPresent()) {
      strings(g, "completeFor", dataset.completeFor().get());
    }
    object(g, "units", dataset.hierarchy(), CoreJson::hierarchy);
    if (!dataset.catalog().equals(StandardCatalog.catalog())) {
      object(g, "catalog", dataset.catalog(), MetricsJson::catalog);
    }
    g.writeObjectFieldStart("records");
    for (int i = 0; i < RECORD_KEYS.size(); i++) {
      List<?> records = dataset.recordsOf(Dataset.RECORD_TYPES.get(i));
      if (!records.isEmpty()) {
        g.writeArrayFieldStart(RECORD_KEYS.get(i));
        for (Object record : records) {
          WRITERS.get(Dataset.RECORD_TYPES.get(i)).write(record, g);
        }
        g.writeEndArray();
      }
    }
    g.writeEndObject();
    g.writeArrayFieldStart("counts");
    for (DatasetCount count : dataset.counts()) {
      g.writeStartObject();
      MetricsJson.formCountFields(count.count(), g);
      string(g, "source", count.source());
      if (count.illustrative()) {
        g.writeBooleanField("illustrative", true);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("published");
    for (var entry : dataset.published().entrySet()) {
      g.writeStartObject();
      string(g, "indicator", entry.getKey());
      string(g, "figure", entry.getValue().figure());
      string(g, "quote", entry.getValue().quote());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("remarks");
    Set<String> codes = new LinkedHashSet<>(dataset.remarks().keySet());
    codes.addAll(dataset.illustrative());
    for (String code : codes) {
      g.writeStartObject();
      string(g, "indicator", code);
      if (dataset.illustrative().contains(code)) {
        g.writeBooleanField("illustrative", true);
      }
      if (dataset.remarks().containsKey(code)) {
        string(g, "remark", dataset.remarks().get(code));
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
