package org.fazhi.examples.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fazhi.examples.Run;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VerifyCommandTest {

  @TempDir
  Path dir;

  private Path file(String content) throws IOException {
    return file(content.getBytes(StandardCharsets.UTF_8));
  }

  private Path file(byte[] content) throws IOException {
    Path file = dir.resolve("figures.csv");
    Files.write(file, content);
    return file;
  }

  private Run verifyCsv(String content) throws IOException {
    return Run.of("verify", file(content).toString(), "--format", "csv");
  }

  /** The rows of CSV output after the header, each split on its first four commas. */
  private static List<List<String>> rows(Run run) {
    List<List<String>> rows = new ArrayList<>();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("id,verdict,expected,published,detail");
    for (String line : lines.subList(1, lines.size())) {
      rows.add(CsvLine.parse(0, line).fields());
    }
    return rows;
  }

  @Nested
  class Seed {

    @Test
    void theSeedFiguresReproduce() throws IOException {
      Run run = verifyCsv("""
          id,kind,a,b,published
          S1,ratio,900,930,96.77%
          S2,growth,45,9,400%
          S3,growth,45,9,同比增长400%
          S4,ratio,2,2,100%
          S5,ratio,13,13,100%
          """);

      assertThat(run.status()).isZero();
      assertThat(rows(run)).extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(2))
          .containsExactly(
              "S1 REPRODUCED 96.77%",
              "S2 REPRODUCED 400%",
              "S3 REPRODUCED 同比增长400%",
              "S4 REPRODUCED 100%",
              "S5 REPRODUCED 100%");
      assertThat(run.err()).isEmpty();
    }
  }

  static Stream<Arguments> everyVerdict() {
    return Stream.of(
        Arguments.of("ratio,900,930,96.77%", "REPRODUCED", "96.77%"),
        Arguments.of("ratio,1,8,12%", "REPRODUCED_HALF_EVEN", "13%"),
        Arguments.of("ratio,2,3,66.66%", "REPRODUCED_TRUNCATED", "66.67%"),
        Arguments.of("shares,1;1;1,,33.33%;33.33%;33.34%", "REPRODUCED_LARGEST_REMAINDER", ""),
        Arguments.of("points,96.77,89.80,6.97%", "REPRODUCED_AS_POINTS", "增加6.97个百分点"),
        Arguments.of("growth,3,0,-", "UNDEFINED", ""),
        Arguments.of("ratio,0,0,—", "UNDEFINED", ""),
        Arguments.of("ratio,77,122,63.12%", "MISMATCH", "63.11%"),
        Arguments.of("growth,3,0,100%", "MISMATCH", "—"),
        Arguments.of("points,96.77,89.80,增加6.97个百分点", "REPRODUCED", "增加6.97个百分点"),
        Arguments.of("growth,45,9,\"同比增长400%\"", "REPRODUCED", "同比增长400%"),
        Arguments.of("ratio,77,122,约63.1%", "REPRODUCED", "约63.1%"));
  }

  @ParameterizedTest
  @MethodSource("everyVerdict")
  void everyVerdictIsReachedWithItsExpectedFigure(String row, String verdict, String expected)
      throws IOException {
    Run run = verifyCsv("id,kind,a,b,published\nR," + row + "\n");

    List<String> result = rows(run).get(0);
    assertThat(result.get(1)).as(result.toString()).isEqualTo(verdict);
    assertThat(result.get(2)).isEqualTo(expected);
    assertThat(run.status()).isEqualTo(verdict.equals("MISMATCH") ? 1 : 0);
  }

  static Stream<Arguments> badRows() {
    return Stream.of(
        Arguments.of("R,ratio,900,930", "line 2: expected 5 columns (id,kind,a,b,published), found 4"),
        Arguments.of("R,ratio,900,930,96.77%,x",
            "line 2: expected 5 columns (id,kind,a,b,published), found 6"),
        Arguments.of("R,ratio,nine hundred,930,96.77%",
            "line 2: a = \"nine hundred\": must be a whole number, 0 or more"),
        Arguments.of("R,ratio,-3,930,1%", "line 2: a = \"-3\": must be a whole number, 0 or more"),
        Arguments.of("R,ratio,99999999999999999999,930,1%",
            "line 2: a = 99999999999999999999: does not fit in a count (at most"
                + " 9223372036854775807)"),
        Arguments.of("R,median,1,2,50%",
            "line 2: kind = \"median\": must be ratio, growth, points or shares"),
        Arguments.of(",ratio,1,2,50%", "line 2: id is empty"),
        Arguments.of("R,ratio,1,2,\"50%", "line 2: a quoted field is not closed"),
        Arguments.of("R,ratio,1,2,5\"0%", "line 2: a quote inside an unquoted field (column 14)"),
        Arguments.of("R,ratio,1,2,fifty", "line 2: PrintedFigure = \"fifty\""),
        Arguments.of("R,ratio,1,2," + "9".repeat(201), "line 2: published is longer than 200"),
        Arguments.of("R,points," + "1".repeat(41) + ",1,1%",
            "line 2: a = \"" + "1".repeat(41) + "\": must be a rate in percent"),
        Arguments.of("R,ratio,1,3,0." + "3".repeat(45) + "%", "line 2: PrintedFigure = \"0.33"));
  }

  @ParameterizedTest
  @MethodSource("badRows")
  void aBadRowIsInvalidWithItsLineAndReasonAndTheOthersAreStillChecked(String bad, String reason)
      throws IOException {
    Run run = verifyCsv("id,kind,a,b,published\n" + bad + "\nS1,ratio,900,930,96.77%\n");

    List<List<String>> rows = rows(run);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get(1)).isEqualTo("INVALID");
    assertThat(rows.get(0).get(4)).startsWith(reason);
    assertThat(rows.get(1)).startsWith("S1", "REPRODUCED");
    assertThat(run.status()).isEqualTo(2);
  }

  @Test
  void invalidUtf8SpoilsOnlyItsLine() throws IOException {
    byte[] head = "id,kind,a,b,published\nX,ratio,1,2,".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "%\nS1,ratio,900,930,96.77%\n".getBytes(StandardCharsets.UTF_8);
    byte[] content = new byte[head.length + 2 + tail.length];
    System.arraycopy(head, 0, content, 0, head.length);
    content[head.length] = (byte) 0xC3;
    content[head.length + 1] = (byte) 0x28;
    System.arraycopy(tail, 0, content, head.length + 2, tail.length);

    Run run = Run.of("verify", file(content).toString(), "--format", "csv");

    assertThat(rows(run)).extracting(r -> r.get(1) + " " + r.get(4))
        .containsExactly("INVALID line 2: not valid UTF-8", rows(run).get(1).get(1) + " "
            + rows(run).get(1).get(4));
    assertThat(rows(run).get(1)).startsWith("S1", "REPRODUCED");
    assertThat(run.status()).isEqualTo(2);
  }

  @Nested
  class Files_ {

    @Test
    void aByteOrderMarkAndCrlfLineEndsAreRead() throws IOException {
      byte[] body = "id,kind,a,b,published\r\nS1,ratio,900,930,96.77%\r\n"
          .getBytes(StandardCharsets.UTF_8);
      byte[] content = new byte[body.length + 3];
      content[0] = (byte) 0xEF;
      content[1] = (byte) 0xBB;
      content[2] = (byte) 0xBF;
      System.arraycopy(body, 0, content, 3, body.length);

      Run run = Run.of("verify", file(content).toString(), "--format", "csv");

      assertThat(run.status()).isZero();
      assertThat(rows(run)).singleElement().satisfies(r ->
          assertThat(r).startsWith("S1", "REPRODUCED", "96.77%", "96.77%"));
    }

    @Test
    void anEmptyFileIsRejected() throws IOException {
      Run run = verifyCsv("");

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).endsWith(
          ": the file is empty; the first line must be id,kind,a,b,published\n");
      assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingHeaderIsRejected() throws IOException {
      Run run = verifyCsv("S1,ratio,900,930,96.77%\n");

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).endsWith(": line 1: the header must be id,kind,a,b,published\n");
    }

    @Test
    void anUnreadableFileIsOneLineWithoutAStackTrace() {
      Run run = Run.of("verify", dir.resolve("missing.csv").toString());

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).startsWith("error: cannot read ").endsWith("\n")
          .doesNotContain("\tat ");
      assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void blankLinesAreSkippedAndALastLineWithoutAnEndingCounts() throws IOException {
      Run run = verifyCsv("id,kind,a,b,published\n\nS1,ratio,900,930,96.77%\n   \nS2,growth,45,9,400%");

      assertThat(rows(run)).extracting(r -> r.get(0)).containsExactly("S1", "S2");
      assertThat(run.status()).isZero();
    }

    @Test
    void aMismatchAndAnInvalidRowTogetherExitWithTwo() throws IOException {
      Run run = verifyCsv("id,kind,a,b,published\nM,ratio,77,122,63.12%\nI,ratio,x,1,1%\n");

      assertThat(rows(run)).extracting(r -> r.get(1)).containsExactly("MISMATCH", "INVALID");
      assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void aMismatchAloneExitsWithOne() throws IOException {
      Run run = verifyCsv("id,kind,a,b,published\nM,ratio,77,122,63.12%\n");

      assertThat(run.status()).isEqualTo(1);
    }
  }

  @Test
  void theTextFormatIsATableWithASummary() throws IOException {
    Run run = Run.of("verify", file("""
        id,kind,a,b,published
        S1,ratio,900,930,96.77%
        M,ratio,77,122,63.12%
        """).toString());

    assertThat(run.out().lines().findFirst()).hasValueSatisfying(header ->
        assertThat(header).startsWith("id").contains("verdict", "expected", "published", "detail"));
    assertThat(run.out()).contains("S1  REPRODUCED", "M   MISMATCH    63.11%")
        .endsWith("2 rows: 1 reproduced or consistently undefined, 1 mismatched, 0 invalid\n");
  }

  @Test
  void csvOutputQuotesFieldsThatNeedIt() throws IOException {
    Run run = verifyCsv("id,kind,a,b,published\n\"a,b\",ratio,900,930,96.77%\n");

    assertThat(run.out().lines().skip(1).findFirst().orElseThrow()).startsWith("\"a,b\",REPRODUCED,");
  }
}
