package org.fazhi.jackson;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.fazhi.core.document.FilingTimeLimit;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.unit.OrgUnit;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.unit.UnitHierarchy;
import org.fazhi.core.internal.Checks;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.engine.Caliber;
import org.fazhi.metrics.engine.FormCount;
import org.fazhi.metrics.engine.Ledger;
import org.fazhi.metrics.indicator.Catalog;
import org.fazhi.metrics.indicator.Indicator;
import org.fazhi.metrics.indicator.StandardCatalog;
import org.fazhi.metrics.measure.Measure;

/**
 * Reads a {@link Dataset} from JSON, reporting every problem of the file at once, each with its
 * JSON path, line and column, and a message that names the field, the value and the rule.
 *
 * <h2>Format {@value #FORMAT}</h2>
 *
 * <p>A dataset is one JSON object, UTF-8 (a leading byte-order mark is skipped):
 *
 * <pre>{@code
 * { "fazhi": "dataset/1",                        required: the format tag
 *   "title": "…",                                required, not blank
 *   "source": "…",                               required, not blank: the report or form cited
 *   "unit": "640424",                            required: the unit of the scorecard, one of units
 *   "period": "2024",                            required: 2024, 2024-H1, 2024-Q3 or 2024-07
 *   "caliber": {"asOfLagDays": 0, "targetBasis": "FULL_VALUE"},        optional, each key optional
 *   "filingTimeLimit": {"days": 30, "in": "CALENDAR_DAYS"},            optional, 30 calendar days
 *     or {"days": 3, "in": "WORKING_DAYS", "holidays": ["2024-10-01"],
 *         "exchangedWorkdays": ["2024-09-29"]},
 *   "completeFor": ["2024"],                     optional; absent: complete for every period
 *   "units": [{"code": "640000", "name": "宁夏回族自治区"},              required
 *             {"code": "640400", "name": "固原市", "parent": "640000"}, …],
 *   "catalog": {"extends": "fazhi-standard", "version": "2024.1+local", "indicators": […]},
 *                                                optional; absent: the standard catalog
 *   "records": {"taskLists": [], "rectificationLedgers": [], "normativeDocuments": [],
 *               "reconsiderationCases": [], "litigationCases": [], "mediationCases": [],
 *               "legalAidCases": [], "studySessions": [], "exams": [], "annualReports": [],
 *               "checklists": []},           optional, and so is each array
 *   "counts": [{"unit": "640424", "period": "2024", "measure": "mediation.cases",
 *               "value": 930, "source": "调解矛盾纠纷930件", "illustrative": false}],
 *   "published": [{"indicator": "MED-RESOLUTION", "figure": "96.77%",
 *                  "quote": "矛盾纠纷化解率96.77%"}],
 *   "remarks": [{"indicator": "LIT-HEAD-APPEARANCE", "illustrative": true, "remark": "…"}] }
 * }</pre>
 *
 * <ul>
 *   <li>Records are written as {@link FazhiModule} writes them: field names are the records'
 *       accessor names, dates {@code "YYYY-MM-DD"}, vocabularies by constant name or Chinese term
 *       ({@code "RESOLVED"} or {@code "调解成功"}), optional fields left out or {@code null}.
 *       Records are read through their builders, so every validation of core applies.
 *   <li>{@code caliber}: {@code asOfLagDays} from 0 to 366 (default 0), {@code targetBasis}
 *       {@code FULL_VALUE} (default) or {@code ROUNDED_VALUE}.
 *   <li>{@code filingTimeLimit}: {@code days} is required; {@code in} is {@code CALENDAR_DAYS}
 *       (default) or {@code WORKING_DAYS}; holidays and exchanged working days only with
 *       {@code WORKING_DAYS}.
 *   <li>{@code catalog}: with {@code "extends": "fazhi-standard"} (the only catalog fazhi ships),
 *       an indicator whose code is in the standard catalog replaces it in place, others are
 *       appended; {@code id} defaults to the base's. Without {@code extends}, {@code id},
 *       {@code version} and {@code indicators} define the whole catalog. {@code version} is
 *       always required. Indicators are written as {@link FazhiModule} writes them.
 *   <li>{@code counts}: {@code unit}, {@code period}, {@code measure} and {@code value} are
 *       required; {@code source} is the text quoted; {@code illustrative} (default false) marks a
 *       count not printed in the source.
 *   <li>{@code published}: {@code indicator} and {@code figure} (as printed: {@code "96.77%"},
 *       {@code "同比增长400%"}, {@code "—"}) are required; {@code quote} is optional.
 *   <li>{@code remarks}: {@code indicator} is required; an entry gives a {@code remark}, or
 *       {@code "illustrative": true}, or both.
 * </ul>
 *
 * <h2>What is a problem</h2>
 *
 * <p>Nothing is silently dropped: every value is either used or reported. Reading goes on past a
 * bad entry, so that bad entries do not hide each other, and all problems are reported together
 * in a {@link DatasetException}, in document order. Problems are:
 *
 * <ul>
 *   <li>an empty file, malformed JSON (with the line and column where it breaks; reading cannot go
 *       on past it), text that is not UTF-8, content after the dataset's closing brace;
 *   <li>a missing or unknown {@code fazhi} format tag;
 *   <li><b>unknown keys</b>: a key that is not a field of its object is a problem naming its path,
 *       so that a typo such as {@code recievedDate} never loses data silently; a key starting
 *       with {@code _} (such as {@code "_comment"}) is a comment and is ignored everywhere; a key
 *       given twice in one object is a problem;
 *   <li>a value of the wrong JSON type (a string for a number, a number for a date), a missing
 *       required field, a repeated element of a set (co-units, inspected units, service modes,
 *       holidays, periods);
 *   <li>any value core or metrics rejects: a malformed code or date, a negative count,
 *       contradictory dates (a conclusion before the case was received), a finding naming an
 *       inspection not in its ledger …;
 *   <li>units that do not form a hierarchy (a code given twice, a parent not in {@code units},
 *       a cycle), and a unit code named anywhere in a record or count, or as the dataset's
 *       {@code unit}, that is not in {@code units} (checked once the units themselves read
 *       without problems);
 *   <li>a count given twice for the same unit, period and measure; a count whose measure is
 *       neither standard nor read by the catalog, or whose period is neither the dataset's period
 *       nor a base period of its evaluation (it would count towards nothing);
 *   <li>an indicator code in {@code published} or {@code remarks} that is not in the catalog
 *       (checked once the catalog reads without problems), or given twice; a published figure
 *       that cannot be read as a figure.
 * </ul>
 *
 * <p>Reading does not evaluate. What only an evaluation can find, such as typed-in counts that
 * give a proportion whose numerator exceeds its denominator (940 resolved of 930 mediated), is
 * reported by {@link Dataset#scorecard()} as an {@link InvalidValueException} naming the
 * indicator, unit, period and counts.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class DatasetReader {

  /** The format tag of the datasets this reader reads. */
  public static final String FORMAT = "dataset/1";

  private static final Shape DATASET = Shape.of("Dataset", "fazhi*", "title*", "source*",
      "unit*", "period*", "caliber", "filingTimeLimit", "completeFor", "units*", "catalog",
      "records", "counts", "published", "remarks");

  private static final Shape RECORDS = Shape.of("Dataset.records", "taskLists",
      "rectificationLedgers", "normativeDocuments", "reconsiderationCases", "litigationCases",
      "mediationCases", "legalAidCases", "studySessions", "exams", "annualReports", "checklists");

  private static final Shape CATALOG =
      Shape.of("Dataset.catalog", "extends", "id", "version*", "indicators");

  private static final Shape COUNT = Shape.of("DatasetCount", "unit*", "period*", "measure*",
      "value*", "source", "illustrative");

  private static final Shape PUBLISHED =
      Shape.of("PublishedFigure", "indicator*", "figure*", "quote");

  private static final Shape REMARK = Shape.of("Remark", "indicator*", "remark", "illustrative");

  private DatasetReader() {}

  /** Returns the shape of one of the dataset's own objects, for documentation tests. */
  static Shape shape(String type) {
    return Stream.of(DATASET, RECORDS, CATALOG, COUNT, PUBLISHED, REMARK)
        .filter(shape -> shape.type().equals(type))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Reads a dataset from a file in UTF-8.
   *
   * @param path the file; not null
   * @return the dataset
   * @throws DatasetException listing every problem of the file
   * @throws IOException if the file cannot be read
   */
  public static Dataset read(Path path) throws IOException, DatasetException {
    try (Reader reader = Files.newBufferedReader(requireNonNull(path, "path"),
        StandardCharsets.UTF_8)) {
      return read(reader);
    }
  }

  /**
   * Reads a dataset from bytes in UTF-8. The stream is read to its end and not closed.
   *
   * @param in the bytes; not null
   * @return the dataset
   * @throws DatasetException listing every problem of the input
   * @throws IOException if the stream cannot be read
   */
  public static Dataset read(InputStream in) throws IOException, DatasetException {
    return read(new InputStreamReader(requireNonNull(in, "in"),
        StandardCharsets.UTF_8.newDecoder()));
  }

  /**
   * Reads a dataset from text. The reader is read to its end and not closed.
   *
   * @param reader the text; not null
   * @return the dataset
   * @throws DatasetException listing every problem of the text
   * @throws IOException if the reader cannot be read
   */
  public static Dataset read(Reader reader) throws IOException, DatasetException {
    PushbackReader text = new PushbackReader(requireNonNull(reader, "reader"), 1);
    int first = text.read();
    if (first >= 0 && first != '\uFEFF') {
      text.unread(first);
    }
    try (JsonParser parser = Mappers.MAPPER.createParser(text)) {
      return new Run(parser).read();
    }
  }

  /** One read of one dataset. */
  private static final class Run {

    private final JsonParser p;
    private final UnitLog log = new UnitLog();
    private final Reading r;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<Class<?>, ObjectReader> readers = new HashMap<>();

    private Map<String, Reading.Where> top = Map.of();
    private Reading.Where start;
    private String title;
    private String source;
    private UnitCode unit;
    private ReportingPeriod period;
    private Caliber caliber;
    private FilingTimeLimit filingTimeLimit;
    private Set<ReportingPeriod> completeFor;
    private List<Reading.Parsed<OrgUnit>> units = List.of();
    private boolean unitsFailed;
    private Catalog catalog = StandardCatalog.catalog();
    private boolean catalogFailed;
    private final Map<Class<?>, List<Reading.Parsed<Object>>> records = new LinkedHashMap<>();
    private List<Reading.Parsed<DatasetCount>> counts = List.of();
    private List<Reading.Parsed<Published>> published = List.of();
    private List<Reading.Parsed<Remark>> remarks = List.of();

    /** An entry about an indicator. */
    private interface Entry {
      String code();
    }

    /** A published figure entry. */
    private record Published(String code, PublishedFigure figure) implements Entry {}

    /** A remark entry. */
    private record Remark(String code, String remark, boolean illustrative) implements Entry {}

    Run(JsonParser p) {
      this.p = p;
      this.r = new Reading(p, log, code -> null, "Dataset");
      Dataset.RECORD_TYPES.forEach(type -> records.put(type, new ArrayList<>()));
    }

    Dataset read() throws IOException, DatasetException {
      boolean complete = parse();
      if (complete) {
        check();
      }
      Dataset dataset = null;
      if (problems.isEmpty()) {
        dataset = build();
      }
      if (!problems.isEmpty()) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator
            .comparingInt((Problem q) -> q.hasLocation() ? q.line() : Integer.MAX_VALUE)
            .thenComparingInt(Problem::column));
        throw new DatasetException(sorted);
      }
      return dataset;
    }

    /** Reads the document; returns false if it could not be read to the end. */
    private boolean parse() throws IOException {
      try {
        JsonToken token = p.nextToken();
        if (token == null) {
          problems.add(new Problem("$", 1, 1,
              "the dataset is empty: expected a JSON object {\"fazhi\": \"" + FORMAT + "\", …}"));
          return false;
        }
        start = r.here();
        if (token != JsonToken.START_OBJECT) {
          problems.add(Reading.problem(start, "Dataset = " + r.shown()
              + ": must be a JSON object {\"fazhi\": \"" + FORMAT + "\", …}"));
          return false;
        }
        top = r.fields(DATASET, this::field, problems);
        JsonToken after = p.nextToken();
        if (after != null) {
          problems.add(Reading.problem(r.here(),
              "unexpected content after the dataset's closing brace: " + r.shown()));
        }
        return true;
      } catch (ReadFailure e) {
        problems.addAll(e.problems());
        return false;
      } catch (StreamReadException | CharacterCodingException e) {
        problems.add(r.malformed(e));
        return false;
      }
    }

    private void field(String name) throws IOException {
      switch (name) {
        case "fazhi" -> {
          String format = r.string();
          if (!format.equals(FORMAT)) {
            throw r.fail("must be \"" + FORMAT + "\", the only dataset format this reader reads");
          }
        }
        case "title" -> title = r.string();
        case "source" -> source = r.string();
        case "unit" -> unit = r.unitCode();
        case "period" -> period = MetricsJson.period(r);
        case "caliber" -> caliber = MetricsJson.caliber(r);
        case "filingTimeLimit" -> filingTimeLimit = CoreJson.filingTimeLimit(r);
        case "completeFor" -> completeFor = r.set(() -> MetricsJson.period(r));
        case "units" -> {
          int before = problems.size();
          units = r.listKeeping(() -> CoreJson.parsedOrgUnit(r), problems).stream()
              .map(Reading.Parsed::value).toList();
          unitsFailed = problems.size() > before;
        }
        case "catalog" -> {
          catalogFailed = true;
          catalog = catalog();
          catalogFailed = false;
        }
        case "records" -> {
          requireObject("an object of record arrays {\"mediationCases\": […], …}");
          r.fields(RECORDS, this::recordArray, problems);
        }
        case "counts" -> counts = r.listKeeping(this::count, problems).stream()
            .map(Reading.Parsed::value).toList();
        case "published" -> published = r.listKeeping(this::published, problems).stream()
            .map(Reading.Parsed::value).toList();
        default -> remarks = r.listKeeping(this::remark, problems).stream()
            .map(Reading.Parsed::value).toList();
      }
    }

    private void requireObject(String what) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw r.fail("must be " + what);
      }
    }

    // ----------------------------------------------------------------------------------------
    // Catalog

    private Catalog catalog() throws IOException {
      requireObject("an object {\"extends\": \"" + StandardCatalog.ID + "\", \"version\": …}");
      String[] parts = new String[3];
      List<Indicator> indicators = new ArrayList<>();
      return r.object(CATALOG, name -> {
        switch (name) {
          case "extends" -> {
            parts[0] = r.string();
            if (!parts[0].equals(StandardCatalog.ID)) {
              throw r.fail("must be \"" + StandardCatalog.ID + "\", the only catalog fazhi ships");
            }
          }
          case "id" -> parts[1] = r.string();
          case "version" -> parts[2] = r.string();
          default -> indicators.addAll(r.list(() -> MetricsJson.indicator(r)));
        }
      }, () -> {
        Catalog.Builder b = Catalog.builder().version(parts[2]);
        if (parts[0] == null) {
          if (parts[1] == null) {
            throw new InvalidValueException("Dataset.catalog.id", null,
                "is required unless the catalog extends " + StandardCatalog.ID);
          }
          return b.id(parts[1]).addAllIndicators(indicators).build();
        }
        Catalog base = StandardCatalog.catalog();
        Map<String, Indicator> merged = new LinkedHashMap<>();
        base.indicators().forEach(indicator -> merged.put(indicator.code(), indicator));
        Set<String> given = new HashSet<>();
        for (Indicator indicator : indicators) {
          if (!given.add(indicator.code())) {
            throw new InvalidValueException("Dataset.catalog.indicators", indicator.code(),
                "an indicator is given once");
          }
          merged.put(indicator.code(), indicator);
        }
        return b.id(parts[1] == null ? base.id() : parts[1])
            .addAllIndicators(merged.values()).build();
      });
    }

    // ----------------------------------------------------------------------------------------
    // Records

    private void recordArray(String name) throws IOException {
      Class<?> type = Dataset.RECORD_TYPES.get(RECORDS.fields().indexOf(name));
      List<Reading.Parsed<Object>> read = r.listKeeping(() -> record(type), problems);
      records.get(type).addAll(read);
    }

    /** Reads one record through the module's deserializer, logging the units it names. */
    private Object record(Class<?> type) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw r.fail("must be an object { … } (a " + type.getSimpleName() + ")");
      }
      ObjectReader reader = readers.computeIfAbsent(type,
          t -> Mappers.MAPPER.readerFor(t)
              .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .withAttribute(UnitLog.class, log));
      return reader.readValue(p);
    }

    // ----------------------------------------------------------------------------------------
    // Counts, published figures, remarks

    private Reading.Parsed<DatasetCount> count() throws IOException {
      Object[] parts = new Object[6];
      return r.parse(COUNT, name -> {
        switch (name) {
          case "unit" -> parts[0] = r.unitCode();
          case "period" -> parts[1] = MetricsJson.period(r);
          case "measure" -> parts[2] = MetricsJson.measure(r);
          case "value" -> parts[3] = r.whole();
          case "source" -> parts[4] = r.string();
          default -> parts[5] = r.bool();
        }
      }, () -> DatasetCount.builder()
          .count(new FormCount((UnitCode) parts[0], (ReportingPeriod) parts[1],
              (Measure) parts[2], (Long) parts[3]))
          .source(Optional.ofNullable((String) parts[4]))
          .illustrative(Boolean.TRUE.equals(parts[5]))
          .build());
    }

    private Reading.Parsed<Published> published() throws IOException {
      String[] parts = new String[3];
      return r.parse(PUBLISHED, name -> {
        switch (name) {
          case "indicator" -> parts[0] = r.string();
          case "figure" -> parts[1] = r.parsed("must be a figure in double quotes, such as"
              + " \"96.77%\"", figure -> PublishedFigure.of(figure).figure());
          default -> parts[2] = r.string();
        }
      }, () -> new Published(parts[0], PublishedFigure.builder()
          .figure(parts[1])
          .quote(Optional.ofNullable(parts[2]))
          .build()));
    }

    private Reading.Parsed<Remark> remark() throws IOException {
      Object[] parts = new Object[3];
      return r.parse(REMARK, name -> {
        switch (name) {
          case "indicator" -> parts[0] = r.string();
          case "remark" -> parts[1] = r.string();
          default -> parts[2] = r.bool();
        }
      }, () -> {
        boolean illustrative = Boolean.TRUE.equals(parts[2]);
        if (parts[1] == null && !illustrative) {
          throw new InvalidValueException("Remark", parts[0],
              "must give a remark, or mark the indicator \"illustrative\": true");
        }
        if (parts[1] != null) {
          Checks.nonBlank("Remark.remark", (String) parts[1]);
        }
        return new Remark((String) parts[0], (String) parts[1], illustrative);
      });
    }

    // ----------------------------------------------------------------------------------------
    // Checks across the document

    private void check() {
      for (String name : DATASET.required()) {
        if (!top.containsKey(name)) {
          problems.add(Reading.problem(new Reading.Where("$." + name, start.location()),
              "Dataset." + name + ": is required"));
        }
      }
      UnitHierarchy hierarchy = unitsFailed || !top.containsKey("units") ? null : hierarchy();
      if (hierarchy != null) {
        checkUnitReferences(hierarchy);
      }
      checkCounts();
      if (!catalogFailed) {
        checkCodes("published", published);
        checkCodes("remarks", remarks);
      }
      if (hierarchy != null) {
        checkLedger(hierarchy);
      }
    }

    private UnitHierarchy hierarchy() {
      Map<UnitCode, Reading.Parsed<OrgUnit>> byCode = new HashMap<>();
      boolean ok = true;
      for (Reading.Parsed<OrgUnit> parsed : units) {
        OrgUnit unit = parsed.value();
        Reading.Parsed<OrgUnit> first = byCode.putIfAbsent(unit.code(), parsed);
        if (first != null) {
          problems.add(Reading.problem(parsed.fields().get("code"), "OrgUnit.code = "
              + unit.code() + ": a unit is given once (also " + first.where().path() + ")"));
          ok = false;
        }
      }
      for (Reading.Parsed<OrgUnit> parsed : units) {
        OrgUnit unit = parsed.value();
        if (unit.parent().isPresent() && !byCode.containsKey(unit.parent().get())) {
          problems.add(Reading.problem(parsed.fields().get("parent"), "OrgUnit.parent = "
              + unit.parent().get() + ": must be one of the dataset's units (of " + unit + ")"));
          ok = false;
        }
      }
      if (!ok) {
        return null;
      }
      try {
        return UnitHierarchy.of(units.stream().map(Reading.Parsed::value).toList());
      } catch (InvalidValueException e) {
        problems.add(Reading.problem(top.get("units"), e.getMessage()));
        return null;
      }
    }

    private void checkUnitReferences(UnitHierarchy hierarchy) {
      for (UnitLog.Reference reference : log.references()) {
        if (!hierarchy.contains(reference.code())) {
          problems.add(Reading.problem(reference.where(), reference.field() + " = "
              + reference.code() + ": is not one of the dataset's units ($.units)"));
        }
      }
    }

    private void checkCounts() {
      Set<Measure> measures =
          catalogFailed ? null : Dataset.countableMeasures(catalog);
      Set<ReportingPeriod> periods = catalogFailed || period == null
          ? null : Dataset.evaluatedPeriods(catalog, period);
      Map<List<Object>, Reading.Parsed<DatasetCount>> seen = new HashMap<>();
      for (Reading.Parsed<DatasetCount> parsed : counts) {
        FormCount count = parsed.value().count();
        Reading.Parsed<DatasetCount> first = seen.putIfAbsent(
            List.of(count.unit(), count.period(), count.measure()), parsed);
        if (first != null) {
          problems.add(Reading.problem(parsed.where(), "DatasetCount = " + count.unit() + " "
              + count.period() + " " + count.measure()
              + ": the same unit, period and measure may be counted only once (also "
              + first.where().path() + ")"));
        }
        if (measures != null && !measures.contains(count.measure())) {
          problems.add(Reading.problem(parsed.fields().get("measure"), "DatasetCount.measure = "
              + count.measure() + ": " + Dataset.uncountable()));
        }
        if (periods != null && !periods.contains(count.period())) {
          problems.add(Reading.problem(parsed.fields().get("period"), "DatasetCount.period = "
              + count.period() + ": " + Dataset.unevaluated(periods)));
        }
      }
    }

    private void checkCodes(String key, List<? extends Reading.Parsed<? extends Entry>> entries) {
      Map<String, Reading.Parsed<?>> seen = new HashMap<>();
      for (Reading.Parsed<? extends Entry> parsed : entries) {
        String code = parsed.value().code();
        Reading.Where where = parsed.fields().get("indicator");
        String field = (key.equals("published") ? "PublishedFigure" : "Remark") + ".indicator";
        Reading.Parsed<?> first = seen.putIfAbsent(code, parsed);
        if (first != null) {
          problems.add(Reading.problem(where, field + " = " + code + ": is given once in "
              + key + " (also " + first.where().path() + ")"));
        }
        try {
          catalog.indicator(code);
        } catch (InvalidValueException e) {
          problems.add(Reading.problem(where, field + " = " + code + ": is not in catalog "
              + catalog.id() + " " + catalog.version()));
        }
      }
    }

    private void checkLedger(UnitHierarchy hierarchy) {
      Ledger.Builder ledger = Ledger.builder(hierarchy);
      for (List<Reading.Parsed<Object>> group : records.values()) {
        for (Reading.Parsed<Object> parsed : group) {
          try {
            ledger.addAll(List.of(parsed.value()));
          } catch (InvalidValueException e) {
            String path = parsed.where().path();
            if (problems.stream().noneMatch(q -> q.path().equals(path)
                || q.path().startsWith(path + ".") || q.path().startsWith(path + "["))) {
              problems.add(Reading.problem(parsed.where(), e.getMessage()));
            }
          }
        }
      }
    }

    private Dataset build() {
      Dataset.Builder b = Dataset.builder()
          .title(title)
          .source(source)
          .unit(unit)
          .period(period)
          .hierarchy(UnitHierarchy.of(units.stream().map(Reading.Parsed::value).toList()))
          .catalog(catalog);
      if (caliber != null) {
        b.caliber(caliber);
      }
      if (filingTimeLimit != null) {
        b.filingTimeLimit(filingTimeLimit);
      }
      if (completeFor != null) {
        b.completeFor(ImmutableSet.copyOf(completeFor));
      }
      records.values().forEach(group -> group.forEach(parsed -> b.addRecords(parsed.value())));
      counts.forEach(parsed -> b.addCounts(parsed.value()));
      published.forEach(parsed -> b.putPublished(parsed.value().code(), parsed.value().figure()));
      for (Reading.Parsed<Remark> parsed : remarks) {
        Remark remark = parsed.value();
        if (remark.remark() != null) {
          b.putRemarks(remark.code(), remark.remark());
        }
        if (remark.illustrative()) {
          b.addIllustrative(remark.code());
        }
      }
      try {
        return b.build();
      } catch (InvalidValueException e) {
        problems.add(Reading.problem(new Reading.Where("$", start.location()), e.getMessage()));
        return null;
      }
    }

  }
}
