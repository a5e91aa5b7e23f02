package org.fazhi.metrics.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.metrics.testing.Invalid.assertInvalid;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Arrays;
import java.util.stream.Stream;
import org.fazhi.core.validation.ChineseTerm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests {@link UndefinedReason}: the terms that explain a "—" in print. */
class UndefinedReasonTest {

  static Stream<Arguments> terms() {
    return Stream.of(
        arguments(UndefinedReason.ZERO_DENOMINATOR, "分母为零", "zero denominator"),
        arguments(UndefinedReason.ZERO_BASE, "基期为零", "zero base"),
        arguments(UndefinedReason.MISSING_INPUT, "缺少数据", "missing input"),
        arguments(UndefinedReason.INPUT_UNDEFINED, "依据数值无定义", "an input is undefined"));
  }

  @ParameterizedTest
  @MethodSource("terms")
  void terms(UndefinedReason reason, String chinese, String english) {
    assertThat(reason.chinese()).isEqualTo(chinese);
    assertThat(reason.english()).isEqualTo(english);
  }

  @Test
  void terms_coverEveryReason() {
    assertThat(terms()).hasSize(UndefinedReason.values().length);
    assertThat(Arrays.stream(UndefinedReason.values()).map(UndefinedReason::chinese).distinct())
        .hasSize(UndefinedReason.values().length);
    assertThat(Arrays.stream(UndefinedReason.values()).map(UndefinedReason::english).distinct())
        .hasSize(UndefinedReason.values().length);
  }

  @ParameterizedTest
  @EnumSource(UndefinedReason.class)
  void parse_byChineseTermOrName(UndefinedReason reason) {
    assertThat(ChineseTerm.parse(UndefinedReason.class, reason.chinese())).isEqualTo(reason);
    assertThat(ChineseTerm.parse(UndefinedReason.class, reason.name())).isEqualTo(reason);
  }

  @Test
  void parse_unknown() {
    assertInvalid(() -> ChineseTerm.parse(UndefinedReason.class, "zero denominator"),
        "UndefinedReason = \"zero denominator\": must be one of 分母为零 (ZERO_DENOMINATOR),"
            + " 基期为零 (ZERO_BASE), 缺少数据 (MISSING_INPUT), 依据数值无定义 (INPUT_UNDEFINED)");
  }
}
