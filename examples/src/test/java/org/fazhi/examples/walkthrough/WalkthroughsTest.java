package org.fazhi.examples.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.fazhi.examples.Run;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WalkthroughsTest {

  @Nested
  class Rectification {

    @Test
    void ratesAsOfADayCountOnlyWhatHappenedByThenAndListTheOverdue() {
      Run run = Run.of("rectification", "--as-of", "2024-09-30");

      assertThat(run.status()).isZero();
      // 10 findings; F10 is long-term (an exception); F04, F07, F09 not rectified by 09-30;
      // F08 is open but not yet due.
      assertThat(run.out()).contains(
          "泾源县                5/9（总数10，例外1）  55.56%      4/9（总数10，例外1）  44.44%",
          "逾期未整改（3条）",
          "F04   泾源县自然资源局      执法公示信息更新不及时  2024-05-24  129",
          "F07   泾源县农业农村局      案件办理超期            2024-08-29  32",
          "F09   泾源县市场监督管理局  委托执法手续不全        2024-08-31  30");
    }

    @Test
    void laterTheLateRectificationCountsAndASummerDayCountsOnlyTheFirstInspection() {
      Run december = Run.of("rectification", "--as-of", "2024-12-31", "--lang", "en");
      Run june = Run.of("rectification", "--as-of", "2024-06-30", "--lang", "en");

      assertThat(december.out()).contains("6/9 (of 10, exc. 1)", "66.67%", "Overdue (3):",
          "F08");
      // By 30 June only the March inspection had raised findings: F01–F05.
      assertThat(june.out()).contains("泾源县                4/5", "80.00%", "Overdue (1):", "F04");
    }

    @Test
    void aBadDateIsAUsageError() {
      Run run = Run.of("rectification", "--as-of", "2024-13-01");

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).startsWith("error: --as-of 2024-13-01: must be a date YYYY-MM-DD");
    }
  }

  @Nested
  class RollUp {

    @Test
    void theCountyRateIsTheRatioOfSumsNotTheMeanOfRates() {
      Run run = Run.of("rollup");

      assertThat(run.status()).isZero();
      assertThat(run.out()).contains(
          "香水镇    412/420    98.10%",
          "96.77% = 900/930",
          "按分母加权的比率平均            96.77%",
          "各乡镇比率的算术平均            93.95%");
    }

    @Test
    void theTownshipsAddUpToTheSeedFigures() {
      long cases = RollUpCommand.TOWNSHIPS.stream().mapToLong(t -> t[1]).sum();
      long resolved = RollUpCommand.TOWNSHIPS.stream().mapToLong(t -> t[2]).sum();

      assertThat(cases).isEqualTo(930);
      assertThat(resolved).isEqualTo(900);
    }
  }

  @Nested
  class QuickStart {

    @Test
    void printsWhatTheReadmeSays() {
      Run run = Run.of("quickstart");

      assertThat(run.status()).isZero();
      assertThat(run.out()).isEqualTo("96.77%\n900/930\n30/31\nREPRODUCED\n");
    }

    @Test
    void theReadmeHoldsExactlyThisCode() throws IOException {
      String source = Files.readString(Path.of(
          "src/main/java/org/fazhi/examples/walkthrough/QuickStartCommand.java"),
          StandardCharsets.UTF_8);
      String snippet = dedent(source.substring(
          source.indexOf("// [quick-start]\n") + "// [quick-start]\n".length(),
          source.indexOf("    // [/quick-start]")));
      String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);

      assertThat(readme).contains("```java\n" + snippet + "```\n");
    }

    private static String dedent(String code) {
      List<String> lines = Arrays.asList(code.split("\n", -1));
      int indent = lines.stream().filter(l -> !l.isBlank())
          .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
      return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent))
          .collect(Collectors.joining("\n"));
    }
  }
}
