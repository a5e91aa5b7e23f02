package org.fazhi.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.collect.Lists;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.fazhi.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link UnitHierarchy}. */
class UnitHierarchyTest {

  private static final OrgUnit NINGXIA = OrgUnit.root("640000", "宁夏回族自治区");
  private static final OrgUnit GUYUAN = OrgUnit.of("640400", "固原市", "640000");
  private static final OrgUnit YUANZHOU = OrgUnit.of("640402", "原州区", "640400");
  private static final OrgUnit JINGYUAN = OrgUnit.of("640424", "泾源县", "640400");
  private static final OrgUnit SFJ = OrgUnit.of("640424-SFJ", "泾源县司法局", "640424");
  private static final OrgUnit GAJ = OrgUnit.of("640424-GAJ", "泾源县公安局", "640424");
  private static final OrgUnit XIANGSHUI = OrgUnit.of("640424100", "香水镇", "640424");
  private static final OrgUnit JINGHEYUAN = OrgUnit.of("640424101", "泾河源镇", "640424");
  /** An agency under an agency: a township justice office under the county's 司法局. */
  private static final OrgUnit SFS = OrgUnit.of("640424100-SFS", "香水司法所", "640424-SFJ");
  private static final OrgUnit XINJIANG = OrgUnit.root("650000", "新疆维吾尔自治区");

  /** In pre-order, siblings in code order: the expected {@link UnitHierarchy#units()}. */
  private static final List<OrgUnit> ALL = List.of(
      NINGXIA, GUYUAN, YUANZHOU, JINGYUAN, GAJ, SFJ, SFS, XIANGSHUI, JINGHEYUAN, XINJIANG);

  private static UnitHierarchy shuffled(long seed) {
    List<OrgUnit> units = new ArrayList<>(ALL);
    Collections.shuffle(units, new Random(seed));
    return UnitHierarchy.of(units);
  }

  private static UnitCode code(String text) {
    return UnitCode.parse(text);
  }

  //-----------------------------------------------------------------------
  // of(Collection)
  //-----------------------------------------------------------------------
  @Test
  void of_empty() {
    UnitHierarchy empty = UnitHierarchy.of(List.of());
    assertThat(empty.size()).isZero();
    assertThat(empty.units()).isEmpty();
    assertThat(empty.roots()).isEmpty();
    assertThat(empty.contains(code("640424"))).isFalse();
  }

  @Test
  void of_single() {
    UnitHierarchy one = UnitHierarchy.of(List.of(NINGXIA));
    assertThat(one.units()).containsExactly(NINGXIA);
    assertThat(one.roots()).containsExactly(NINGXIA);
    assertThat(one.size()).isEqualTo(1);
  }

