package org.fazhi.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.stream.Stream;
import org.fazhi.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link OrgUnit}. */
class OrgUnitTest {

  //-----------------------------------------------------------------------
  // root(String, String)
  //-----------------------------------------------------------------------
  @Test
  void root() {
    OrgUnit ningxia = OrgUnit.root("640000", "宁夏回族自治区");
    assertThat(ningxia.code()).isEqualTo(UnitCode.parse("640000"));
    assertThat(ningxia.name()).isEqualTo("宁夏回族自治区");
    assertThat(ningxia.parent()).isEmpty();
    assertThat(ningxia.kind()).isEqualTo(UnitKind.PROVINCE);
    assertThat(ningxia).hasToString("宁夏回族自治区(640000)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"640424", "640424100", "640424-SFJ"})
  void root_anyKindMayBeARoot(String code) {
    OrgUnit unit = OrgUnit.root(code, "单位");
    assertThat(unit.parent()).isEmpty();
    assertThat(unit.kind()).isEqualTo(UnitCode.parse(code).kind());
  }

  //-----------------------------------------------------------------------
  // of(String, String, String)
  //-----------------------------------------------------------------------
  @Test
  void of() {
    OrgUnit jingyuan = OrgUnit.of("640424", "泾源县", "640400");
    assertThat(jingyuan.code()).isEqualTo(UnitCode.parse("640424"));
    assertThat(jingyuan.name()).isEqualTo("泾源县");
    assertThat(jingyuan.parent()).contains(UnitCode.parse("640400"));
    assertThat(jingyuan.kind()).isEqualTo(UnitKind.COUNTY);
    assertThat(jingyuan).hasToString("泾源县(640424)");
  }

  @Test
  void of_kindIsReadOffTheCode() {
    assertThat(OrgUnit.of("640400", "固原市", "640000").kind()).isEqualTo(UnitKind.PREFECTURE);
    assertThat(OrgUnit.of("640424100", "香水镇", "640424").kind()).isEqualTo(UnitKind.TOWNSHIP);
    assertThat(OrgUnit.of("640424-SFJ", "泾源县司法局", "640424").kind())
        .isEqualTo(UnitKind.AGENCY);
  }

  static Stream<Arguments> parentAccepted() {
    return Stream.of(
        arguments("640400", "640000"),
        arguments("640424", "640400"),
        arguments("640424", "640000"), // a level may be skipped
        arguments("640424100", "640424"),
        arguments("640424100", "640400"),
        arguments("640424-SFJ", "640424"), // an agency may report to any unit
        arguments("640424-SFJ", "650000"),
        arguments("640424-SFJ", "640424-GAJ"),
        arguments("640424-SFJ", "640424100"),
        arguments("640424100-SFS", "640424-SFJ"),
        arguments("640424-SFJ", "640424-SFJ")); // a cycle is the hierarchy's business
  }

  @ParameterizedTest(name = "{0} under {1}")
  @MethodSource("parentAccepted")
  void of_parentAccepted(String code, String parent) {
    assertThat(OrgUnit.of(code, "单位", parent).parent()).contains(UnitCode.parse(parent));
  }

  static Stream<Arguments> parentRejected() {
    return Stream.of(
        arguments("640424", "650000"),
        arguments("640424", "640500"),
        arguments("640424", "640424"), // itself
        arguments("640424", "640425"),
        arguments("640400", "640424"), // upside down
        arguments("640000", "640400"),
        arguments("640000", "650000"),
        arguments("640424", "640424-SFJ"), // a region reports to a region
        arguments("640424100", "640424-SFJ"),
        arguments("640424101", "640424100"),
        arguments("640424100", "640425"),
        arguments("640424100", "640424100"));
  }

  @ParameterizedTest(name = "{0} under {1}")
  @MethodSource("parentRejected")
  void of_parentMustContainARegionOrTownship(String code, String parent) {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> OrgUnit.of(code, "单位", parent))
        .withMessage("OrgUnit.parent = " + parent
            + ": a region or township must report to a region that contains it by code ("
            + code + ")")
        .satisfies(ex -> {
          assertThat(ex.field()).isEqualTo("OrgUnit.parent");
          assertThat(ex.value()).isEqualTo(parent);
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\u3000"})
  void of_blankName(String name) {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> OrgUnit.of("640424", name, "640400"))
        .withMessage("OrgUnit.name = \"" + name + "\": must not be blank");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> OrgUnit.root("640000", name))
        .withMessage("OrgUnit.name = \"" + name + "\": must not be blank");
  }

  @Test
  void of_invalidCodes() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> OrgUnit.of("64042", "泾源县", "640400"))
        .withMessageStartingWith("UnitCode = \"64042\": must be six GB/T 2260 digits");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> OrgUnit.of("640424", "泾源县", "990400"))
        .withMessage("UnitCode = \"990400\": the first two digits must name a GB/T 2260 province");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> OrgUnit.root("640424000", "镇"))
        .withMessageStartingWith("UnitCode = \"640424000\": a township code");
  }

  @Test
  void of_nulls() {
    assertThatNullPointerException().isThrownBy(() -> OrgUnit.of("640424", null, "640400"))
        .withMessage("name");
    assertThatNullPointerException().isThrownBy(() -> OrgUnit.root("640000", null))
        .withMessage("name");
    assertThatNullPointerException().isThrownBy(() -> OrgUnit.of(null, "泾源县", "640400"))
        .withMessage("text");
    assertThatNullPointerException().isThrownBy(() -> OrgUnit.of("640424", "泾源县", null))
        .withMessage("text");
    // a code must parse for the name to be reached, so the default text is a valid code
    new NullPointerTester()
        .setDefault(String.class, "640424")
        .testAllPublicStaticMethods(OrgUnit.class);
  }

  //-----------------------------------------------------------------------
  // equals(Object), hashCode()
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            OrgUnit.of("640424", "泾源县", "640400"), OrgUnit.of("640424", "泾源县", "640400"))
        .addEqualityGroup(OrgUnit.of("640425", "泾源县", "640400")) // code
        .addEqualityGroup(OrgUnit.of("640424", "泾源", "640400")) // name
        .addEqualityGroup(OrgUnit.of("640424", "泾源县", "640000")) // parent
        .addEqualityGroup(OrgUnit.root("640424", "泾源县"), OrgUnit.root("640424", "泾源县"))
        .testEquals();
  }
}
