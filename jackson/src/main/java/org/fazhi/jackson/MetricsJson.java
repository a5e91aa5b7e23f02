package org.fazhi.jackson;

import static org.fazhi.jackson.Writing.number;
import static org.fazhi.jackson.Writing.object;
import static org.fazhi.jackson.Writing.optionalObject;
import static org.fazhi.jackson.Writing.objects;
import static org.fazhi.jackson.Writing.string;
import static org.fazhi.jackson.Writing.term;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.unit.OrgUnit;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.exact.Change;
import org.fazhi.metrics.exact.ChangeKind;
import org.fazhi.metrics.exact.Comparison;
import org.fazhi.metrics.check.CheckResult;
import org.fazhi.metrics.check.Verdict;
import org.fazhi.metrics.engine.Caliber;
import org.fazhi.metrics.engine.FormCount;
import org.fazhi.metrics.exact.Fraction;
import org.fazhi.metrics.exact.Outcome;
import org.fazhi.metrics.exact.RoundingPolicy;
import org.fazhi.metrics.exact.UndefinedReason;
import org.fazhi.metrics.indicator.Band;
import org.fazhi.metrics.indicator.Bands;
import org.fazhi.metrics.indicator.Catalog;
import org.fazhi.metrics.indicator.Formula;
import org.fazhi.metrics.indicator.Indicator;
import org.fazhi.metrics.indicator.IndicatorUnit;
import org.fazhi.metrics.indicator.Interval;
import org.fazhi.metrics.indicator.Polarity;
import org.fazhi.metrics.indicator.Target;
import org.fazhi.metrics.indicator.TargetBasis;
import org.fazhi.metrics.indicator.TargetStatus;
import org.fazhi.metrics.measure.Measure;
import org.fazhi.metrics.scorecard.Scorecard;
import org.fazhi.metrics.scorecard.ScorecardRow;
import org.fazhi.metrics.exact.Tally;
import org.fazhi.metrics.indicator.IndicatorValue;

/**
 * JSON of the catalog and result types of {@code fazhi-metrics}. Derived values written for
 * readers' convenience (an outcome's decimal, a change's or a value's outcome) are checked, not
 * trusted, when read back.
 */
final class MetricsJson {

  /** The format tag of a scorecard. */
  static final String SCORECARD_FORMAT = "scorecard/1";

  /** The number of decimal places of an outcome's informational decimal. */
  static final int DECIMAL_PLACES = 12;

  private MetricsJson() {}

  // ------------------------------------------------------------------------------------------
  // Strings

  static Measure measure(Reading r) throws IOException {
    return r.parsed("must be a measure code in double quotes", Measure::parse);
  }

  static Fraction fraction(Reading r) throws IOException {
    return r.parsed("must be a fraction in double quotes, such as \"30/31\"", Fraction::parse);
  }

  static Target target(Reading r) throws IOException {
    return r.parsed("must be a target in double quotes, such as \"≥100\"", Target::parse);
  }

  static Interval interval(Reading r) throws IOException {
    return r.parsed("must be an interval in double quotes, such as \"[95,100]\"",
        Interval::parse);
  }

  static RoundingPolicy rounding(Reading r) throws IOException {
    return r.parsed("must be a rounding policy in double quotes, such as \"HALF_UP(2)\"",
        RoundingPolicy::parse);
  }

  static ReportingPeriod period(Reading r) throws IOException {
    return r.parsed("must be a period in double quotes, such as \"2024\"", ReportingPeriod::parse);
  }

  // ------------------------------------------------------------------------------------------
  // Exact values

  static String decimal(Fraction value) {
    return value.toBigDecimal(DECIMAL_PLACES, RoundingMode.HALF_UP).toPlainString();
  }

  static final Shape OUTCOME = Shape.of("Outcome", "value", "decimal", "undefined");

  static Outcome outcome(Reading r) throws IOException {
    Fraction[] value = new Fraction[1];
    String[] decimal = new String[1];
    UndefinedReason[] undefined = new UndefinedReason[1];
    return r.object(OUTCOME, name -> {
      switch (name) {
        case "value" -> value[0] = fraction(r);
        case "decimal" -> decimal[0] = r.string();
        default -> undefined[0] = r.term(UndefinedReason.class);
      }
    }, () -> {
      if ((value[0] == null) == (undefined[0] == null)) {
        throw new InvalidValueException("Outcome", value[0] == null ? "{}" : "{value, undefined}",
            "must have either a value or an undefined reason");
      }
      if (undefined[0] != null) {
        if (decimal[0] != null) {
          throw new InvalidValueException("Outcome.decimal", Reading.quoted(decimal[0]),
              "an undefined outcome has no decimal");
        }
        return Outcome.undefined(undefined[0]);
      }
      if (decimal[0] != null && !decimal[0].equals(decimal(value[0]))) {
        throw new InvalidValueException("Outcome.decimal", Reading.quoted(decimal[0]),
            "must be the value " + value[0] + " to " + DECIMAL_PLACES + " places, HALF_UP: "
                + decimal(value[0]));
      }
      return Outcome.of(value[0]);
    });
  }

