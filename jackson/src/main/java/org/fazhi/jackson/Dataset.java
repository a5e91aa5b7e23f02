package org.fazhi.jackson;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fazhi.core.cases.LegalAidCase;
import org.fazhi.core.cases.LitigationCase;
import org.fazhi.core.cases.MediationCase;
import org.fazhi.core.cases.ReconsiderationCase;
import org.fazhi.core.checklist.Checklist;
import org.fazhi.core.document.FilingTimeLimit;
import org.fazhi.core.document.NormativeDocument;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.report.AnnualReport;
import org.fazhi.core.study.Exam;
import org.fazhi.core.study.StudySession;
import org.fazhi.core.supervision.RectificationLedger;
import org.fazhi.core.task.TaskList;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.unit.UnitHierarchy;
import org.fazhi.core.internal.Checks;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.exact.Comparison;
import org.fazhi.metrics.engine.Caliber;
import org.fazhi.metrics.engine.Evaluation;
import org.fazhi.metrics.engine.Evaluator;
import org.fazhi.metrics.engine.FormCount;
import org.fazhi.metrics.engine.Ledger;
import org.fazhi.metrics.indicator.Catalog;
import org.fazhi.metrics.indicator.Formula;
import org.fazhi.metrics.indicator.Indicator;
import org.fazhi.metrics.indicator.StandardCatalog;
import org.fazhi.metrics.measure.Measure;
import org.fazhi.metrics.measure.StandardMeasure;
import org.fazhi.metrics.scorecard.Scorecard;
import org.immutables.value.Value;

