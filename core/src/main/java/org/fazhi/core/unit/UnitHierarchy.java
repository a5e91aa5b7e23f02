package org.fazhi.core.unit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.fazhi.core.validation.InvalidValueException;

/**
 * A tree of organisational units (组织层级): provinces, prefectures, counties, townships and
 * agencies, each reporting to at most one parent.
 *
 * <p>Construction rejects duplicate codes, parents that are not in the hierarchy and cycles.
 * Orders are deterministic whatever order the units were given in: {@link #units()} lists every
 * parent before its children (pre-order), siblings in code order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnitHierarchy {

  private final ImmutableMap<UnitCode, OrgUnit> units;
  private final ImmutableListMultimap<UnitCode, OrgUnit> children;

  private UnitHierarchy(
      ImmutableMap<UnitCode, OrgUnit> units, ImmutableListMultimap<UnitCode, OrgUnit> children) {
    this.units = units;
    this.children = children;
  }

  /**
   * Builds a hierarchy from units given in any order.
   *
   * @param units the units; not null, no null elements
   * @return the hierarchy
   * @throws InvalidValueException if two units share a code, a parent is not among the units, or
   *     the parents form a cycle
   */
  public static UnitHierarchy of(Collection<OrgUnit> units) {
    Map<UnitCode, OrgUnit> byCode = new TreeMap<>();
    for (OrgUnit unit : units) {
      OrgUnit earlier = byCode.putIfAbsent(requireNonNull(unit, "unit").code(), unit);
      if (earlier != null) {
        throw new InvalidValueException(
            "UnitHierarchy.units", unit.code(), "a code must appear once (also " + earlier + ")");
      }
    }
    ImmutableListMultimap.Builder<UnitCode, OrgUnit> childrenBuilder =
        ImmutableListMultimap.builder();
    for (OrgUnit unit : byCode.values()) { // in code order, so each parent's list is sorted
      Optional<UnitCode> parent = unit.parent();
      if (parent.isPresent()) {
        if (!byCode.containsKey(parent.get())) {
          throw new InvalidValueException(
              "OrgUnit.parent", parent.get(), "must be a unit of the hierarchy (of " + unit + ")");
        }
        childrenBuilder.put(parent.get(), unit);
      }
    }
    ImmutableListMultimap<UnitCode, OrgUnit> children = childrenBuilder.build();
    Map<UnitCode, OrgUnit> preOrder = new LinkedHashMap<>();
    Deque<OrgUnit> stack = new ArrayDeque<>();
    byCode.values().stream()
        .filter(unit -> unit.parent().isEmpty())
        .sorted(Comparator.comparing(OrgUnit::code).reversed())
        .forEach(stack::push);
    while (!stack.isEmpty()) {
      OrgUnit unit = stack.pop();
      preOrder.put(unit.code(), unit);
      children.get(unit.code()).reverse().forEach(stack::push);
    }
    // Units on a cycle have a parent, so no root reaches them.
    for (OrgUnit unit : byCode.values()) {
      if (!preOrder.containsKey(unit.code())) {
        throw new InvalidValueException(
            "OrgUnit.parent",
            unit.parent().orElseThrow(),
            "the parents must not form a cycle (at " + unit + ")");
      }
    }
    return new UnitHierarchy(ImmutableMap.copyOf(preOrder), children);
  }

  /**
   * Returns every unit, each parent before its children, siblings in code order.
   *
   * @return the units; not null
   */
  public ImmutableList<OrgUnit> units() {
    return units.values().asList();
  }

  /**
   * Returns the units that report to no other unit, in code order.
   *
   * @return the roots; not null
   */
  public ImmutableList<OrgUnit> roots() {
    return units.values().stream()
        .filter(unit -> unit.parent().isEmpty())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns whether a unit belongs to this hierarchy.
   *
   * @param code the unit's code; not null
   * @return true if the hierarchy holds a unit with this code
   */
  public boolean contains(UnitCode code) {
    return units.containsKey(requireNonNull(code, "code"));
  }

  /**
   * Returns the unit with a code.
   *
   * @param code the unit's code; not null
   * @return the unit
   * @throws InvalidValueException if no unit has this code
   */
  public OrgUnit unit(UnitCode code) {
    OrgUnit unit = units.get(requireNonNull(code, "code"));
    if (unit == null) {
      throw new InvalidValueException("UnitCode", code, "is not a unit of this hierarchy");
    }
    return unit;
  }

  /**
   * Returns the unit a unit reports to.
   *
   * @param code the unit's code; not null
   * @return the parent, or empty for a root
   * @throws InvalidValueException if no unit has this code
   */
  public Optional<OrgUnit> parent(UnitCode code) {
    return unit(code).parent().map(units::get);
  }

  /**
   * Returns the units that report directly to a unit, in code order.
   *
   * @param code the unit's code; not null
   * @return the children, possibly empty; not null
   * @throws InvalidValueException if no unit has this code
   */
  public ImmutableList<OrgUnit> children(UnitCode code) {
    unit(code);
    return children.get(code);
  }

  /**
   * Returns the chain of units above a unit, nearest first: for 泾源县, 固原市 then 宁夏回族自治区.
   *
   * @param code the unit's code; not null
   * @return the ancestors, empty for a root; not null
   * @throws InvalidValueException if no unit has this code
   */
  public ImmutableList<OrgUnit> ancestors(UnitCode code) {
    ImmutableList.Builder<OrgUnit> ancestors = ImmutableList.builder();
    for (Optional<OrgUnit> up = parent(code); up.isPresent(); up = parent(up.get().code())) {
      ancestors.add(up.get());
    }
    return ancestors.build();
  }

  /**
   * Returns every unit below a unit, at any depth, each parent before its children.
   *
   * @param code the unit's code; not null
   * @return the descendants, empty for a leaf; not null
   * @throws InvalidValueException if no unit has this code
   */
  public ImmutableList<OrgUnit> descendants(UnitCode code) {
    ImmutableList.Builder<OrgUnit> descendants = ImmutableList.builder();
    Deque<OrgUnit> stack = new ArrayDeque<>();
    children(code).reverse().forEach(stack::push);
    while (!stack.isEmpty()) {
      OrgUnit unit = stack.pop();
      descendants.add(unit);
      children.get(unit.code()).reverse().forEach(stack::push);
    }
    return descendants.build();
  }

  /**
   * Returns whether one unit lies above another.
   *
   * @param ancestor the code of the unit that may lie above; not null
   * @param descendant the code of the unit that may lie below; not null
   * @return true if {@code ancestor} is among the ancestors of {@code descendant}
   * @throws InvalidValueException if either code is not in the hierarchy
   */
  public boolean isAncestor(UnitCode ancestor, UnitCode descendant) {
    unit(ancestor);
    return ancestors(descendant).stream().anyMatch(unit -> unit.code().equals(ancestor));
  }

  /**
   * Returns the number of units.
   *
   * @return the size, zero or more
   */
  public int size() {
    return units.size();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof UnitHierarchy other && units.equals(other.units);
  }

  @Override
  public int hashCode() {
    return units.hashCode();
  }

  @Override
  public String toString() {
    return "UnitHierarchy" + units.values();
  }
}
