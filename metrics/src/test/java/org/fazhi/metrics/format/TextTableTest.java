package org.fazhi.metrics.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTableTest {

  @ParameterizedTest
  @CsvSource({
      "'', 0",
      "abc, 3",
      "泾源县, 6",
      "96.77%, 6",
      "９６％, 6",
      "“一网通办”, 10",
      "한국, 4",
      "ｱ, 1",
      "𠀀, 2"})
  void widthCountsWideCharactersTwice(String text, int width) {
    assertThat(TextTable.width(text)).isEqualTo(width);
  }

  @ParameterizedTest
  @CsvSource({
      "10FF, 1", "1100, 2", "115F, 2", "1160, 1",
      "2E7F, 1", "2E80, 2", "303E, 2", "303F, 1",
      "4DBF, 2", "4E00, 2", "9FFF, 2", "A4CF, 2", "A4D0, 1",
      "ABFF, 1", "AC00, 2", "D7A3, 2", "D7A4, 1",
      "FF00, 2", "FF60, 2", "FF61, 1", "FFE0, 2", "FFE6, 2", "FFE7, 1",
      "1FFFF, 1", "20000, 2", "3FFFD, 2", "3FFFE, 1"})
  void widthAtTheEdgesOfTheWideRanges(String hex, int width) {
    assertThat(TextTable.width(new String(Character.toChars(Integer.parseInt(hex, 16)))))
        .isEqualTo(width);
  }

  @Test
  void columnsAlignByDisplayWidth() {
    TextTable table = TextTable.of(List.of("乡镇", "rate"), List.of(
        List.of("香水镇", "98.10%"),
        List.of("a", "1%")));

    assertThat(table.toText()).isEqualTo(""
        + "乡镇    rate\n"
        + "------  ------\n"
        + "香水镇  98.10%\n"
        + "a       1%\n");
  }

  @Test
  void markdownEscapesPipes() {
    TextTable table = TextTable.of(List.of("a", "b"), List.of(List.of("x|y", "z")));

    assertThat(table.toMarkdown()).isEqualTo("| a | b |\n| --- | --- |\n| x\\|y | z |\n");
  }

  @Test
  void rowsMustMatchTheHeader() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TextTable.of(List.of("a", "b"), List.of(List.of("only one"))))
        .withMessage("TextTable row has 1 cells, the header 2");
  }
}
