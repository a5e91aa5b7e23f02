package org.fazhi.core.unit;

import java.util.Optional;
import org.fazhi.core.internal.Checks;
import org.fazhi.core.validation.InvalidValueException;
import org.immutables.value.Value;

/**
 * An organisational unit (单位): an administrative region such as 泾源县, a township under it, or
 * an agency such as 泾源县司法局, with the unit it reports to.
 *
 * <p>A region or township must report to a region that contains it by code ({@code 640424} to
 * {@code 640400}); an agency may report to any unit. Whether the parent exists and whether the
 * units form a tree is checked by {@link UnitHierarchy}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OrgUnit {

  OrgUnit() {}

  /**
   * Returns the unit's code.
   *
   * @return the code; not null
   */
  @Value.Parameter
  public abstract UnitCode code();

  /**
   * Returns the unit's name in Chinese.
   *
   * @return the name, such as {@code "泾源县"}; not blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the code of the unit this one reports to.
   *
   * @return the parent's code, or empty for a root such as a province
   */
  @Value.Parameter
  public abstract Optional<UnitCode> parent();

  /**
   * Returns the kind of unit, read off its code.
   *
   * @return the kind; not null
   */
  public UnitKind kind() {
    return code().kind();
  }

  /**
   * Creates a unit that reports to no other unit.
   *
   * @param code the unit's code, as accepted by {@link UnitCode#parse(String)}; not null
   * @param name the name in Chinese; not blank
   * @return the unit
   * @throws InvalidValueException if the code or name is invalid
   */
  public static OrgUnit root(String code, String name) {
    return new ImmutableOrgUnit(UnitCode.parse(code), name, Optional.empty());
  }

  /**
   * Creates a unit under a parent.
   *
   * @param code the unit's code, as accepted by {@link UnitCode#parse(String)}; not null
   * @param name the name in Chinese; not blank
   * @param parent the parent's code; not null
   * @return the unit
   * @throws InvalidValueException if a code or the name is invalid, or a region or township does
   *     not lie within its parent
   */
  public static OrgUnit of(String code, String name, String parent) {
    return new ImmutableOrgUnit(
        UnitCode.parse(code), name, Optional.of(UnitCode.parse(parent)));
  }

  @Value.Check
  void check() {
    Checks.nonBlank("OrgUnit.name", name());
    if (parent().isPresent() && kind() != UnitKind.AGENCY && !code().liesWithin(parent().get())) {
      throw new InvalidValueException(
          "OrgUnit.parent",
          parent().get(),
          "a region or township must report to a region that contains it by code (" + code() + ")");
    }
  }

  @Override
  public String toString() {
    return name() + "(" + code() + ")";
  }
}
