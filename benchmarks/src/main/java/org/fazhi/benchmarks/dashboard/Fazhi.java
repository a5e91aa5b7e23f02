package org.fazhi.benchmarks.dashboard;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.fazhi.benchmarks.province.SyntheticProvince;
import org.fazhi.metrics.exact.Change;
import org.fazhi.metrics.engine.Caliber;
import org.fazhi.metrics.engine.ChangeColumn;
import org.fazhi.metrics.engine.Evaluation;
import org.fazhi.metrics.engine.Evaluator;
import org.fazhi.metrics.engine.IndicatorColumn;
import org.fazhi.metrics.engine.Ledger;
import org.fazhi.metrics.exact.Fraction;
import org.fazhi.metrics.exact.Outcome;
import org.fazhi.metrics.indicator.Catalog;
import org.fazhi.metrics.indicator.Indicator;
import org.fazhi.metrics.indicator.IndicatorKind;
import org.fazhi.metrics.scorecard.Scorecard;
import org.fazhi.metrics.scorecard.ScorecardRow;
import org.fazhi.metrics.exact.Tally;
import org.fazhi.metrics.indicator.IndicatorValue;

/**
 * The job done with fazhi's public API, as an embedder calls it: one {@link Evaluator} for the
 * catalog under the standard caliber, one evaluation of the ledger for 2024 (which tallies 2023
 * in the same pass), and the figures read off the evaluation.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Fazhi {

  private final Evaluator evaluator;

  private Fazhi(Catalog catalog) {
    this.evaluator = Evaluator.of(catalog, Caliber.standard());
  }

  /**
   * Returns the job for a catalog.
   *
   * @param catalog the catalog; not null
   * @return the job
   */
  public static Fazhi of(Catalog catalog) {
    return new Fazhi(requireNonNull(catalog, "catalog"));
  }

  /**
   * Returns the evaluator.
   *
   * @return the evaluator; not null
   */
  public Evaluator evaluator() {
    return evaluator;
  }

  /**
   * Does the job: evaluates the ledger once, then copies every indicator and change of every
   * unit out of the evaluation's columns, which allocate nothing per unit.
   *
   * @param ledger the records; not null
   * @param out the table to fill; not null
   * @return {@code out}
   */
  public Dashboard evaluate(Ledger ledger, Dashboard out) {
    Evaluation evaluation = evaluator.evaluate(ledger, SyntheticProvince.CURRENT);
    List<Indicator> indicators = evaluator.catalog().indicators();
    for (int k = 0; k < indicators.size(); k++) {
      Indicator indicator = indicators.get(k);
      int at = out.offset(k);
      evaluation.values(indicator, SyntheticProvince.CURRENT)
          .copyTo(out.numerators(Dashboard.CURRENT), out.denominators(Dashboard.CURRENT), at);
      if (indicator.kind() == IndicatorKind.CHANGE) {
        // A change indicator has no value in the base year, and no change of its own.
        Arrays.fill(out.numerators(Dashboard.BASE), at, at + out.units(), 0);
        Arrays.fill(out.denominators(Dashboard.BASE), at, at + out.units(), 0);
        Arrays.fill(out.changeNumerators(), at, at + out.units(), 0);
        Arrays.fill(out.changeDenominators(), at, at + out.units(), 0);
      } else {
        evaluation.values(indicator, SyntheticProvince.BASE)
            .copyTo(out.numerators(Dashboard.BASE), out.denominators(Dashboard.BASE), at);
        evaluation.changes(indicator)
            .copyTo(out.changeNumerators(), out.changeDenominators(), at);
      }
    }
    return out;
  }

  /**
   * Does the job unit by unit, through the columns' per-unit accessors.
   *
   * @param ledger the records; not null
   * @param out the table to fill; not null
   * @return {@code out}
   */
  public Dashboard evaluateUnitByUnit(Ledger ledger, Dashboard out) {
    Evaluation evaluation = evaluator.evaluate(ledger, SyntheticProvince.CURRENT);
    List<Indicator> indicators = evaluator.catalog().indicators();
    int units = evaluation.units().size();
    for (int k = 0; k < indicators.size(); k++) {
      Indicator indicator = indicators.get(k);
      IndicatorColumn now = evaluation.values(indicator, SyntheticProvince.CURRENT);
      if (indicator.kind() == IndicatorKind.CHANGE) {
        for (int u = 0; u < units; u++) {
          out.value(Dashboard.CURRENT, k, u, now.numerator(u), now.denominator(u));
          out.value(Dashboard.BASE, k, u, 0, 0);
          out.change(k, u, 0, 0);
        }
        continue;
      }
      IndicatorColumn before = evaluation.values(indicator, SyntheticProvince.BASE);
      ChangeColumn change = evaluation.changes(indicator);
      for (int u = 0; u < units; u++) {
        out.value(Dashboard.CURRENT, k, u, now.numerator(u), now.denominator(u));
        out.value(Dashboard.BASE, k, u, before.numerator(u), before.denominator(u));
        out.change(k, u, change.numerator(u), change.denominator(u));
      }
    }
    return out;
  }

  /**
   * Does the job through the object API: the scorecard of every unit, whose rows carry each
   * indicator's value, base-year value and change as objects.
   *
   * @param ledger the records; not null
   * @param out the table to fill; not null
   * @return {@code out}
   */
  public Dashboard evaluateWithScorecards(Ledger ledger, Dashboard out) {
    Evaluation evaluation = evaluator.evaluate(ledger, SyntheticProvince.CURRENT);
    ImmutableList<Scorecard> scorecards = evaluation.scorecards();
    for (int u = 0; u < scorecards.size(); u++) {
      ImmutableList<ScorecardRow> rows = scorecards.get(u).rows();
      for (int k = 0; k < rows.size(); k++) {
        ScorecardRow row = rows.get(k);
        put(out, Dashboard.CURRENT, k, u, row.value());
        Optional<IndicatorValue> base = row.base();
        if (base.isPresent()) {
          put(out, Dashboard.BASE, k, u, base.get());
        } else {
          out.value(Dashboard.BASE, k, u, 0, 0);
        }
        Optional<Change> change = row.change();
        if (change.isPresent()) {
          Outcome outcome = change.get().outcome();
          out.change(k, u, numerator(outcome), denominator(outcome));
        } else {
          out.change(k, u, 0, 0);
        }
      }
    }
    return out;
  }

  private static void put(Dashboard out, int year, int k, int u, IndicatorValue value) {
    Optional<Tally> tally = value.tally();
    if (tally.isPresent()) {
      out.value(year, k, u, tally.get().numerator(), tally.get().effectiveDenominator());
    } else if (value.total().isPresent()) {
      out.value(year, k, u, value.total().getAsLong(), 1);
    } else {
      Outcome outcome = value.outcome();
      out.value(year, k, u, numerator(outcome), denominator(outcome));
    }
  }

  private static long numerator(Outcome outcome) {
    return outcome.fraction().map(Fraction::numerator).map(n -> n.longValueExact()).orElse(0L);
  }

  private static long denominator(Outcome outcome) {
    return outcome.fraction().map(Fraction::denominator).map(d -> d.longValueExact()).orElse(0L);
  }
}