  @Test
  void of_duplicateCode() {
    OrgUnit renamed = OrgUnit.of("640424", "泾源", "640400");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> UnitHierarchy.of(List.of(NINGXIA, GUYUAN, JINGYUAN, renamed)))
        .withMessage("UnitHierarchy.units = 640424: a code must appear once (also 泾源县(640424))")
        .satisfies(ex -> {
          assertThat(ex.field()).isEqualTo("UnitHierarchy.units");
          assertThat(ex.value()).isEqualTo("640424");
        });
  }

  @Test
  void of_duplicateIdenticalUnit() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> UnitHierarchy.of(List.of(NINGXIA, GUYUAN, GUYUAN)))
        .withMessage("UnitHierarchy.units = 640400: a code must appear once (also 固原市(640400))");
  }

  @Test
  void of_unknownParent() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> UnitHierarchy.of(List.of(NINGXIA, JINGYUAN)))
        .withMessage("OrgUnit.parent = 640400: must be a unit of the hierarchy (of 泾源县(640424))")
        .satisfies(ex -> assertThat(ex.value()).isEqualTo("640400"));
  }

  @Test
  void of_unknownParentOfAnAgency() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> UnitHierarchy.of(List.of(NINGXIA, GUYUAN, JINGYUAN, SFS)))
        .withMessage("OrgUnit.parent = 640424-SFJ: must be a unit of the hierarchy"
            + " (of 香水司法所(640424100-SFS))");
  }

  @Test
  void of_cycleOfTwoAgencies() {
    OrgUnit a = OrgUnit.of("640424-A", "甲", "640424-B");
    OrgUnit b = OrgUnit.of("640424-B", "乙", "640424-A");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> UnitHierarchy.of(List.of(NINGXIA, GUYUAN, JINGYUAN, b, a)))
        .withMessage(
            "OrgUnit.parent = 640424-B: the parents must not form a cycle (at 甲(640424-A))")
        .satisfies(ex -> assertThat(ex.field()).isEqualTo("OrgUnit.parent"));
  }

  @Test
  void of_agencyItsOwnParent() {
    OrgUnit self = OrgUnit.of("640424-A", "甲", "640424-A");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> UnitHierarchy.of(List.of(NINGXIA, self)))
        .withMessage(
            "OrgUnit.parent = 640424-A: the parents must not form a cycle (at 甲(640424-A))");
  }

  @Test
  void of_cycleOfThreeWithABranchHangingOffIt() {
    OrgUnit a = OrgUnit.of("640424-A", "甲", "640424-C");
    OrgUnit b = OrgUnit.of("640424-B", "乙", "640424-A");
    OrgUnit c = OrgUnit.of("640424-C", "丙", "640424-B");
    OrgUnit d = OrgUnit.of("640424-D", "丁", "640424-B");
    for (long seed = 0; seed < 10; seed++) {
      List<OrgUnit> units = new ArrayList<>(List.of(NINGXIA, GUYUAN, JINGYUAN, a, b, c, d));
      Collections.shuffle(units, new Random(seed));
      assertThatExceptionOfType(InvalidValueException.class)
          .isThrownBy(() -> UnitHierarchy.of(units))
          .withMessage(
              "OrgUnit.parent = 640424-C: the parents must not form a cycle (at 甲(640424-A))");
    }
  }

  @Test
  void of_cycleBesideAValidTree() {
    // the cycle is not reachable from any root, whatever else the hierarchy holds
    OrgUnit a = OrgUnit.of("650000-A", "甲", "650000-B");
    OrgUnit b = OrgUnit.of("650000-B", "乙", "650000-A");
    List<OrgUnit> units = new ArrayList<>(ALL);
    units.add(a);
    units.add(b);
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> UnitHierarchy.of(units))
        .withMessageEndingWith("the parents must not form a cycle (at 甲(650000-A))");
  }

  @Test
  void of_nulls() {
    assertThatNullPointerException()
        .isThrownBy(() -> UnitHierarchy.of(Arrays.asList(NINGXIA, null)))
        .withMessage("unit");
    new NullPointerTester().testAllPublicStaticMethods(UnitHierarchy.class);
  }

  @Test
  void of_doesNotDependOnTheCallersCollection() {
    List<OrgUnit> units = new ArrayList<>(ALL);
    UnitHierarchy hierarchy = UnitHierarchy.of(units);
    units.clear();
    assertThat(hierarchy.units()).containsExactlyElementsOf(ALL);
  }

  //-----------------------------------------------------------------------
  // order independence
  //-----------------------------------------------------------------------
  @ParameterizedTest
  @ValueSource(longs = {0, 1, 2, 3, 42, 2024, 640424})
  void of_orderIndependent(long seed) {
    UnitHierarchy expected = UnitHierarchy.of(ALL);
    UnitHierarchy hierarchy = shuffled(seed);
    assertThat(hierarchy).isEqualTo(expected).hasSameHashCodeAs(expected);
    assertThat(hierarchy.units()).containsExactlyElementsOf(ALL);
    assertThat(hierarchy.roots()).containsExactly(NINGXIA, XINJIANG);
    for (OrgUnit unit : ALL) {
      assertThat(hierarchy.children(unit.code())).isEqualTo(expected.children(unit.code()));
      assertThat(hierarchy.descendants(unit.code())).isEqualTo(expected.descendants(unit.code()));
      assertThat(hierarchy.ancestors(unit.code())).isEqualTo(expected.ancestors(unit.code()));
    }
  }

  //-----------------------------------------------------------------------
  // units(), roots(), size(), contains(UnitCode)
  //-----------------------------------------------------------------------
  @Test
  void units_preOrderSiblingsInCodeOrder() {
    assertThat(UnitHierarchy.of(Lists.reverse(ALL)).units()).containsExactlyElementsOf(ALL);
  }

  @Test
  void roots() {
    assertThat(shuffled(7).roots()).containsExactly(NINGXIA, XINJIANG);
  }

  @Test
  void size() {
    assertThat(shuffled(7).size()).isEqualTo(10);
  }

  @Test
  void contains() {
    UnitHierarchy hierarchy = shuffled(7);
    for (OrgUnit unit : ALL) {
      assertThat(hierarchy.contains(unit.code())).isTrue();
    }
    assertThat(hierarchy.contains(code("640425"))).isFalse();
    assertThat(hierarchy.contains(code("640424-JTJ"))).isFalse();
    assertThatNullPointerException().isThrownBy(() -> hierarchy.contains(null)).withMessage("code");
  }

  //-----------------------------------------------------------------------
  // unit(UnitCode), parent(UnitCode)
  //-----------------------------------------------------------------------
  @Test
  void unit() {
    UnitHierarchy hierarchy = shuffled(7);
    for (OrgUnit unit : ALL) {
      assertThat(hierarchy.unit(unit.code())).isSameAs(unit);
    }
  }

  @Test
  void parent() {
    UnitHierarchy hierarchy = shuffled(7);
    assertThat(hierarchy.parent(code("640424"))).contains(GUYUAN);
    assertThat(hierarchy.parent(code("640424100-SFS"))).contains(SFJ);
    assertThat(hierarchy.parent(code("640000"))).isEmpty();
  }

  static Stream<Arguments> lookups() {
    UnitHierarchy hierarchy = UnitHierarchy.of(ALL);
    UnitCode unknown = code("640425");
    return Stream.<Consumer<UnitCode>>of(
            hierarchy::unit,
            hierarchy::parent,
            hierarchy::children,
            hierarchy::ancestors,
            hierarchy::descendants,
            c -> hierarchy.isAncestor(c, code("640424")),
            c -> hierarchy.isAncestor(code("640000"), c))
        .map(lookup -> Arguments.of(lookup, unknown));
  }

  @ParameterizedTest
  @MethodSource("lookups")
  void lookups_unknownCode(Consumer<UnitCode> lookup, UnitCode unknown) {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> lookup.accept(unknown))
        .withMessage("UnitCode = 640425: is not a unit of this hierarchy")
        .satisfies(ex -> assertThat(ex.rule()).isEqualTo("is not a unit of this hierarchy"));
  }

  @Test
  void lookups_nulls() {
    new NullPointerTester()
        .setDefault(UnitCode.class, code("640424"))
        .testAllPublicInstanceMethods(UnitHierarchy.of(ALL));
  }

  //-----------------------------------------------------------------------
  // children(UnitCode)
  //-----------------------------------------------------------------------
  @Test
  void children_inCodeOrder() {
    UnitHierarchy hierarchy = shuffled(11);
    assertThat(hierarchy.children(code("640000"))).containsExactly(GUYUAN);
    assertThat(hierarchy.children(code("640400"))).containsExactly(YUANZHOU, JINGYUAN);
    assertThat(hierarchy.children(code("640424")))
        .containsExactly(GAJ, SFJ, XIANGSHUI, JINGHEYUAN);
    assertThat(hierarchy.children(code("640424-SFJ"))).containsExactly(SFS);
    assertThat(hierarchy.children(code("640424100"))).isEmpty();
    assertThat(hierarchy.children(code("650000"))).isEmpty();
  }

  //-----------------------------------------------------------------------
  // ancestors(UnitCode)
  //-----------------------------------------------------------------------
  @Test
  void ancestors_nearestFirst() {
    UnitHierarchy hierarchy = shuffled(13);
    assertThat(hierarchy.ancestors(code("640424"))).containsExactly(GUYUAN, NINGXIA);
    assertThat(hierarchy.ancestors(code("640424100-SFS")))
        .containsExactly(SFJ, JINGYUAN, GUYUAN, NINGXIA);
    assertThat(hierarchy.ancestors(code("640424101"))).containsExactly(JINGYUAN, GUYUAN, NINGXIA);
    assertThat(hierarchy.ancestors(code("640000"))).isEmpty();
    assertThat(hierarchy.ancestors(code("650000"))).isEmpty();
  }

  //-----------------------------------------------------------------------
  // descendants(UnitCode)
  //-----------------------------------------------------------------------
  @Test
  void descendants_preOrder() {
    UnitHierarchy hierarchy = shuffled(17);
    assertThat(hierarchy.descendants(code("640000")))
        .containsExactly(GUYUAN, YUANZHOU, JINGYUAN, GAJ, SFJ, SFS, XIANGSHUI, JINGHEYUAN);
    assertThat(hierarchy.descendants(code("640424")))
        .containsExactly(GAJ, SFJ, SFS, XIANGSHUI, JINGHEYUAN);
    assertThat(hierarchy.descendants(code("640424-SFJ"))).containsExactly(SFS);
    assertThat(hierarchy.descendants(code("640424100"))).isEmpty();
    assertThat(hierarchy.descendants(code("650000"))).isEmpty();
  }

  @Test
  void descendantsAndAncestors_agree() {
    UnitHierarchy hierarchy = shuffled(19);
    for (OrgUnit upper : ALL) {
      for (OrgUnit lower : ALL) {
        boolean below = hierarchy.descendants(upper.code()).contains(lower);
        assertThat(hierarchy.ancestors(lower.code()).contains(upper))
            .as("%s above %s", upper, lower).isEqualTo(below);
        assertThat(hierarchy.isAncestor(upper.code(), lower.code())).isEqualTo(below);
      }
    }
  }

  //-----------------------------------------------------------------------
  // isAncestor(UnitCode, UnitCode)
  //-----------------------------------------------------------------------
  @Test
  void isAncestor() {
    UnitHierarchy hierarchy = shuffled(23);
    assertThat(hierarchy.isAncestor(code("640000"), code("640424100-SFS"))).isTrue();
    assertThat(hierarchy.isAncestor(code("640424-SFJ"), code("640424100-SFS"))).isTrue();
    assertThat(hierarchy.isAncestor(code("640424"), code("640424"))).isFalse();
    assertThat(hierarchy.isAncestor(code("640424"), code("640400"))).isFalse();
    assertThat(hierarchy.isAncestor(code("640424100"), code("640424100-SFS"))).isFalse();
    assertThat(hierarchy.isAncestor(code("650000"), code("640424"))).isFalse();
  }

  //-----------------------------------------------------------------------
  // equals(Object), hashCode()
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    List<OrgUnit> renamed = new ArrayList<>(ALL);
    renamed.set(ALL.indexOf(SFJ), OrgUnit.of("640424-SFJ", "司法局", "640424"));
    List<OrgUnit> reparented = new ArrayList<>(ALL);
    reparented.set(ALL.indexOf(SFS), OrgUnit.of("640424100-SFS", "香水司法所", "640424100"));
    List<OrgUnit> fewer = new ArrayList<>(ALL);
    fewer.remove(XINJIANG);
    new EqualsTester()
        .addEqualityGroup(UnitHierarchy.of(ALL), shuffled(1), shuffled(2))
        .addEqualityGroup(UnitHierarchy.of(renamed))
        .addEqualityGroup(UnitHierarchy.of(reparented))
        .addEqualityGroup(UnitHierarchy.of(fewer))
        .addEqualityGroup(UnitHierarchy.of(List.of()))
        .testEquals();
  }

  @Test
  void toString_listsTheUnits() {
    assertThat(UnitHierarchy.of(List.of(GUYUAN, NINGXIA)))
        .hasToString("UnitHierarchy[宁夏回族自治区(640000), 固原市(640400)]");
  }
}
