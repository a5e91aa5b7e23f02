package org.fazhi.benchmarks.dashboard;

import static java.util.Objects.requireNonNull;
import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.filtering;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.summingLong;
import static java.util.stream.Collectors.teeing;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.fazhi.benchmarks.province.ProvinceRecords;
import org.fazhi.core.cases.LitigationCase;
import org.fazhi.core.cases.MediationCase;
import org.fazhi.core.cases.ReconsiderationCase;
import org.fazhi.core.document.FilingTimeLimit;
import org.fazhi.core.document.NormativeDocument;
import org.fazhi.core.document.ReviewOutcome;
import org.fazhi.core.supervision.Finding;
import org.fazhi.core.supervision.FindingStatus;
import org.fazhi.core.supervision.Inspection;
import org.fazhi.core.supervision.InspectionKind;
import org.fazhi.core.supervision.RectificationNotice;
import org.fazhi.core.task.Task;
import org.fazhi.core.task.TaskStatus;
import org.fazhi.core.unit.OrgUnit;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.metrics.indicator.Catalog;
import org.fazhi.metrics.indicator.Formula;
import org.fazhi.metrics.indicator.Indicator;
import org.fazhi.metrics.indicator.IndicatorKind;

/**
 * What people write today: for each indicator and year, a Java Streams {@code groupingBy} over
 * the record objects computes each unit's figure, a rate as a {@code double} percentage; a unit
 * above is given the mean of its children's rates (and its own, where it keeps records itself),
 * and the sum of their counts; the change is the difference of the two percentages, or the
 * relative change of the counts, in {@code double}.
 *
 * <p>Counts come out right. Rates above the units that keep the records do not: the mean of
 * rates is not the ratio of the sums, which is what the indicator is. This class is immutable
 * and thread-safe.
 */
public final class Naive {

  private static final FilingTimeLimit LIMIT = FilingTimeLimit.calendarDays(30);

  private final ProvinceRecords records;
  private final Catalog catalog;
  private final ImmutableList<OrgUnit> units;
  private final Map<UnitCode, Integer> index = new HashMap<>();

  private Naive(ProvinceRecords records, Catalog catalog) {
    this.records = records;
    this.catalog = catalog;
    this.units = records.hierarchy().units();
    for (int i = 0; i < units.size(); i++) {
      index.put(units.get(i).code(), i);
    }
  }

  /**
   * Returns the naive job over the records.
   *
   * @param records the records; not null
   * @param catalog the standard catalog; not null
   * @return the job
   */
  public static Naive over(ProvinceRecords records, Catalog catalog) {
    return new Naive(requireNonNull(records, "records"), requireNonNull(catalog, "catalog"));
  }

  /**
   * Does the job.
   *
   * @param current the year evaluated; the base year is the one before
   * @return the figures of every unit and indicator; not null
   */
  public Result evaluate(int current) {
    List<Indicator> indicators = catalog.indicators();
    Result result = new Result(indicators.size(), units.size());
    for (int k = 0; k < indicators.size(); k++) {
      Indicator indicator = indicators.get(k);
      if (indicator.kind() == IndicatorKind.CHANGE) {
        continue;
      }
      boolean rate = indicator.kind() == IndicatorKind.PROPORTION
          || indicator.kind() == IndicatorKind.RATIO;
      for (int y = 0; y < 2; y++) {
        int year = current - y;
        Map<UnitCode, Double> own = rate ? rates(indicator.code(), year)
            : totals(indicator.code(), year);
        double[] values = result.values[y];
        int offset = k * units.size();
        // Children come after their parents: walk backwards so that children are done first.
        for (int u = units.size() - 1; u >= 0; u--) {
          UnitCode code = units.get(u).code();
          List<OrgUnit> children = records.hierarchy().children(code);
          Double mine = own.get(code);
          double sum = mine == null ? 0 : mine;
          int n = mine == null ? 0 : 1;
          for (OrgUnit child : children) {
            double v = values[offset + index.get(child.code())];
            if (!Double.isNaN(v)) {
              sum += v;
              n++;
            }
          }
          values[offset + u] = rate ? (n == 0 ? Double.NaN : sum / n) : sum;
        }
      }
      int offset = k * units.size();
      for (int u = 0; u < units.size(); u++) {
        double now = result.values[0][offset + u];
        double before = result.values[1][offset + u];
        result.change[offset + u] = rate ? now - before
            : before == 0 ? Double.NaN : (now - before) / before * 100;
      }
    }
    // The change indicators: the relative change of their indicator, in percent.
    for (int k = 0; k < indicators.size(); k++) {
      Indicator indicator = indicators.get(k);
      if (indicator.kind() == IndicatorKind.CHANGE) {
        int of = indicators.indexOf(catalog.indicator(
            ((Formula.ChangeOf) indicator.formula()).indicatorCode()));
        System.arraycopy(result.change, of * units.size(), result.values[0],
            k * units.size(), units.size());
        Arrays.fill(result.values[1], k * units.size(), (k + 1) * units.size(), Double.NaN);
        Arrays.fill(result.change, k * units.size(), (k + 1) * units.size(), Double.NaN);
      }
    }
    return result;
  }

