package org.fazhi.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.LocalDate;
import org.fazhi.core.cases.LegalAidCase;
import org.fazhi.core.cases.LitigationCase;
import org.fazhi.core.cases.MediationCase;
import org.fazhi.core.cases.ReconsiderationCase;
import org.fazhi.core.checklist.Checklist;
import org.fazhi.core.checklist.ChecklistItem;
import org.fazhi.core.checklist.Delegation;
import org.fazhi.core.document.FilingTimeLimit;
import org.fazhi.core.document.NormativeDocument;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.report.AnnualReport;
import org.fazhi.core.study.Exam;
import org.fazhi.core.study.StudySession;
import org.fazhi.core.supervision.Finding;
import org.fazhi.core.supervision.Inspection;
import org.fazhi.core.supervision.RectificationLedger;
import org.fazhi.core.supervision.RectificationNotice;
import org.fazhi.core.task.Task;
import org.fazhi.core.task.TaskList;
import org.fazhi.core.unit.OrgUnit;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.unit.UnitHierarchy;
import org.fazhi.core.validation.ChineseTerm;
import org.fazhi.metrics.exact.Change;
import org.fazhi.metrics.check.CheckResult;
import org.fazhi.metrics.engine.Caliber;
import org.fazhi.metrics.engine.FormCount;
import org.fazhi.metrics.exact.Fraction;
import org.fazhi.metrics.exact.Outcome;
import org.fazhi.metrics.exact.RoundingPolicy;
import org.fazhi.metrics.indicator.Band;
import org.fazhi.metrics.indicator.Bands;
import org.fazhi.metrics.indicator.Catalog;
import org.fazhi.metrics.indicator.Formula;
import org.fazhi.metrics.indicator.Indicator;
import org.fazhi.metrics.indicator.Interval;
import org.fazhi.metrics.indicator.Target;
import org.fazhi.metrics.measure.Measure;
import org.fazhi.metrics.scorecard.Scorecard;
import org.fazhi.metrics.scorecard.ScorecardRow;
import org.fazhi.metrics.exact.Tally;
import org.fazhi.metrics.indicator.IndicatorValue;

/**
 * A Jackson module that writes and reads every value type of {@code fazhi-core} and
 * {@code fazhi-metrics} as plain JSON, without annotations on those types.
 *
 * <ul>
 *   <li>{@link UnitCode}, {@link ReportingPeriod}, {@link Measure}, {@link Fraction},
 *       {@link RoundingPolicy}, {@link Target} and {@link Interval} are strings, their
 *       {@code toString()} and {@code parse} forms: {@code "640424"}, {@code "2024-Q3"},
 *       {@code "finding.raised[ISSUE_REVIEW]"}, {@code "30/31"}, {@code "HALF_UP(2)"},
 *       {@code "≥100"}, {@code "[95,100]"}.
 *   <li>{@link LocalDate} is a string {@code "YYYY-MM-DD"}, strictly: four-digit year, two-digit
 *       month and day, a real day of the calendar.
 *   <li>Every enum that is a {@link ChineseTerm} is written as its constant name and read as its
 *       name or its Chinese term ({@code "LICENSING"} or {@code "行政许可"}).
 *   <li>Records, catalog types and results are objects whose field names are the accessor names;
 *       absent optional values are left out, and {@code null} reads as absent. Records are read
 *       through their builders or factories, so every validation of core applies.
 *   <li>An {@link Outcome} is {@code {"value": "30/31", "decimal": "0.967741935484"}} or
 *       {@code {"undefined": "ZERO_DENOMINATOR"}}; a {@link Formula} is an object with one key,
 *       {@code proportion}, {@code ratio}, {@code total} or {@code changeOf}. Derived values
 *       written for readers (an outcome's decimal, a change's or a value's outcome) are checked
 *       against the values they derive from when read.
 *   <li>An {@link IndicatorValue} or {@link ScorecardRow} names its indicator by code; read on its
 *       own, the code resolves against the {@link Catalog} set as the deserialization attribute
 *       {@link #CATALOG_ATTRIBUTE}, by default the standard catalog. A {@link Scorecard} carries
 *       the definitions of its indicators, so it reads back exactly.
 * </ul>
 *
 * <p>Reading is strict: an unknown key is an error (keys starting with {@code _} are comments and
 * ignored), as are repeated keys, missing required fields, values of the wrong JSON type and
 * values core rejects. A failure is a {@link com.fasterxml.jackson.databind.JsonMappingException}
 * whose message lists every problem of the value, one per line, as {@link Problem#toString()}
 * prints it. To read a whole dataset with every problem reported, use {@link DatasetReader}.
 *
 * <p>This class has a public constructor so that Jackson's {@code ServiceLoader} discovery
 * ({@code ObjectMapper.findAndRegisterModules()}) can create it. Once registered it is immutable
 * and thread-safe.
 */