  static void outcome(Outcome outcome, JsonGenerator g) throws IOException {
    g.writeStartObject();
    if (outcome instanceof Outcome.Defined defined) {
      string(g, "value", defined.value());
      string(g, "decimal", decimal(defined.value()));
    } else {
      term(g, "undefined", ((Outcome.Undefined) outcome).reason());
    }
    g.writeEndObject();
  }

  static final Shape TALLY =
      Shape.of("Tally", "numerator*", "denominator*", "exclusions", "exceptions");

  static Tally tally(Reading r) throws IOException {
    long[] counts = new long[4];
    return r.object(TALLY, name -> {
      switch (name) {
        case "numerator" -> counts[0] = r.whole();
        case "denominator" -> counts[1] = r.whole();
        case "exclusions" -> counts[2] = r.whole();
        default -> counts[3] = r.whole();
      }
    }, () -> Tally.of(counts[0], counts[1], counts[2], counts[3]));
  }

  static void tally(Tally tally, JsonGenerator g) throws IOException {
    g.writeStartObject();
    number(g, "numerator", tally.numerator());
    number(g, "denominator", tally.denominator());
    number(g, "exclusions", tally.exclusions());
    number(g, "exceptions", tally.exceptions());
    g.writeEndObject();
  }

  static final Shape CHANGE =
      Shape.of("Change", "kind*", "comparison*", "base*", "current*", "outcome");

  static Change change(Reading r) throws IOException {
    Object[] parts = new Object[5];
    return r.object(CHANGE, name -> {
      switch (name) {
        case "kind" -> parts[0] = r.term(ChangeKind.class);
        case "comparison" -> parts[1] = r.term(Comparison.class);
        case "base" -> parts[2] = outcome(r);
        case "current" -> parts[3] = outcome(r);
        default -> parts[4] = outcome(r);
      }
    }, () -> {
      Change change = Change.of(
          (ChangeKind) parts[0], (Comparison) parts[1], (Outcome) parts[3], (Outcome) parts[2]);
      if (parts[4] != null && !parts[4].equals(change.outcome())) {
        throw new InvalidValueException("Change.outcome", parts[4],
            "must be the change from base to current (" + change.outcome() + ")");
      }
      return change;
    });
  }

  static void change(Change change, JsonGenerator g) throws IOException {
    g.writeStartObject();
    term(g, "kind", change.kind());
    term(g, "comparison", change.comparison());
    object(g, "base", change.base(), MetricsJson::outcome);
    object(g, "current", change.current(), MetricsJson::outcome);
    object(g, "outcome", change.outcome(), MetricsJson::outcome);
    g.writeEndObject();
  }

  // ------------------------------------------------------------------------------------------
  // Indicators and catalogs

  static final Shape BAND = Shape.of("Band", "chinese*", "english*", "interval*");

  static Band band(Reading r) throws IOException {
    Object[] parts = new Object[3];
    return r.object(BAND, name -> {
      switch (name) {
        case "chinese" -> parts[0] = r.string();
        case "english" -> parts[1] = r.string();
        default -> parts[2] = interval(r);
      }
    }, () -> Band.of((String) parts[0], (String) parts[1], parts[2].toString()));
  }

  static void band(Band band, JsonGenerator g) throws IOException {
    g.writeStartObject();
    string(g, "chinese", band.chinese());
    string(g, "english", band.english());
    string(g, "interval", band.interval());
    g.writeEndObject();
  }

  static Bands bands(Reading r) throws IOException {
    Reading.Where where = r.here();
    List<Band> bands = r.list(() -> band(r));
    try {
      return Bands.of(bands);
    } catch (InvalidValueException e) {
      throw r.failAt(where, e.getMessage());
    }
  }

  static void bands(Bands bands, JsonGenerator g) throws IOException {
    g.writeStartArray();
    for (Band band : bands.bands()) {
      band(band, g);
    }
    g.writeEndArray();
  }