  private Map<UnitCode, Double> rates(String code, int year) {
    switch (code) {
      case "DOC-FILING":
        return rate(records.documents().stream(), NormativeDocument::issuer,
            d -> year(d.issuedDate(), year),
            d -> filedBy(d, year));
      case "DOC-TIMELY":
        return rate(records.documents().stream(), NormativeDocument::issuer,
            d -> year(d.issuedDate(), year) && filedBy(d, year),
            d -> d.isFiledWithin(LIMIT));
      case "DOC-CONFORMING":
        return rate(records.documents().stream(), NormativeDocument::issuer,
            d -> year(d.issuedDate(), year) && filedBy(d, year) && d.filingReview().isPresent(),
            d -> d.filingReview().get() == ReviewOutcome.CONFORMING);
      case "LIT-HEAD-APPEARANCE":
        return rate(records.litigation().stream(), LitigationCase::defendant,
            c -> year(c.hearingDate(), year), LitigationCase::headAppeared);
      case "LIT-LOSS":
        return rate(records.litigation().stream(), LitigationCase::defendant,
            c -> year(c.concludedDate(), year), c -> c.outcome().get().isLoss());
      case "MED-RESOLUTION":
        return rate(records.mediation().stream(), MediationCase::unit,
            c -> c.receivedDate().getYear() == year,
            c -> c.isResolved() && c.concludedDate().get().getYear() == year);
      case "RECT-COMPLETION":
        return rate(findings(), Finding::unit,
            f -> f.raisedDate().getYear() == year && f.status() != FindingStatus.LONG_TERM,
            f -> f.isRectifiedBy(LocalDate.of(year, 12, 31)));
      case "RECT-ON-TIME":
        return rate(findings(), Finding::unit,
            f -> f.raisedDate().getYear() == year && f.status() != FindingStatus.LONG_TERM,
            f -> f.isRectifiedBy(LocalDate.of(year, 12, 31)) && f.isRectifiedOnTime());
      case "TASK-COMPLETION":
        return rate(records.tasks().stream(), Task::leadUnit,
            t -> t.dueDate().getYear() == year && t.status() != TaskStatus.CANCELLED,
            t -> t.isCompletedBy(LocalDate.of(year, 12, 31)));
      case "TASK-ON-TIME":
        return rate(records.tasks().stream(), Task::leadUnit,
            t -> t.dueDate().getYear() == year && t.status() != TaskStatus.CANCELLED,
            t -> t.isCompletedBy(LocalDate.of(year, 12, 31)) && t.isCompletedOnTime());
      case "RECON-CORRECTION":
        return rate(records.reconsideration().stream(), ReconsiderationCase::body,
            c -> c.receivedDate().getYear() == year && c.decidedDate().isPresent()
                && c.decidedDate().get().getYear() == year && c.decision().get().isOnTheMerits(),
            c -> c.decision().get().isCorrective());
      default:
        // Annual reports, checklists, study and exams: this province keeps no such records.
        return Map.of();
    }
  }

