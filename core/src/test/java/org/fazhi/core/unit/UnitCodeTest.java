package org.fazhi.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.fazhi.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link UnitCode}. */
class UnitCodeTest {

  /** The provincial prefixes of GB/T 2260, written out independently of the class under test. */
  private static final Set<String> PROVINCES = Set.of(
      "11", "12", "13", "14", "15", // 北京 天津 河北 山西 内蒙古
      "21", "22", "23", // 辽宁 吉林 黑龙江
      "31", "32", "33", "34", "35", "36", "37", // 上海 江苏 浙江 安徽 福建 江西 山东
      "41", "42", "43", "44", "45", "46", // 河南 湖北 湖南 广东 广西 海南
      "50", "51", "52", "53", "54", // 重庆 四川 贵州 云南 西藏
      "61", "62", "63", "64", "65", // 陕西 甘肃 青海 宁夏 新疆
      "71", "81", "82"); // 台湾 香港 澳门

  private static final String FORMS =
      "must be six GB/T 2260 digits (640424), nine township digits (640424100)"
          + " or an agency code (640424-SFJ)";
  private static final String PROVINCE_RULE = "the first two digits must name a GB/T 2260 province";
  private static final String TOWNSHIP_RULE =
      "a township code is a county's six digits and three more, not 000";

  //-----------------------------------------------------------------------
  // parse(String)
  //-----------------------------------------------------------------------
  static Stream<Arguments> valid() {
    return Stream.of(
        arguments("640000", UnitKind.PROVINCE), // 宁夏回族自治区
        arguments("640400", UnitKind.PREFECTURE), // 固原市
        arguments("640424", UnitKind.COUNTY), // 泾源县
        arguments("640402", UnitKind.COUNTY), // 原州区
        arguments("110101", UnitKind.COUNTY), // 东城区
        arguments("469001", UnitKind.COUNTY), // 五指山市, directly under 海南
        arguments("640424100", UnitKind.TOWNSHIP), // 香水镇
        arguments("640424203", UnitKind.TOWNSHIP), // 大湾乡
        arguments("640424001", UnitKind.TOWNSHIP),
        arguments("640424999", UnitKind.TOWNSHIP),
        arguments("640424-SFJ", UnitKind.AGENCY), // 泾源县司法局
        arguments("640400-SFJ", UnitKind.AGENCY), // 固原市司法局
        arguments("640000-SFT", UnitKind.AGENCY), // 宁夏回族自治区司法厅
        arguments("640424100-SFS", UnitKind.AGENCY), // 香水镇司法所
        arguments("640424-1", UnitKind.AGENCY),
        arguments("640424-ABCDEFGHIJKLMNOP", UnitKind.AGENCY)); // sixteen characters
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void parse_valid(String text, UnitKind kind) {
    UnitCode code = UnitCode.parse(text);
    assertThat(code.kind()).isEqualTo(kind);
    assertThat(code.toString()).isEqualTo(text);
    assertThat(code.isRegion())
        .isEqualTo(kind == UnitKind.PROVINCE || kind == UnitKind.PREFECTURE
            || kind == UnitKind.COUNTY);
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        arguments("", "\"\"", FORMS),
        arguments("64042", "\"64042\"", FORMS),
        arguments("6404241", "\"6404241\"", FORMS),
        arguments("64042410", "\"64042410\"", FORMS),
        arguments("6404241000", "\"6404241000\"", FORMS),
        arguments(" 640424", "\" 640424\"", FORMS),
        arguments("640424 ", "\"640424 \"", FORMS),
        arguments("６４０４２４", "\"６４０４２４\"", FORMS), // full-width digits
        arguments("64O424", "\"64O424\"", FORMS),
        arguments("640424-", "\"640424-\"", FORMS),
        arguments("640424-sfj", "\"640424-sfj\"", FORMS),
        arguments("640424-SF J", "\"640424-SF J\"", FORMS),
        arguments("640424-司法局", "\"640424-司法局\"", FORMS),
        arguments("640424-SFJ-1", "\"640424-SFJ-1\"", FORMS),
        arguments("640424-ABCDEFGHIJKLMNOPQ", "\"640424-ABCDEFGHIJKLMNOPQ\"", FORMS),
        arguments("6404-SFJ", "\"6404-SFJ\"", FORMS),
        arguments("-SFJ", "\"-SFJ\"", FORMS),
        arguments("990000", "\"990000\"", PROVINCE_RULE),
        arguments("000000", "\"000000\"", PROVINCE_RULE),
        arguments("660424", "\"660424\"", PROVINCE_RULE),
        arguments("990424100", "\"990424\"", PROVINCE_RULE),
        arguments("990000-SFJ", "\"990000\"", PROVINCE_RULE),
        arguments("640424000", "\"640424000\"", TOWNSHIP_RULE),
        arguments("640400100", "\"640400100\"", TOWNSHIP_RULE), // under a prefecture
        arguments("640000100", "\"640000100\"", TOWNSHIP_RULE), // under a province
        arguments("640424000-SFS", "\"640424000\"", TOWNSHIP_RULE));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalid")
  void parse_invalid(String text, String value, String rule) {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> UnitCode.parse(text))
        .withMessage("UnitCode = " + value + ": " + rule)
        .satisfies(ex -> {
          assertThat(ex.field()).isEqualTo("UnitCode");
          assertThat(ex.value()).isEqualTo(value);
          assertThat(ex.rule()).isEqualTo(rule);
        });
  }

