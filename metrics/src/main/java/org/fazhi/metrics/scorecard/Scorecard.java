package org.fazhi.metrics.scorecard;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.unit.OrgUnit;
import org.immutables.value.Value;

/**
 * A scorecard (指标表): every indicator of a catalog for one unit and period, with values,
 * tallies, targets, bands and the change from the same period a year before.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Scorecard {

  Scorecard() {}

  /**
   * Returns a scorecard.
   *
   * @param unit the unit; not null
   * @param period the period; not null
   * @param basePeriod the period changes are measured from; not null
   * @param catalogId the identifier of the catalog; not null
   * @param catalogVersion the version of the catalog; not null
   * @param rows one row per indicator, in catalog order; not null
   * @return the scorecard
   */
  public static Scorecard of(
      OrgUnit unit,
      ReportingPeriod period,
      ReportingPeriod basePeriod,
      String catalogId,
      String catalogVersion,
      Iterable<? extends ScorecardRow> rows) {
    return new ImmutableScorecard(unit, period, basePeriod, catalogId, catalogVersion, rows);
  }

  /**
   * Returns the unit.
   *
   * @return the unit; not null
   */
  @Value.Parameter
  public abstract OrgUnit unit();

  /**
   * Returns the period.
   *
   * @return the period; not null
   */
  @Value.Parameter
  public abstract ReportingPeriod period();

  /**
   * Returns the period changes are measured from.
   *
   * @return the base period; not null
   */
  @Value.Parameter
  public abstract ReportingPeriod basePeriod();

  /**
   * Returns the identifier of the catalog the indicators come from.
   *
   * @return the identifier; not null
   */
  @Value.Parameter
  public abstract String catalogId();

  /**
   * Returns the version of the catalog.
   *
   * @return the version; not null
   */
  @Value.Parameter
  public abstract String catalogVersion();

  /**
   * Returns the rows, one per indicator, in catalog order.
   *
   * @return the rows; not null
   */
  @Value.Parameter
  public abstract ImmutableList<ScorecardRow> rows();

  /**
   * Returns the row of an indicator.
   *
   * @param code the indicator's code; not null
   * @return the row, or empty if the scorecard has no such indicator
   */
  public Optional<ScorecardRow> row(String code) {
    return rows().stream().filter(row -> row.indicator().code().equals(code)).findFirst();
  }

  @Override
  public String toString() {
    return "Scorecard " + unit() + " " + period() + " (" + catalogId() + " " + catalogVersion()
        + ", " + rows().size() + " rows)";
  }
}