/**
 * Everything a report's figures are computed from (数据集): the units, the records and the counts
 * typed in from forms, the catalog and caliber they are evaluated under, the unit and period of
 * the scorecard, and the figures the report printed, to be checked.
 *
 * <p>A dataset is consistent at construction: every unit a record or count names is in the
 * hierarchy, no count is given twice, every count can count towards something (its measure is a
 * standard one or one the catalog reads, and its period is the period or a base period
 * evaluated), and every indicator code of the published figures, remarks and illustrative set is
 * in the catalog. What only evaluation can find, such as typed-in counts that give a proportion
 * above 100%, is reported by {@link #scorecard()}.
 *
 * <p>Read datasets from JSON with {@link DatasetReader}; write them with {@link DatasetJson}.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Dataset {

  /** The record types a dataset holds, in the order {@link DatasetJson} writes them. */
  static final ImmutableList<Class<?>> RECORD_TYPES = ImmutableList.of(
      TaskList.class, RectificationLedger.class, NormativeDocument.class,
      ReconsiderationCase.class, LitigationCase.class, MediationCase.class, LegalAidCase.class,
      StudySession.class, Exam.class, AnnualReport.class, Checklist.class);

  Dataset() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Dataset}; the title, source, unit, period and hierarchy are required; the
   * caliber defaults to {@link Caliber#standard()}, the filing time limit to 30 calendar days and
   * the catalog to {@link StandardCatalog#catalog()}.
   */
  public static final class Builder extends ImmutableDataset.Builder {
    Builder() {}
  }

  /**
   * Returns the title, such as {@code "泾源县2024年法治政府建设情况"}.
   *
   * @return the title; not blank
   */
  public abstract String title();

  /**
   * Returns where the data comes from: the report or form cited.
   *
   * @return the citation; not blank
   */
  public abstract String source();

  /**
   * Returns the unit whose scorecard the dataset is for.
   *
   * @return the unit's code, a unit of {@link #hierarchy()}; not null
   */
  public abstract UnitCode unit();

  /**
   * Returns the period of the scorecard.
   *
   * @return the period; not null
   */
  public abstract ReportingPeriod period();

  /**
   * Returns the caliber of the evaluation.
   *
   * @return the caliber; {@link Caliber#standard()} unless set
   */
  @Value.Default
  public Caliber caliber() {
    return Caliber.standard();
  }

  /**
   * Returns the local time limit for filing normative documents.
   *
   * @return the limit; 30 calendar days unless set
   */
  @Value.Default
  public FilingTimeLimit filingTimeLimit() {
    return FilingTimeLimit.calendarDays(30);
  }

  /**
   * Returns the units the records and counts belong to.
   *
   * @return the hierarchy; not null
   */
  public abstract UnitHierarchy hierarchy();

  /**
   * Returns the catalog of indicators evaluated.
   *
   * @return the catalog; {@link StandardCatalog#catalog()} unless set
   */
  @Value.Default
  public Catalog catalog() {
    return StandardCatalog.catalog();
  }

  /**
   * Returns the periods whose records the dataset holds in full; see
   * {@link Ledger.Builder#completeFor(ReportingPeriod...)}.
   *
   * @return the periods, or empty if the records are complete for every period
   */
  public abstract Optional<ImmutableSet<ReportingPeriod>> completeFor();

  /**
   * Returns the records: task lists, rectification ledgers, normative documents, the four kinds
   * of case, study sessions, examinations, annual reports and checklists.
   *
   * @return the records, in the order given; not null
   */
  public abstract ImmutableList<Object> records();

  /**
   * Returns the counts typed in from forms or reports.
   *
   * @return the counts, in the order given; not null
   */
  public abstract ImmutableList<DatasetCount> counts();

  /**
   * Returns the figures the report printed, by indicator code.
   *
   * @return the published figures; not null
   */
  public abstract ImmutableMap<String, PublishedFigure> published();

  /**
   * Returns remarks on indicators, by indicator code, such as why an input is illustrative.
   *
   * @return the remarks; not null
   */
  public abstract ImmutableMap<String, String> remarks();

  /**
   * Returns the codes of the indicators whose inputs are illustrative rather than sourced.
   *
   * @return the codes; not null
   */
  public abstract ImmutableSet<String> illustrative();

  @Value.Check
  void check() {
    Checks.nonBlank("Dataset.title", title());
    Checks.nonBlank("Dataset.source", source());
    if (!hierarchy().contains(unit())) {
      throw new InvalidValueException("Dataset.unit", unit(), "must be a unit of the hierarchy");
    }
    for (Object record : records()) {
      if (RECORD_TYPES.stream().noneMatch(type -> type.isInstance(record))) {
        throw new InvalidValueException("Dataset.records", record.getClass().getName(),
            "must be a record of a type a dataset holds: " + RECORD_TYPES.stream()
                .map(Class::getSimpleName).toList());
      }
    }
    Set<Measure> measures = countableMeasures(catalog());
    Set<ReportingPeriod> periods = evaluatedPeriods(catalog(), period());
    for (DatasetCount count : counts()) {
      FormCount c = count.count();
      if (!measures.contains(c.measure())) {
        throw new InvalidValueException("DatasetCount.measure", c.measure(), uncountable());
      }
      if (!periods.contains(c.period())) {
        throw new InvalidValueException("DatasetCount.period", c.period(),
            unevaluated(periods));
      }
    }
    ledger(); // every unit in the hierarchy, no count given twice
    for (String code : published().keySet()) {
      catalog().indicator(code);
    }
    for (String code : remarks().keySet()) {
      catalog().indicator(code);
      Checks.nonBlank("Dataset.remarks(" + code + ")", remarks().get(code));
    }
    for (String code : illustrative()) {
      catalog().indicator(code);
    }
  }

  /** Returns the measures a count may give: the standard ones and those the catalog reads. */
  static Set<Measure> countableMeasures(Catalog catalog) {
    Set<Measure> measures = new LinkedHashSet<>();
    for (StandardMeasure standard : StandardMeasure.values()) {
      measures.add(Measure.of(standard));
    }
    measures.addAll(catalog.measures());
    return measures;
  }

  static String uncountable() {
    return "is neither a standard measure nor read by an indicator of the catalog, so the count"
        + " would count towards nothing";
  }

  /** Returns the periods an evaluation of the period tallies. */
  static Set<ReportingPeriod> evaluatedPeriods(Catalog catalog, ReportingPeriod period) {
    Set<ReportingPeriod> periods = new LinkedHashSet<>();
    periods.add(period);
    periods.add(Comparison.YEAR_ON_YEAR.baseOf(period));
    boolean periodOnPeriod = catalog.indicators().stream()
        .map(Indicator::formula)
        .anyMatch(f -> f instanceof Formula.ChangeOf c
            && c.comparison() == Comparison.PERIOD_ON_PERIOD);
    if (periodOnPeriod) {
      periods.add(Comparison.PERIOD_ON_PERIOD.baseOf(period));
    }
    return periods;
  }

  static String unevaluated(Set<ReportingPeriod> periods) {
    return "a count counts only in an evaluation of exactly its period, and this dataset"
        + " evaluates " + periods;
  }

  /**
   * Builds the ledger of the records and counts. Each call builds a new ledger.
   *
   * @return the ledger, with the dataset's filing time limit and complete periods
   */
  public Ledger ledger() {
    Ledger.Builder ledger = Ledger.builder(hierarchy()).filingTimeLimit(filingTimeLimit());
    completeFor().ifPresent(periods -> ledger.completeFor(
        periods.toArray(new ReportingPeriod[0])));
    ledger.addAll(records());
    for (DatasetCount count : counts()) {
      ledger.add(count.count());
    }
    return ledger.build();
  }

  /**
   * Evaluates the catalog over the records and counts for the dataset's period.
   *
   * @return the evaluation; not null
   */
  public Evaluation evaluate() {
    return Evaluator.of(catalog(), caliber()).evaluate(ledger(), period());
  }

  /**
   * Returns the scorecard of the dataset's unit and period, with the published figures checked.
   *
   * @return the scorecard; not null
   * @throws InvalidValueException if typed-in counts give a proportion whose numerator exceeds
   *     its denominator
   */
  public Scorecard scorecard() {
    Map<String, String> printed = new HashMap<>();
    published().forEach((code, figure) -> printed.put(code, figure.figure()));
    return evaluate().scorecard(unit(), printed);
  }

  /**
   * Returns the records of one type, in the order given.
   *
   * @param <T> the record type
   * @param type the record type, such as {@code MediationCase.class}; not null
   * @return the records of that type; not null
   */
  public <T> ImmutableList<T> recordsOf(Class<T> type) {
    return records().stream()
        .filter(type::isInstance)
        .map(type::cast)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "Dataset " + title() + " (" + unit() + ", " + period() + ", " + records().size()
        + " records, " + counts().size() + " counts)";
  }
}