  static final Shape FORMULA = Shape.of("Formula", "proportion", "ratio", "total", "changeOf");
  static final Shape PROPORTION =
      Shape.of("Proportion", "numerator*", "denominator*", "exclusions", "exceptions");
  static final Shape RATIO = Shape.of("Ratio", "numerator*", "denominator*");
  static final Shape CHANGE_OF = Shape.of("ChangeOf", "indicator*", "kind*", "comparison*");

  static Formula formula(Reading r) throws IOException {
    List<Formula> formulas = new ArrayList<>();
    return r.object(FORMULA, name -> {
      switch (name) {
        case "proportion" -> formulas.add(proportion(r));
        case "ratio" -> formulas.add(ratio(r));
        case "total" -> formulas.add(Formula.total(measure(r)));
        default -> formulas.add(changeOf(r));
      }
    }, () -> {
      if (formulas.size() != 1) {
        throw new InvalidValueException("Formula", formulas.size() + " formulas",
            "must hold exactly one of proportion, ratio, total or changeOf");
      }
      return formulas.get(0);
    });
  }

  private static Formula.Proportion proportion(Reading r) throws IOException {
    Measure[] measures = new Measure[4];
    return r.object(PROPORTION, name -> {
      switch (name) {
        case "numerator" -> measures[0] = measure(r);
        case "denominator" -> measures[1] = measure(r);
        case "exclusions" -> measures[2] = measure(r);
        default -> measures[3] = measure(r);
      }
    }, () -> new Formula.Proportion(measures[0], measures[1],
        Optional.ofNullable(measures[2]), Optional.ofNullable(measures[3])));
  }

  private static Formula.Ratio ratio(Reading r) throws IOException {
    Measure[] measures = new Measure[2];
    return r.object(RATIO, name -> {
      if (name.equals("numerator")) {
        measures[0] = measure(r);
      } else {
        measures[1] = measure(r);
      }
    }, () -> Formula.ratio(measures[0], measures[1]));
  }

  private static Formula.ChangeOf changeOf(Reading r) throws IOException {
    Object[] parts = new Object[3];
    return r.object(CHANGE_OF, name -> {
      switch (name) {
        case "indicator" -> parts[0] = r.string();
        case "kind" -> parts[1] = r.term(ChangeKind.class);
        default -> parts[2] = r.term(Comparison.class);
      }
    }, () -> Formula.changeOf((String) parts[0], (ChangeKind) parts[1], (Comparison) parts[2]));
  }

