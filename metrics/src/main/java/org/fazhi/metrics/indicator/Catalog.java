package org.fazhi.metrics.indicator;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.function.Function;
import org.fazhi.core.internal.Checks;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.exact.ChangeKind;
import org.fazhi.metrics.measure.Measure;
import org.immutables.value.Value;

/**
 * A versioned catalog of indicator definitions (指标体系), such as the standard one fazhi ships
 * ({@link StandardCatalog}) or a province's own.
 *
 * <p>Codes are unique; every change refers to an indicator of the catalog that is not itself a
 * change; a change in points refers to a percentage, and the difference of two percentages is
 * always a change in points, never an absolute change printed as "%". To extend a catalog, build from it:
 * {@code Catalog.builder().from(StandardCatalog.catalog()).version("2024.1+local")
 * .addIndicators(…).build()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Catalog {

  Catalog() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Catalog}; the identifier and version are required. */
  public static final class Builder extends ImmutableCatalog.Builder {
    Builder() {}

    /**
     * Starts from a catalog to extend it: copies its identifier and its indicators, in order.
     * The version is not copied, since an extended catalog is another version: set it, then add
     * indicators.
     *
     * @param catalog the catalog to extend; not null
     * @return this builder
     * @throws IllegalStateException if the identifier has already been set
     */
    public Builder from(Catalog catalog) {
      requireNonNull(catalog, "catalog");
      id(catalog.id());
      addAllIndicators(catalog.indicators());
      return this;
    }
  }

  /**
   * Returns the catalog's identifier.
   *
   * @return the identifier, such as {@code "fazhi-standard"}; not blank
   */
  public abstract String id();

  /**
   * Returns the catalog's version.
   *
   * @return the version, such as {@code "2024.1"}; not blank
   */
  public abstract String version();

  /**
   * Returns the indicators, in the order they are presented.
   *
   * @return the indicators; not null
   */
  public abstract ImmutableList<Indicator> indicators();

  @Value.Lazy
  ImmutableMap<String, Indicator> byCode() {
    return indicators().stream()
        .collect(ImmutableMap.toImmutableMap(Indicator::code, Function.identity()));
  }

  /**
   * Returns the distinct measures the indicators read, in order of first use.
   *
   * @return the measures; not null
   */
  @Value.Lazy
  public ImmutableList<Measure> measures() {
    return indicators().stream()
        .flatMap(indicator -> indicator.formula().measures().stream())
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the indicator with a code.
   *
   * @param code the code; not null
   * @return the indicator
   * @throws InvalidValueException if the catalog has no indicator with this code
   */
  public Indicator indicator(String code) {
    Indicator indicator = byCode().get(requireNonNull(code, "code"));
    if (indicator == null) {
      throw new InvalidValueException(
          "Indicator.code", code, "is not in catalog " + id() + " " + version());
    }
    return indicator;
  }

  @Value.Check
  void check() {
    Checks.nonBlank("Catalog.id", id());
    Checks.nonBlank("Catalog.version", version());
    Checks.uniqueKeys("Catalog.indicators.code", indicators(), Indicator::code);
    for (Indicator indicator : indicators()) {
      if (indicator.formula() instanceof Formula.ChangeOf change) {
        Indicator base = byCode().get(change.indicatorCode());
        String field = "Indicator(" + indicator.code() + ").formula.indicatorCode";
        if (base == null) {
          throw new InvalidValueException(field, change.indicatorCode(), "is not in the catalog");
        }
        if (base.kind() == IndicatorKind.CHANGE) {
          throw new InvalidValueException(field, base.code(), "must not itself be a change");
        }
        if (change.kind() == ChangeKind.POINTS && base.unit() != IndicatorUnit.PERCENT) {
          throw new InvalidValueException(
              field, base.code(), "a change in points needs an indicator in percent");
        }
        if (change.kind() == ChangeKind.ABSOLUTE && base.unit() == IndicatorUnit.PERCENT) {
          throw new InvalidValueException(
              field, base.code(), "the difference of two percentages is a change in points:"
                  + " use POINTS, not ABSOLUTE");
        }
        if (change.kind() == ChangeKind.ABSOLUTE && base.unit() != indicator.unit()) {
          throw new InvalidValueException(
              "Indicator(" + indicator.code() + ").unit", indicator.unit(),
              "an absolute change is in its indicator's unit (" + base.unit() + ")");
        }
      }
    }
  }

  @Override
  public String toString() {
    return "Catalog " + id() + " " + version() + " (" + indicators().size() + " indicators)";
  }
}