  @Test
  void parse_everyProvincialPrefix() {
    for (int p = 0; p < 100; p++) {
      String prefix = String.format(Locale.ROOT, "%02d", p);
      List<String> texts = List.of(
          prefix + "0000", prefix + "0100", prefix + "0101", prefix + "0101001",
          prefix + "0101-A", prefix + "0000-SFT");
      if (PROVINCES.contains(prefix)) {
        assertThat(texts.stream().map(UnitCode::parse).map(UnitCode::kind))
            .as(prefix)
            .containsExactly(UnitKind.PROVINCE, UnitKind.PREFECTURE, UnitKind.COUNTY,
                UnitKind.TOWNSHIP, UnitKind.AGENCY, UnitKind.AGENCY);
      } else {
        for (String text : texts) {
          assertThatExceptionOfType(InvalidValueException.class)
              .as(text)
              .isThrownBy(() -> UnitCode.parse(text))
              .withMessageEndingWith(": " + PROVINCE_RULE);
        }
      }
    }
  }

  @Test
  void parse_everyTownshipSuffix() {
    for (int n = 0; n < 1000; n++) {
      String text = String.format(Locale.ROOT, "640424%03d", n);
      if (n == 0) {
        assertThatExceptionOfType(InvalidValueException.class)
            .isThrownBy(() -> UnitCode.parse(text))
            .withMessageEndingWith(TOWNSHIP_RULE);
      } else {
        UnitCode code = UnitCode.parse(text);
        assertThat(code.kind()).as(text).isEqualTo(UnitKind.TOWNSHIP);
        assertThat(code.toString()).isEqualTo(text);
        assertThat(code.liesWithin(UnitCode.parse("640424"))).as(text).isTrue();
      }
    }
  }

  @Test
  void parse_null() {
    assertThatNullPointerException().isThrownBy(() -> UnitCode.parse(null)).withMessage("text");
  }

  @Test
  void parse_nulls() {
    new NullPointerTester().testAllPublicStaticMethods(UnitCode.class);
  }

  //-----------------------------------------------------------------------
  // toString()
  //-----------------------------------------------------------------------
  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void toString_roundTrip(String text, UnitKind kind) {
    UnitCode code = UnitCode.parse(text);
    assertThat(UnitCode.parse(code.toString())).isEqualTo(code);
    assertThat(UnitCode.parse(code.toString()).kind()).isEqualTo(kind);
  }

  //-----------------------------------------------------------------------
  // isRegion()
  //-----------------------------------------------------------------------
  @Test
  void isRegion() {
    assertThat(UnitCode.parse("640000").isRegion()).isTrue();
    assertThat(UnitCode.parse("640400").isRegion()).isTrue();
    assertThat(UnitCode.parse("640424").isRegion()).isTrue();
    assertThat(UnitCode.parse("640424100").isRegion()).isFalse();
    assertThat(UnitCode.parse("640424-SFJ").isRegion()).isFalse();
  }