  static void formula(Formula formula, JsonGenerator g) throws IOException {
    g.writeStartObject();
    if (formula instanceof Formula.Proportion f) {
      g.writeObjectFieldStart("proportion");
      string(g, "numerator", f.numerator());
      string(g, "denominator", f.denominator());
      string(g, "exclusions", f.exclusions());
      string(g, "exceptions", f.exceptions());
      g.writeEndObject();
    } else if (formula instanceof Formula.Ratio f) {
      g.writeObjectFieldStart("ratio");
      string(g, "numerator", f.numerator());
      string(g, "denominator", f.denominator());
      g.writeEndObject();
    } else if (formula instanceof Formula.Total f) {
      string(g, "total", f.measure());
    } else {
      Formula.ChangeOf f = (Formula.ChangeOf) formula;
      g.writeObjectFieldStart("changeOf");
      string(g, "indicator", f.indicatorCode());
      term(g, "kind", f.kind());
      term(g, "comparison", f.comparison());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  static final Shape INDICATOR = Shape.of("Indicator", "code*", "chineseName*", "englishName*",
      "unit*", "polarity*", "caliber", "formula*", "target", "bands", "rounding");

  static Indicator indicator(Reading r) throws IOException {
    Indicator.Builder b = Indicator.builder();
    return r.object(INDICATOR, name -> {
      switch (name) {
        case "code" -> b.code(r.string());
        case "chineseName" -> b.chineseName(r.string());
        case "englishName" -> b.englishName(r.string());
        case "unit" -> b.unit(r.term(IndicatorUnit.class));
        case "polarity" -> b.polarity(r.term(Polarity.class));
        case "caliber" -> b.caliber(r.string());
        case "formula" -> b.formula(formula(r));
        case "target" -> b.target(target(r));
        case "bands" -> b.bands(bands(r));
        default -> b.rounding(rounding(r));
      }
    }, b::build);
  }

  static void indicator(Indicator indicator, JsonGenerator g) throws IOException {
    g.writeStartObject();
    string(g, "code", indicator.code());
    string(g, "chineseName", indicator.chineseName());
    string(g, "englishName", indicator.englishName());
    term(g, "unit", indicator.unit());
    term(g, "polarity", indicator.polarity());
    if (!indicator.caliber().isEmpty()) {
      string(g, "caliber", indicator.caliber());
    }
    object(g, "formula", indicator.formula(), MetricsJson::formula);
    string(g, "target", indicator.target());
    optionalObject(g, "bands", indicator.bands(), MetricsJson::bands);
    string(g, "rounding", indicator.rounding());
    g.writeEndObject();
  }

  static final Shape CATALOG = Shape.of("Catalog", "id*", "version*", "indicators");

  static Catalog catalog(Reading r) throws IOException {
    Catalog.Builder b = Catalog.builder();
    return r.object(CATALOG, name -> {
      switch (name) {
        case "id" -> b.id(r.string());
        case "version" -> b.version(r.string());
        default -> b.addAllIndicators(r.list(() -> indicator(r)));
      }
    }, b::build);
  }

  static void catalog(Catalog catalog, JsonGenerator g) throws IOException {
    g.writeStartObject();
    string(g, "id", catalog.id());
    string(g, "version", catalog.version());
    objects(g, "indicators", catalog.indicators(), MetricsJson::indicator);
    g.writeEndObject();
  }

  // ------------------------------------------------------------------------------------------
  // Evaluation settings and inputs

  static final Shape CALIBER = Shape.of("Caliber", "asOfLagDays", "targetBasis");

  static Caliber caliber(Reading r) throws IOException {
    Caliber standard = Caliber.standard();
    Object[] parts = {standard.asOfLagDays(), standard.targetBasis()};
    return r.object(CALIBER, name -> {
      if (name.equals("asOfLagDays")) {
        parts[0] = r.smallWhole();
      } else {
        parts[1] = r.term(TargetBasis.class);
      }
    }, () -> Caliber.of((Integer) parts[0], (TargetBasis) parts[1]));
  }

  static void caliber(Caliber caliber, JsonGenerator g) throws IOException {
    g.writeStartObject();
    number(g, "asOfLagDays", caliber.asOfLagDays());
    term(g, "targetBasis", caliber.targetBasis());
    g.writeEndObject();
  }

  static final Shape FORM_COUNT = Shape.of("FormCount", "unit*", "period*", "measure*", "value*");

  static FormCount formCount(Reading r) throws IOException {
    Object[] parts = new Object[4];
    return r.object(FORM_COUNT, name -> {
      switch (name) {
        case "unit" -> parts[0] = r.unitCode();
        case "period" -> parts[1] = period(r);
        case "measure" -> parts[2] = measure(r);
        default -> parts[3] = r.whole();
      }
    }, () -> new FormCount((UnitCode) parts[0], (ReportingPeriod) parts[1], (Measure) parts[2],
        (Long) parts[3]));
  }

  static void formCountFields(FormCount count, JsonGenerator g) throws IOException {
    string(g, "unit", count.unit());
    string(g, "period", count.period());
    string(g, "measure", count.measure());
    number(g, "value", count.value());
  }

  static void formCount(FormCount count, JsonGenerator g) throws IOException {
    g.writeStartObject();
    formCountFields(count, g);
    g.writeEndObject();
  }

  // ------------------------------------------------------------------------------------------
  // Results

  static final Shape INDICATOR_VALUE = Shape.of("IndicatorValue", "indicator*",
      "catalogVersion*", "unit*", "period*", "tally", "total", "change", "missing", "outcome");

  static IndicatorValue indicatorValue(Reading r) throws IOException {
    Object[] parts = new Object[9];
    return r.object(INDICATOR_VALUE, name -> {
      switch (name) {
        case "indicator" -> parts[0] = r.indicator();
        case "catalogVersion" -> parts[1] = r.string();
        case "unit" -> parts[2] = r.unitCode();
        case "period" -> parts[3] = period(r);
        case "tally" -> parts[4] = tally(r);
        case "total" -> parts[5] = r.whole();
        case "change" -> parts[6] = change(r);
        case "missing" -> {
          if (!r.bool()) {
            throw r.fail("must be true, or left out");
          }
          parts[7] = Boolean.TRUE;
        }
        default -> parts[8] = outcome(r);
      }
    }, () -> {
      long kinds = Stream.of(parts[4], parts[5], parts[6], parts[7]).filter(p -> p != null).count();
      if (kinds != 1) {
        throw new InvalidValueException("IndicatorValue", kinds + " of them",
            "must have exactly one of tally, total, change or missing");
      }
      Indicator indicator = (Indicator) parts[0];
      String version = (String) parts[1];
      UnitCode unit = (UnitCode) parts[2];
      ReportingPeriod period = (ReportingPeriod) parts[3];
      IndicatorValue value;
      if (parts[4] != null) {
        value = IndicatorValue.ofTally(indicator, version, unit, period, (Tally) parts[4]);
      } else if (parts[5] != null) {
        value = IndicatorValue.ofTotal(indicator, version, unit, period, (Long) parts[5]);
      } else if (parts[6] != null) {
        value = IndicatorValue.ofChange(indicator, version, unit, period, (Change) parts[6]);
      } else {
        value = IndicatorValue.missing(indicator, version, unit, period);
      }
      if (parts[8] != null && !parts[8].equals(value.outcome())) {
        throw new InvalidValueException("IndicatorValue.outcome", parts[8],
            "must be the outcome of the value's counts (" + value.outcome() + ")");
      }
      return value;
    });
  }

  static void indicatorValue(IndicatorValue value, JsonGenerator g) throws IOException {
    g.writeStartObject();
    string(g, "indicator", value.indicator().code());
    string(g, "catalogVersion", value.catalogVersion());
    string(g, "unit", value.unit());
    string(g, "period", value.period());
    optionalObject(g, "tally", value.tally(), MetricsJson::tally);
    OptionalLong total = value.total();
    number(g, "total", total);
    optionalObject(g, "change", value.change(), MetricsJson::change);
    if (value.isMissing()) {
      g.writeBooleanField("missing", true);
    }
    object(g, "outcome", value.outcome(), MetricsJson::outcome);
    g.writeEndObject();
  }

  static final Shape CHECK_RESULT =
      Shape.of("CheckResult", "verdict*", "published*", "expected", "detail*");

  static CheckResult checkResult(Reading r) throws IOException {
    Object[] parts = new Object[4];
    return r.object(CHECK_RESULT, name -> {
      switch (name) {
        case "verdict" -> parts[0] = r.term(Verdict.class);
        case "published" -> parts[1] = r.string();
        case "expected" -> parts[2] = r.string();
        default -> parts[3] = r.string();
      }
    }, () -> CheckResult.of((Verdict) parts[0], Optional.ofNullable((String) parts[2]),
        (String) parts[1], (String) parts[3]));
  }

  static void checkResult(CheckResult result, JsonGenerator g) throws IOException {
    g.writeStartObject();
    term(g, "verdict", result.verdict());
    string(g, "published", result.published());
    string(g, "expected", result.expected());
    string(g, "detail", result.detail());
    g.writeEndObject();
  }

  static final Shape ROW = Shape.of("ScorecardRow", "indicator*", "value*", "base", "change",
      "target", "band", "printed", "check");

  static ScorecardRow row(Reading r) throws IOException {
    Object[] parts = new Object[8];
    return r.object(ROW, name -> {
      switch (name) {
        case "indicator" -> parts[0] = r.indicator();
        case "value" -> parts[1] = indicatorValue(r);
        case "base" -> parts[2] = indicatorValue(r);
        case "change" -> parts[3] = change(r);
        case "target" -> parts[4] = r.term(TargetStatus.class);
        case "band" -> parts[5] = band(r);
        case "printed" -> parts[6] = r.string();
        default -> parts[7] = checkResult(r);
      }
    }, () -> {
      Indicator indicator = (Indicator) parts[0];
      for (int i = 1; i <= 2; i++) {
        if (parts[i] != null && !((IndicatorValue) parts[i]).indicator().equals(indicator)) {
          throw new InvalidValueException(
              i == 1 ? "ScorecardRow.value" : "ScorecardRow.base",
              ((IndicatorValue) parts[i]).indicator().code(),
              "must be a value of the row's indicator " + indicator.code());
        }
      }
      return ScorecardRow.of((IndicatorValue) parts[1],
          Optional.ofNullable((IndicatorValue) parts[2]), Optional.ofNullable((Change) parts[3]),
          Optional.ofNullable((TargetStatus) parts[4]), Optional.ofNullable((Band) parts[5]),
          Optional.ofNullable((String) parts[6]), Optional.ofNullable((CheckResult) parts[7]));
    });
  }

  static void row(ScorecardRow row, JsonGenerator g) throws IOException {
    g.writeStartObject();
    string(g, "indicator", row.indicator().code());
    object(g, "value", row.value(), MetricsJson::indicatorValue);
    optionalObject(g, "base", row.base(), MetricsJson::indicatorValue);
    optionalObject(g, "change", row.change(), MetricsJson::change);
    term(g, "target", row.target());
    optionalObject(g, "band", row.band(), MetricsJson::band);
    if (row.printed().isPresent()) {
      string(g, "printed", row.printed().get());
    }
    optionalObject(g, "check", row.check(), MetricsJson::checkResult);
    g.writeEndObject();
  }

  static final Shape SCORECARD = Shape.of("Scorecard", "fazhi*", "unit*", "period*",
      "basePeriod*", "catalogId*", "catalogVersion*", "indicators*", "rows*");

  static Scorecard scorecard(Reading r) throws IOException {
    Object[] parts = new Object[6];
    Map<String, Indicator> indicators = new LinkedHashMap<>();
    List<ScorecardRow> rows = new ArrayList<>();
    boolean[] indicatorsRead = new boolean[1];
    TokenBuffer[] early = new TokenBuffer[1];
    Reading.Parsed<Scorecard> parsed = r.parse(SCORECARD, name -> {
      switch (name) {
        case "fazhi" -> {
          if (!r.string().equals(SCORECARD_FORMAT)) {
            throw r.fail("must be \"" + SCORECARD_FORMAT + "\", the only scorecard format");
          }
        }
        case "unit" -> parts[0] = CoreJson.orgUnit(r);
        case "period" -> parts[1] = period(r);
        case "basePeriod" -> parts[2] = period(r);
        case "catalogId" -> parts[3] = r.string();
        case "catalogVersion" -> parts[4] = r.string();
        case "indicators" -> {
          indicatorsRead[0] = true;
          Reading.Where where = r.here();
          for (Indicator indicator : r.list(() -> indicator(r))) {
            if (indicators.putIfAbsent(indicator.code(), indicator) != null) {
              throw r.failAt(where, "Scorecard.indicators = " + indicator.code()
                  + ": an indicator is defined once");
            }
          }
        }
        default -> {
          if (!indicatorsRead[0]) {
            // The rows came before the indicators they refer to: read them afterwards.
            parts[5] = r.path();
            TokenBuffer buffer = new TokenBuffer(r.parser());
            buffer.copyCurrentStructure(r.parser());
            early[0] = buffer;
          } else {
            rows.addAll(rows(r, indicators));
          }
        }
      }
    }, () -> null);
    if (early[0] != null) {
      try (JsonParser buffered = early[0].asParser()) {
        buffered.nextToken();
        Reading later =
            new Reading(buffered, null, indicators::get, "Scorecard", (String) parts[5]);
        rows.addAll(rows(later, indicators));
      }
    }
    try {
      return Scorecard.of((OrgUnit) parts[0], (ReportingPeriod) parts[1],
          (ReportingPeriod) parts[2], (String) parts[3], (String) parts[4], rows);
    } catch (InvalidValueException e) {
      throw r.failAt(parsed.where(), e.getMessage());
    }
  }

  private static List<ScorecardRow> rows(Reading r, Map<String, Indicator> indicators)
      throws IOException {
    r.resolveIndicatorsWith(indicators::get);
    return r.list(() -> row(r));
  }

  static void scorecard(Scorecard scorecard, JsonGenerator g) throws IOException {
    Map<String, Indicator> indicators = new LinkedHashMap<>();
    for (ScorecardRow row : scorecard.rows()) {
      Indicator earlier = indicators.putIfAbsent(row.indicator().code(), row.indicator());
      if (earlier != null && !earlier.equals(row.indicator())) {
        throw new IllegalArgumentException("two rows define indicator " + earlier.code()
            + " differently; a scorecard defines each indicator once");
      }
    }
    g.writeStartObject();
    string(g, "fazhi", SCORECARD_FORMAT);
    object(g, "unit", scorecard.unit(), CoreJson::orgUnit);
    string(g, "period", scorecard.period());
    string(g, "basePeriod", scorecard.basePeriod());
    string(g, "catalogId", scorecard.catalogId());
    string(g, "catalogVersion", scorecard.catalogVersion());
    objects(g, "indicators", indicators.values(), MetricsJson::indicator);
    objects(g, "rows", scorecard.rows(), MetricsJson::row);
    g.writeEndObject();
  }

}
