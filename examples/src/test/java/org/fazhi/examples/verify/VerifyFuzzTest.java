package org.fazhi.examples.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fazhi.examples.Run;
import org.fazhi.metrics.check.Verdict;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Feeds {@code verify} files of seeded random and mutated rows: random bytes, truncated lines,
 * unbalanced quotes, huge fields, invalid UTF-8. Every row must end as a verdict or as INVALID
 * with its line number and a reason, the program must never fail with an internal error, and
 * the valid rows among the bad ones must still get their verdicts. 10 files × 10,000 rows.
 */
class VerifyFuzzTest {

  /** Rows whose verdict is known, and the verdict. */
  static final List<String[]> VALID = List.of(
      new String[] {"ratio,900,930,96.77%", "REPRODUCED"},
      new String[] {"growth,45,9,同比增长400%", "REPRODUCED"},
      new String[] {"ratio,77,122,63.12%", "MISMATCH"},
      new String[] {"ratio,1,8,12%", "REPRODUCED_HALF_EVEN"},
      new String[] {"ratio,2,3,66.66%", "REPRODUCED_TRUNCATED"},
      new String[] {"shares,1;1;1,,33.33%;33.33%;33.34%", "REPRODUCED_LARGEST_REMAINDER"},
      new String[] {"points,96.77,89.80,6.97%", "REPRODUCED_AS_POINTS"},
      new String[] {"growth,3,0,-", "UNDEFINED"},
      new String[] {"points,96.77,89.80,增加6.97个百分点", "REPRODUCED"},
      new String[] {"ratio,13,152,８.５５％", "REPRODUCED"});

  static final int ROWS = 10_000;

  static final Set<String> VERDICTS = Stream.concat(
          Stream.of(Verdict.values()).map(Verdict::name), Stream.of(VerifyRow.INVALID))
      .collect(Collectors.toSet());

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void everyRowEndsAsAVerdictOrInvalidWithAReason(long seed) throws IOException {
    Random random = new Random(seed);
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes("id,kind,a,b,published\n".getBytes(StandardCharsets.UTF_8));
    List<String> expectedVerdict = new ArrayList<>(); // null where the row was damaged
    for (int i = 0; i < ROWS; i++) {
      // Valid rows are "v<i>"; damaged ones start from "d<i>", so that no truncation or
      // mutation of a damaged row can pass for a valid one.
      String id = "d" + i;
      String[] valid = VALID.get(random.nextInt(VALID.size()));
      byte[] line;
      switch (random.nextInt(6)) {
        case 0, 1 -> {
          line = ("v" + i + "," + valid[0]).getBytes(StandardCharsets.UTF_8);
          expectedVerdict.add(valid[1]);
        }
        case 2 -> {
          line = mutate(random, (id + "," + valid[0]).getBytes(StandardCharsets.UTF_8));
          expectedVerdict.add(null);
        }
        case 3 -> {
          line = randomBytes(random, random.nextInt(80) + 1);
          expectedVerdict.add(null);
        }
        case 4 -> {
          String text = id + "," + valid[0];
          line = text.substring(0, random.nextInt(text.length()) + 1)
              .getBytes(StandardCharsets.UTF_8);
          expectedVerdict.add(null);
        }
        default -> {
          line = (id + ",ratio," + "7".repeat(random.nextInt(5000)) + ",\"" + "9".repeat(
              random.nextInt(300)) + ",x%").getBytes(StandardCharsets.UTF_8);
          expectedVerdict.add(null);
        }
      }
      file.writeBytes(line);
      file.write('\n');
    }
    Path path = dir.resolve("fuzz-" + seed + ".csv");
    Files.write(path, file.toByteArray());

    Run run = Run.of("verify", path.toString(), "--format", "csv");

    assertThat(run.err()).doesNotContain("internal error", "Exception", "\tat ");
    assertThat(run.status()).isIn(0, 1, 2);
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("id,verdict,expected,published,detail");
    List<List<String>> rows = lines.subList(1, lines.size()).stream()
        .map(l -> CsvLine.parse(0, l).fields()).toList();
    // Damaged lines that came out blank are skipped; every other line gives exactly one row.
    assertThat(rows.size()).isBetween(ROWS - ROWS / 10, ROWS);
    int checked = 0;
    for (List<String> row : rows) {
      assertThat(row).hasSize(5);
      assertThat(VERDICTS).contains(row.get(1));
      if (row.get(1).equals(VerifyRow.INVALID)) {
        assertThat(row.get(4)).matches("line \\d+: .+");
      }
      if (row.get(0).startsWith("v") && row.get(0).length() > 1
          && row.get(0).substring(1).chars().allMatch(Character::isDigit)) {
        int i = Integer.parseInt(row.get(0).substring(1));
        String expected = i < expectedVerdict.size() ? expectedVerdict.get(i) : null;
        if (expected != null) {
          assertThat(row.get(1)).as("row %s", row).isEqualTo(expected);
          checked++;
        }
      }
    }
    // About a third of the rows are valid: each was still checked, among the damaged ones.
    assertThat(checked).isEqualTo(expectedVerdict.stream().filter(v -> v != null).count());
    assertThat(run.status()).isEqualTo(2);
  }

  private static byte[] mutate(Random random, byte[] line) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[][] insertions = {
        {'"'}, {','}, {'\r'}, {(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x80},
        "％".getBytes(StandardCharsets.UTF_8), "－".getBytes(StandardCharsets.UTF_8),
        "\uD83D\uDE00".getBytes(StandardCharsets.UTF_8), {'-'}, {'9'}, {';'}, {' '}};
    int cut = random.nextInt(line.length);
    out.write(line, 0, cut);
    int mutations = random.nextInt(3) + 1;
    for (int m = 0; m < mutations; m++) {
      out.writeBytes(insertions[random.nextInt(insertions.length)]);
    }
    int resume = Math.min(line.length, cut + random.nextInt(3));
    out.write(line, resume, line.length - resume);
    return out.toByteArray();
  }

  private static byte[] randomBytes(Random random, int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    for (int i = 0; i < length; i++) {
      if (bytes[i] == '\n') {
        bytes[i] = ','; // a line break would make two lines of one
      }
    }
    return bytes;
  }
}