public final class FazhiModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /**
   * The name of the deserialization attribute that holds the {@link Catalog} indicator codes
   * resolve against when an {@link IndicatorValue} or a {@link ScorecardRow} is read on its own:
   * {@code mapper.readerFor(IndicatorValue.class).withAttribute(FazhiModule.CATALOG_ATTRIBUTE,
   * catalog)}.
   */
  public static final String CATALOG_ATTRIBUTE = "org.fazhi.jackson.catalog";

  /** Creates the module. */
  public FazhiModule() {
    super("fazhi");
    strings();
    core();
    metrics();
  }

  private void strings() {
    add(UnitCode.class, (value, g) -> g.writeString(value.toString()),
        r -> r.parsed("must be a unit code in double quotes", UnitCode::parse));
    add(ReportingPeriod.class, (value, g) -> g.writeString(value.toString()), MetricsJson::period);
    add(Measure.class, (value, g) -> g.writeString(value.toString()), MetricsJson::measure);
    add(Fraction.class, (value, g) -> g.writeString(value.toString()), MetricsJson::fraction);
    add(RoundingPolicy.class, (value, g) -> g.writeString(value.toString()),
        MetricsJson::rounding);
    add(Target.class, (value, g) -> g.writeString(value.toString()), MetricsJson::target);
    add(Interval.class, (value, g) -> g.writeString(value.toString()), MetricsJson::interval);
    add(LocalDate.class, (value, g) -> g.writeString(Writing.date(value)), Reading::date);
  }

  private void core() {
    add(OrgUnit.class, CoreJson::orgUnit, CoreJson::orgUnit);
    add(UnitHierarchy.class, CoreJson::hierarchy, CoreJson::hierarchy);
    add(Task.class, CoreJson::task, CoreJson::task);
    add(TaskList.class, CoreJson::taskList, CoreJson::taskList);
    add(Inspection.class, CoreJson::inspection, CoreJson::inspection);
    add(RectificationNotice.class, CoreJson::notice, CoreJson::notice);
    add(Finding.class, CoreJson::finding, CoreJson::finding);
    add(RectificationLedger.class, CoreJson::ledger, CoreJson::ledger);
    add(NormativeDocument.class, CoreJson::document, CoreJson::document);
    add(FilingTimeLimit.class, CoreJson::filingTimeLimit, CoreJson::filingTimeLimit);
    add(ReconsiderationCase.class, CoreJson::reconsideration, CoreJson::reconsideration);
    add(LitigationCase.class, CoreJson::litigation, CoreJson::litigation);
    add(MediationCase.class, CoreJson::mediation, CoreJson::mediation);
    add(LegalAidCase.class, CoreJson::legalAid, CoreJson::legalAid);
    add(StudySession.class, CoreJson::studySession, CoreJson::studySession);
    add(Exam.class, CoreJson::exam, CoreJson::exam);
    add(AnnualReport.class, CoreJson::annualReport, CoreJson::annualReport);
    add(Delegation.class, CoreJson::delegation, CoreJson::delegation);
    add(ChecklistItem.class, CoreJson::checklistItem, CoreJson::checklistItem);
    add(Checklist.class, CoreJson::checklist, CoreJson::checklist);
  }

  private void metrics() {
    add(Outcome.class, MetricsJson::outcome, MetricsJson::outcome);
    add(Tally.class, MetricsJson::tally, MetricsJson::tally);
    add(Change.class, MetricsJson::change, MetricsJson::change);
    add(Band.class, MetricsJson::band, MetricsJson::band);
    add(Bands.class, MetricsJson::bands, MetricsJson::bands);
    add(Formula.class, MetricsJson::formula, MetricsJson::formula);
    add(Indicator.class, MetricsJson::indicator, MetricsJson::indicator);
    add(Catalog.class, MetricsJson::catalog, MetricsJson::catalog);
    add(Caliber.class, MetricsJson::caliber, MetricsJson::caliber);
    add(FormCount.class, MetricsJson::formCount, MetricsJson::formCount);
    add(IndicatorValue.class, MetricsJson::indicatorValue, MetricsJson::indicatorValue);
    add(CheckResult.class, MetricsJson::checkResult, MetricsJson::checkResult);
    add(ScorecardRow.class, MetricsJson::row, MetricsJson::row);
    add(Scorecard.class, MetricsJson::scorecard, MetricsJson::scorecard);
  }

  /** Reads a value of a type with the reading that a deserializer was given. */
  interface Read<T> {
    T read(Reading r) throws IOException;
  }

  private <T> void add(Class<T> type, Writing.Writer<? super T> writer, Read<? extends T> reader) {
    addSerializer(type, new Serializer<>(type, writer));
    addDeserializer(type, new Deserializer<T>(type, reader));
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addSerializers(new TermSerializers());
    context.addDeserializers(new TermDeserializers());
  }

  /** Writes a value with one of fazhi's writers. */
  private static final class Serializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Writing.Writer<? super T> writer;

    Serializer(Class<T> type, Writing.Writer<? super T> writer) {
      super(type);
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      writer.write(value, g);
    }
  }

  /** Reads a value with one of fazhi's readers. */
  private static final class Deserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Read<? extends T> reader;

    Deserializer(Class<?> type, Read<? extends T> reader) {
      super(type);
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return reader.read(Reading.of(p, ctxt, handledType().getSimpleName()));
    }
  }

  /** Writes every {@link ChineseTerm} enum as its constant name. */
  private static final class TermSerializers extends Serializers.Base {
    @Override
    public JsonSerializer<?> findSerializer(
        SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      if (!raw.isEnum() || !ChineseTerm.class.isAssignableFrom(raw)) {
        return null;
      }
      return new Serializer<Enum<?>>(enumClass(raw), (value, g) -> g.writeString(value.name()));
    }
  }

  /** Reads every {@link ChineseTerm} enum from its constant name or its Chinese term. */
  private static final class TermDeserializers extends Deserializers.Base {
    @Override
    public JsonDeserializer<?> findEnumDeserializer(
        Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
      if (!ChineseTerm.class.isAssignableFrom(type)) {
        return null;
      }
      return new Deserializer<Object>(type, r -> r.anyTerm(type));
    }
  }

  @SuppressWarnings("unchecked") // the caller checked that raw is an enum
  private static Class<Enum<?>> enumClass(Class<?> raw) {
    return (Class<Enum<?>>) raw;
  }
}