  //-----------------------------------------------------------------------
  // liesWithin(UnitCode)
  //-----------------------------------------------------------------------
  static Stream<Arguments> liesWithin() {
    return Stream.of(
        arguments("640424", "640400", true),
        arguments("640424", "640000", true),
        arguments("640400", "640000", true),
        arguments("640402", "640400", true),
        arguments("640424100", "640424", true),
        arguments("640424100", "640400", true),
        arguments("640424100", "640000", true),
        arguments("640424", "640424", false), // not strictly
        arguments("640400", "640400", false),
        arguments("640000", "640000", false),
        arguments("640424100", "640424100", false),
        arguments("640424", "650000", false),
        arguments("640424", "640500", false),
        arguments("640424", "640425", false),
        arguments("640424100", "640425", false),
        arguments("640424100", "640500", false),
        arguments("640400", "640424", false), // upside down
        arguments("640000", "640400", false),
        arguments("640000", "640424", false),
        arguments("640424", "640424100", false),
        arguments("640424101", "640424100", false), // a township contains nothing
        arguments("640424-SFJ", "640424", false), // agencies lie within nothing by code
        arguments("640424-SFJ", "640000", false),
        arguments("640424100-SFS", "640424", false),
        arguments("640424", "640424-SFJ", false),
        arguments("640424100", "640424-SFJ", false));
  }

  @ParameterizedTest(name = "{0} within {1}: {2}")
  @MethodSource("liesWithin")
  void liesWithin(String inner, String outer, boolean expected) {
    assertThat(UnitCode.parse(inner).liesWithin(UnitCode.parse(outer))).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"640000", "640424", "640424100", "640424-SFJ"})
  void liesWithin_null(String text) {
    assertThatNullPointerException().isThrownBy(() -> UnitCode.parse(text).liesWithin(null))
        .withMessage("other");
    new NullPointerTester().testAllPublicInstanceMethods(UnitCode.parse(text));
  }

  //-----------------------------------------------------------------------
  // compareTo(UnitCode)
  //-----------------------------------------------------------------------
  @Test
  void compareTo_byText() {
    List<UnitCode> sorted = Stream.of(
            "110000", "640000", "640000-SFT", "640400", "640424", "640424-GAJ", "640424-SFJ",
            "640424100", "640424100-SFS", "640424101", "650000")
        .map(UnitCode::parse)
        .toList();
    for (int seed = 0; seed < 10; seed++) {
      List<UnitCode> shuffled = new ArrayList<>(sorted);
      Collections.shuffle(shuffled, new Random(seed));
      Collections.sort(shuffled);
      assertThat(shuffled).containsExactlyElementsOf(sorted);
    }
    for (UnitCode a : sorted) {
      for (UnitCode b : sorted) {
        assertThat(Integer.signum(a.compareTo(b)))
            .as("%s vs %s", a, b)
            .isEqualTo(Integer.signum(a.toString().compareTo(b.toString())))
            .isEqualTo(-Integer.signum(b.compareTo(a)));
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      }
    }
  }

  //-----------------------------------------------------------------------
  // equals(Object), hashCode()
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(UnitCode.parse("640424"), UnitCode.parse("640424"))
        .addEqualityGroup(UnitCode.parse("640425"))
        .addEqualityGroup(UnitCode.parse("640400"))
        .addEqualityGroup(UnitCode.parse("640424100"), UnitCode.parse("640424100"))
        .addEqualityGroup(UnitCode.parse("640424-SFJ"), UnitCode.parse("640424-SFJ"))
        .addEqualityGroup(UnitCode.parse("640424-GAJ"))
        .addEqualityGroup(UnitCode.parse("640424100-SFJ"))
        .testEquals();
  }

  @ParameterizedTest
  @ValueSource(strings = {"640424", "640424100", "640424-SFJ"})
  void equals_notTheText(String text) {
    assertThat(UnitCode.parse(text)).isNotEqualTo(text);
  }
}
