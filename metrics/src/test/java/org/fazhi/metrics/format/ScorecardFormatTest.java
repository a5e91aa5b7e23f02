package org.fazhi.metrics.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.unit.OrgUnit;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.unit.UnitHierarchy;
import org.fazhi.metrics.engine.Caliber;
import org.fazhi.metrics.engine.Evaluator;
import org.fazhi.metrics.engine.FormCount;
import org.fazhi.metrics.engine.Ledger;
import org.fazhi.metrics.indicator.StandardCatalog;
import org.fazhi.metrics.measure.Measure;
import org.fazhi.metrics.measure.StandardMeasure;
import org.fazhi.metrics.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

class ScorecardFormatTest {

  static final UnitCode COUNTY = UnitCode.parse("640424");
  static final ReportingPeriod Y2024 = ReportingPeriod.year(2024);

  static Scorecard scorecard() {
    UnitHierarchy units = UnitHierarchy.of(List.of(
        OrgUnit.of("640424", "泾源县", "640400"), OrgUnit.root("640400", "固原市")));
    Ledger ledger = Ledger.builder(units)
        .completeFor()
        .add(count("mediation.cases", Y2024, 930))
        .add(count("mediation.resolved", Y2024, 900))
        .add(count("mediation.cases", Y2024.sameTimeLastYear(), 800))
        .add(count("mediation.resolved", Y2024.sameTimeLastYear(), 760))
        .add(count("reconsideration.received", Y2024, 45))
        .add(count("reconsideration.received", Y2024.sameTimeLastYear(), 9))
        .add(count("document.issued", Y2024, 2))
        .add(count("document.filed", Y2024, 2))
        .build();
    return Evaluator.of(StandardCatalog.catalog(), Caliber.standard()).evaluate(ledger, Y2024)
        .scorecard(COUNTY, Map.of(
            "MED-RESOLUTION", "96.77%",
            "RECON-RECEIVED-YOY", "同比增长400%",
            "MED-CASES", "931件",
            "FINDINGS-CASE-FILE", "160余条"));
  }

  static FormCount count(String measure, ReportingPeriod period, long value) {
    return new FormCount(COUNTY, period, Measure.parse(measure), value);
  }

  @Test
  void chineseTextTable() {
    String text = ScorecardFormat.of(Language.ZH, ScorecardFormat.Layout.TEXT)
        .format(scorecard(), Map.of("MED-RESOLUTION", "化解数为推算"));

    assertThat(text).startsWith(
        "泾源县（640424）2024 指标表 · 指标体系 fazhi-standard 2024.1 · 同比基期 2023\n\n代码");
    assertThat(text.lines().filter(l -> l.startsWith("MED-RESOLUTION ")).findFirst().orElseThrow())
        .contains("矛盾纠纷化解率 [1]", "96.77%", "900/930", "95.00%", "同比提高1.77个百分点",
            "按四舍五入复现");
    assertThat(text.lines().filter(l -> l.startsWith("RECON-RECEIVED-YOY ")).findFirst()
        .orElseThrow()).contains("400.0%", "9 → 45", "同比增长400%", "按四舍五入复现");
    assertThat(text.lines().filter(l -> l.startsWith("MED-CASES ")).findFirst().orElseThrow())
        .contains("930件", "800件", "同比增长16.3%", "931件", "应为 930件");
    assertThat(text.lines().filter(l -> l.startsWith("FINDINGS-CASE-FILE ")).findFirst()
        .orElseThrow()).contains("—", "160余条", "未核对");
    assertThat(text.lines().filter(l -> l.startsWith("DOC-FILING ")).findFirst().orElseThrow())
        .contains("100.00%", "2/2", "≥100%", "达标");
    assertThat(text).contains("注：", "[1] 矛盾纠纷化解率：化解数为推算",
        "— 缺少数据：", "整改完成率、按期整改率");
  }

  @Test
  void englishMarkdown() {
    String markdown = ScorecardFormat.of(Language.EN, ScorecardFormat.Layout.MARKDOWN)
        .format(scorecard());

    assertThat(markdown).startsWith("## 泾源县 (640424) 2024 scorecard · catalog fazhi-standard"
        + " 2024.1 · compared with 2023\n\n| code | indicator | value | counts | target | met |");
    assertThat(markdown).contains(
        "| MED-RESOLUTION | dispute resolution rate | 96.77% | 900/930 |  |  | 95.00% |"
            + " up 1.77 percentage points year on year | 96.77% | REPRODUCED |",
        "| DOC-FILING | normative document filing rate | 100.00% | 2/2 | ≥100% | met |",
        "| RECON-RECEIVED-YOY | year-on-year growth of reconsideration applications | 400.0% |"
            + " 9 → 45 |",
        "- — missing input: ", "rectification completion rate, on-time rectification rate");
    assertThat(markdown).doesNotContain("[1]");
  }
}