  private Map<UnitCode, Double> totals(String code, int year) {
    switch (code) {
      case "RECON-RECEIVED":
        return total(records.reconsideration().stream(), ReconsiderationCase::body,
            c -> c.receivedDate().getYear() == year, c -> 1);
      case "TASKS":
        return total(records.tasks().stream(), Task::leadUnit,
            t -> t.dueDate().getYear() == year, t -> 1);
      case "INSPECTIONS":
        return total(inspections(), Inspection::organizer,
            i -> i.startDate().getYear() == year
                && i.kind() == InspectionKind.RULE_OF_LAW_INSPECTION, i -> 1);
      case "CASE-FILE-REVIEWS":
        return total(inspections(), Inspection::organizer,
            i -> i.startDate().getYear() == year && i.kind() == InspectionKind.CASE_FILE_REVIEW,
            i -> 1);
      case "NOTICES":
        return total(notices(), RectificationNotice::issuedTo,
            n -> n.issuedDate().getYear() == year, n -> 1);
      case "FINDINGS-INSPECTION":
        return findingsOf(InspectionKind.RULE_OF_LAW_INSPECTION, year);
      case "FINDINGS-CASE-FILE":
        return findingsOf(InspectionKind.CASE_FILE_REVIEW, year);
      case "FINDINGS-ISSUE-REVIEW":
        return findingsOf(InspectionKind.ISSUE_REVIEW, year);
      case "DOC-REVIEWED":
        return total(records.documents().stream(), NormativeDocument::issuer,
            d -> year(d.legalityReviewedDate(), year), d -> 1);
      case "DOC-ISSUED":
        return total(records.documents().stream(), NormativeDocument::issuer,
            d -> year(d.issuedDate(), year), d -> 1);
      case "MED-CASES":
        return total(records.mediation().stream(), MediationCase::unit,
            c -> c.receivedDate().getYear() == year, c -> 1);
      case "MED-AMOUNT":
        Map<UnitCode, Double> yuan = total(records.mediation().stream(), MediationCase::unit,
            c -> c.receivedDate().getYear() == year, MediationCase::amountInvolvedYuan);
        yuan.replaceAll((unit, amount) -> amount / 10_000);
        return yuan;
      default:
        // Study, exams, checklists and legal aid: this province keeps no such records.
        return Map.of();
    }
  }

  private static boolean year(Optional<LocalDate> day, int year) {
    return day.isPresent() && day.get().getYear() == year;
  }

  private static boolean filedBy(NormativeDocument d, int year) {
    return d.filedDate().isPresent() && d.filedDate().get().getYear() <= year;
  }

  private Stream<Finding> findings() {
    return records.rectification().stream().flatMap(l -> l.findings().stream());
  }

  private Stream<Inspection> inspections() {
    return records.rectification().stream().flatMap(l -> l.inspections().stream());
  }

  private Stream<RectificationNotice> notices() {
    return records.rectification().stream().flatMap(l -> l.notices().stream());
  }

  private Map<UnitCode, Double> findingsOf(InspectionKind kind, int year) {
    return total(
        records.rectification().stream()
            .flatMap(l -> l.findings().stream()
                .filter(f -> l.inspection(f.inspectionId()).get().kind() == kind)),
        Finding::unit, f -> f.raisedDate().getYear() == year, f -> 1);
  }

  private static <T> Map<UnitCode, Double> rate(
      Stream<T> records, Function<T, UnitCode> unit, Predicate<T> inDenominator,
      Predicate<T> inNumerator) {
    return records
        .filter(inDenominator)
        .collect(groupingBy(unit, teeing(
            filtering(inNumerator, counting()), counting(),
            (numerator, denominator) -> 100.0 * numerator / denominator)));
  }

  private static <T> Map<UnitCode, Double> total(
      Stream<T> records, Function<T, UnitCode> unit, Predicate<T> counted,
      ToLongFunction<T> weight) {
    Map<UnitCode, Double> totals = new HashMap<>();
    records.filter(counted)
        .collect(groupingBy(unit, summingLong(weight)))
        .forEach((code, sum) -> totals.put(code, sum.doubleValue()));
    return totals;
  }

  /**
   * The naive figures: {@code double} percentages for rates, counts (万元 for amounts), and
   * changes in points or percent; {@code NaN} where there is nothing to show. Units and
   * indicators are indexed as in the hierarchy and the catalog.
   */
  public static final class Result {
    private final int units;
    private final double[][] values;
    private final double[] change;

    Result(int indicators, int units) {
      this.units = units;
      this.values = new double[2][indicators * units];
      this.change = new double[indicators * units];
    }

    /**
     * Returns a figure.
     *
     * @param year {@link Dashboard#CURRENT} or {@link Dashboard#BASE}
     * @param indicator the indicator's index in the catalog
     * @param unit the unit's index in the hierarchy
     * @return the figure, a percentage for a rate; {@code NaN} if none
     */
    public double value(int year, int indicator, int unit) {
      return values[year][indicator * units + unit];
    }

    /**
     * Returns a change: in points for a rate, in percent for anything else.
     *
     * @param indicator the indicator's index in the catalog
     * @param unit the unit's index in the hierarchy
     * @return the change; {@code NaN} if none
     */
    public double change(int indicator, int unit) {
      return change[indicator * units + unit];
    }
  }
}
