package org.fazhi.metrics.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.metrics.check.Verdict.MISMATCH;
import static org.fazhi.metrics.check.Verdict.REPRODUCED;
import static org.fazhi.metrics.check.Verdict.REPRODUCED_AS_POINTS;
import static org.fazhi.metrics.check.Verdict.REPRODUCED_HALF_EVEN;
import static org.fazhi.metrics.check.Verdict.REPRODUCED_LARGEST_REMAINDER;
import static org.fazhi.metrics.check.Verdict.REPRODUCED_TRUNCATED;
import static org.fazhi.metrics.check.Verdict.UNDEFINED;

import com.google.common.primitives.Longs;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.exact.Fraction;
import org.fazhi.metrics.exact.Outcome;
import org.fazhi.metrics.exact.RoundingPolicy;
import org.fazhi.metrics.exact.UndefinedReason;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FigureCheckTest {

  /** One published figure, the inputs it claims to show, and what the check must find. */
  record Row(
      String label, Function<String, CheckResult> check, String printed, Verdict verdict,
      String expected) {

    @Override
    public String toString() {
      return label + " \"" + printed + "\"";
    }
  }

  private static Row row(
      String label, Function<String, CheckResult> check, String printed, Verdict verdict,
      String expected) {
    return new Row(label, check, printed, verdict, expected);
  }

  private static Function<String, CheckResult> ratio(long numerator, long denominator) {
    return printed -> FigureCheck.ratio(numerator, denominator, printed);
  }

  private static Function<String, CheckResult> growth(long current, long base) {
    return printed -> FigureCheck.growth(current, base, printed);
  }

  private static Function<String, CheckResult> points(String current, String base) {
    return printed -> FigureCheck.points(new BigDecimal(current), new BigDecimal(base), printed);
  }

  private static Function<String, CheckResult> shares(long... parts) {
    return printed -> FigureCheck.shares(Longs.asList(parts), OptionalLong.empty(), printed);
  }

  private static Function<String, CheckResult> sharesOf(long whole, long... parts) {
    return printed -> FigureCheck.shares(Longs.asList(parts), OptionalLong.of(whole), printed);
  }

  private static Function<String, CheckResult> value(long numerator, long denominator) {
    return printed -> FigureCheck.check(Outcome.of(Fraction.of(numerator, denominator)), printed);
  }

  /** Every figure of the seed report, 《泾源县2024年法治政府建设情况报告》 (shared/seed). */
  static Stream<Row> seed() {
    return Stream.of(
        row("矛盾纠纷化解率 900 of 930", ratio(900, 930), "96.77%", REPRODUCED, "96.77%"),
        // Last year's count is not printed; 9 is the only integer base that gives 400%.
        row("行政复议申请 45 against 9", growth(45, 9), "同比增长400%", REPRODUCED, "同比增长400%"),
        row("行政复议申请 45 against 9", growth(45, 9), "400%", REPRODUCED, "400%"),
        row("行政复议申请 45 against 8", growth(45, 8), "同比增长400%",
            MISMATCH, "同比增长463%"),
        row("规范性文件报备率 2 of 2 issued", ratio(2, 2), "100%", REPRODUCED, "100%"),
        row("规范性文件报备及时率 2 of 2 filed", ratio(2, 2), "100%", REPRODUCED, "100%"),
        row("规范性文件规范率 2 of 2 filed", ratio(2, 2), "100%", REPRODUCED, "100%"),
        row("规范性文件报备率 with the 4 reviewed as denominator", ratio(2, 4), "100%", MISMATCH,
            "50%"),
        row("执法突出问题整改完成率 13 of 13", ratio(13, 13), "100%", REPRODUCED, "100%"),
        row("涉企文件清理 13 of 152 (not printed)", ratio(13, 152), "8.55%", REPRODUCED, "8.55%"),
        row("执法证考试合格率 77 of 122 (not printed)", ratio(77, 122), "63.11%", REPRODUCED,
            "63.11%"),
        row("执法证考试合格率 at one decimal", ratio(77, 122), "63.1%", REPRODUCED, "63.1%"),
        row("执法证考试合格率 misprinted", ratio(77, 122), "63.12%", MISMATCH, "63.11%"),
        // Illustrative inputs: which reports were due is not printed.
        row("年度报告公布率 (illustrative 1 of 1)", ratio(1, 1), "100%", REPRODUCED, "100%"),
        row("出庭应诉率 (illustrative 3 of 3)", ratio(3, 3), "100%", REPRODUCED, "100%"),
        row("案卷评查问题 160余条 (illustrative 163)", value(163, 1), "160余条", REPRODUCED,
            "160余条"),
        row("案卷评查问题 160余条 if exactly 160", value(160, 1), "160余条", MISMATCH, "160条"),
        row("权责清单事项 3158项", value(3158, 1), "3158项", REPRODUCED, "3158项"),
        row("调解涉及金额 7800万元", value(7800, 1), "7800万元", REPRODUCED, "7800万元"));
  }

  /** Made-up figures, at least one for every verdict and every branch. */
  static Stream<Row> synthetic() {
    return Stream.of(
        // HALF_EVEN only: 1/8 = 12.5%.
        row("1/8 half-even", ratio(1, 8), "12%", REPRODUCED_HALF_EVEN, "13%"),
        row("1/8 half-up", ratio(1, 8), "13%", REPRODUCED, "13%"),
        row("growth 12.5% half-even", growth(1125, 1000), "增长12%", REPRODUCED_HALF_EVEN,
            "增长13%"),
        row("fall 12.5% half-even", growth(875, 1000), "下降12%", REPRODUCED_HALF_EVEN, "下降13%"),
        // Truncation only: 2/3 = 66.666…%.
        row("2/3 truncated", ratio(2, 3), "66.66%", REPRODUCED_TRUNCATED, "66.67%"),
        row("fall of 2/3 truncated", growth(1, 3), "下降66.66%", REPRODUCED_TRUNCATED,
            "下降66.67%"),
        row("2/3 misprinted", ratio(2, 3), "66.68%", MISMATCH, "66.67%"),
        // Direction and sign.
        row("fall of 38.5%", growth(123, 200), "同比下降38.5%", REPRODUCED, "同比下降38.5%"),
        row("fall of 38.5% with a sign", growth(123, 200), "-38.5%", REPRODUCED, "-38.5%"),
        row("fall printed as growth", growth(123, 200), "同比增长38.5%", MISMATCH, "同比下降38.5%"),
        row("growth full-width", growth(45, 9), "同比增长４００％", REPRODUCED, "同比增长400%"),
        row("absolute change 增加36件", growth(45, 9), "增加36件", REPRODUCED, "增加36件"),
        row("absolute change misprinted", growth(45, 9), "减少36件", MISMATCH, "增加36件"),
        // Per mille and plain ratios.
        row("3 per thousand", ratio(3, 1000), "3‰", REPRODUCED, "3‰"),
        row("1/3 per mille", ratio(1, 3), "333.3‰", REPRODUCED, "333.3‰"),
        row("plain ratio", ratio(8745, 3362), "2.6", REPRODUCED, "2.6"),
        // Approximate figures are rounded figures.
        row("约19.2%", ratio(192, 1000), "约19.2%", REPRODUCED, "约19.2%"),
        row("85%左右", ratio(17, 20), "85%左右", REPRODUCED, "85%左右"),
        row("约85% for 80%", ratio(4, 5), "约85%", MISMATCH, "约80%"),
        // 余: strictly inside the step of the last printed digit.
        row("13余件 for 13.5", value(27, 2), "13余件", REPRODUCED, "13余件"),
        row("13余件 for 14", value(14, 1), "13余件", MISMATCH, "14件"),
        row("160余条 for 175", value(175, 1), "160余条", MISMATCH, "170余条"),
        row("160余条 for 170", value(170, 1), "160余条", MISMATCH, "170条"),
        row("100余人 for 199", value(199, 1), "100余人", REPRODUCED, "100余人"),
        row("1.5余万元 for 1.55", value(155, 100), "1.5余万元", REPRODUCED, "1.5余万元"),
        row("1.5余万元 for 1.62", value(162, 100), "1.5余万元", MISMATCH, "1.6余万元"),
        // Dashes.
        row("growth from zero, dash", growth(7, 0), "-", UNDEFINED, null),
        row("growth from zero, em dash", growth(7, 0), "——", UNDEFINED, null),
        row("growth from zero printed 100%", growth(7, 0), "100%", MISMATCH, "—"),
        row("0/0, dash", ratio(0, 0), "—", UNDEFINED, null),
        row("0/0 printed 0%", ratio(0, 0), "0%", MISMATCH, "—"),
        row("a dash for a defined rate", ratio(900, 930), "—", MISMATCH, "96.77%"),
        row("a dash for a defined growth", growth(45, 9), "－", MISMATCH, "400.00%"),
        row("a dash for a change of rates", points("96.77", "89.80"), "-", MISMATCH,
            "6.97个百分点"),
        row("a dash for a plain value", value(3158, 1), "—", MISMATCH, "3158.00"),
        // Units that cannot be right.
        row("a rate printed in points", ratio(3, 4), "提高75个百分点", MISMATCH, "75%"),
        row("an undefined rate printed in points", ratio(0, 0), "0个百分点", MISMATCH, "—"),
        row("a growth printed in points", growth(45, 9), "增加400个百分点", MISMATCH, "400%"),
        // Changes of rates.
        row("points printed as points", points("96.77", "89.80"), "提高6.97个百分点", REPRODUCED,
            "提高6.97个百分点"),
        row("points printed as a fall", points("96.77", "89.80"), "下降6.97个百分点", MISMATCH,
            "上升6.97个百分点"),
        row("a fall in points", points("89.80", "96.77"), "降低6.97个百分点", REPRODUCED,
            "降低6.97个百分点"),
        row("points half-even", points("10.125", "10"), "0.12个百分点", REPRODUCED_HALF_EVEN,
            "0.13个百分点"),
        row("points truncated", points("10.129", "10"), "0.12个百分点", REPRODUCED_TRUNCATED,
            "0.13个百分点"),
        row("relative change printed in %", points("96.77", "89.80"), "增长7.76%", REPRODUCED,
            "增长7.76%"),
        row("relative change truncated", points("96.77", "89.80"), "增长7.761%",
            REPRODUCED_TRUNCATED, "增长7.762%"),
        row("points printed as %", points("96.77", "89.80"), "6.97%", REPRODUCED_AS_POINTS,
            "增加6.97个百分点"),
        row("points printed as % growth", points("96.77", "89.80"), "同比增长6.97%",
            REPRODUCED_AS_POINTS, "同比增加6.97个百分点"),
        row("points truncated, printed as %", points("10.129", "10"), "0.12%",
            REPRODUCED_AS_POINTS, "增加0.13个百分点"),
        row("points from a zero rate printed as %", points("5", "0"), "5%", REPRODUCED_AS_POINTS,
            "增加5个百分点"),
        row("neither relative nor points", points("96.77", "89.80"), "5%", MISMATCH,
            "增加7个百分点"),
        row("a change of rates in per mille", points("96.77", "89.80"), "69.7‰", MISMATCH,
            "增加7.0个百分点"),
        // Shares.
        row("shares 1;1;2", shares(1, 1, 2), "25%;25%;50%", REPRODUCED, null),
        row("shares with a full-width separator", shares(1, 1, 2), "25%；25%；50%", REPRODUCED,
            null),
        row("shares half-even", shares(1, 7), "12%;88%", REPRODUCED_HALF_EVEN, null),
        row("shares truncated", shares(2, 1), "66.66%;33.33%", REPRODUCED_TRUNCATED, null),
        row("shares by largest remainder, tie to the last", shares(1, 1, 1),
            "33.33%;33.33%;33.34%", REPRODUCED_LARGEST_REMAINDER, null),
        row("shares by largest remainder, tie to the first", shares(1, 1, 1),
            "33.34%;33.33%;33.33%", REPRODUCED_LARGEST_REMAINDER, null),
        row("shares by largest remainder, no tie", shares(1, 1, 5), "14%;14%;72%",
            REPRODUCED_LARGEST_REMAINDER, null),
        row("shares with the extra unit on a smaller remainder", shares(1, 1, 5), "15%;14%;71%",
            MISMATCH, null),
        row("seven equal shares, the extra units anywhere", shares(1, 1, 1, 1, 1, 1, 1),
            "14.29%;14.29%;14.28%;14.29%;14.28%;14.28%;14.29%", REPRODUCED_LARGEST_REMAINDER,
            null),
        row("HALF_UP before the largest remainder method when both give it", shares(1, 2, 4),
            "14.29%;28.57%;57.14%", REPRODUCED, null),
        row("shares of 1, 1, 1 in 3 forced to 100% wrongly", shares(1, 1, 1),
            "33.34%;33.34%;33.32%", MISMATCH, null),
        row("shares at two precisions cannot be apportioned", shares(1, 1, 1),
            "33.3%;33.33%;33.37%", MISMATCH, null),
        row("one part of a larger whole", sharesOf(152, 13), "8.55%", REPRODUCED, null),
        // Undefined inputs to the generic check.
        row("a missing input printed as a number",
            printed -> FigureCheck.check(Outcome.undefined(UndefinedReason.MISSING_INPUT), printed),
            "5%", MISMATCH, "—"),
        row("an undefined input printed as a dash",
            printed -> FigureCheck.check(Outcome.undefined(UndefinedReason.INPUT_UNDEFINED),
                printed),
            "—", UNDEFINED, null));
  }

  /**
   * Figures published in other Chinese government reports, each with the inputs printed beside
   * it, and the verdict that follows, whatever it is.
   */
  static Stream<Row> otherReports() {
    return Stream.of(
        // 黄石市司法局《2020年人民调解工作数据统计》: 受理调解案件6368件，调解成功6217件，成功率达97.6%.
        // http://sfj.huangshi.gov.cn/xxgk_17/gknr/qt/sjfb/2020n/202101/t20210114_753181.html
        row("黄石 调解成功率", ratio(6217, 6368), "97.6%", REPRODUCED, "97.6%"),
        // 庆阳市司法局: 排查矛盾纠纷25200件，调处成功24732件，调处成功率达98.1%.
        // http://www.qyswzfw.gov.cn/Show/2130
        row("庆阳 调处成功率", ratio(24732, 25200), "98.1%", REPRODUCED, "98.1%"),
        // 合川区司法局: 受理并调处矛盾纠纷3921件，调解成功3882件，调成率99%.
        // https://xsgou.com/news/baokan/22334.html
        row("合川 调成率", ratio(3882, 3921), "99%", REPRODUCED, "99%"),
        // 山东省司法厅 2017: 受理法律援助案件85685件，办结74617件，办结率87%.
        // http://zcnews.net.cn/index.php/Article/imgview/id/82647
        row("山东 法律援助办结率", ratio(74617, 85685), "87%", REPRODUCED, "87%"),
        // fangcheng.gov.cn, 2024年度行政复议工作情况: 2023年66件, 2024年151件, 同比增长128.78%.
        // This report truncates: every figure below that differs from 四舍五入 is the truncation.
        // https://www.fangcheng.gov.cn/2025/01-03/837272.html
        row("2024 行政复议 新受理 增长", growth(151, 66), "同比增长128.78%", REPRODUCED_TRUNCATED,
            "同比增长128.79%"),
        row("2024 行政复议 被申请人 县政府部门 140 of 151", ratio(140, 151), "92.71%",
            REPRODUCED_TRUNCATED, "92.72%"),
        row("2024 行政复议 被申请人 乡镇 11 of 151", ratio(11, 151), "7.28%", REPRODUCED,
            "7.28%"),
        row("2024 行政复议 被申请人 shares", shares(140, 11), "92.71%；7.28%",
            REPRODUCED_TRUNCATED, null),
        row("2024 行政复议 举报投诉处理 75 of 151", ratio(75, 151), "49.66%",
            REPRODUCED_TRUNCATED, "49.67%"),
        row("2024 行政复议 政府信息公开 16 of 151", ratio(16, 151), "10.59%",
            REPRODUCED_TRUNCATED, "10.60%"),
        row("2024 行政复议 行政处罚 40 of 151", ratio(40, 151), "26.49%", REPRODUCED, "26.49%"),
        row("2024 行政复议 终止调查 4 of 151", ratio(4, 151), "2.64%", REPRODUCED_TRUNCATED,
            "2.65%"),
        row("2024 行政复议 市场监管 77 of 151", ratio(77, 151), "50.99%", REPRODUCED, "50.99%"),
        row("2024 行政复议 公安 42 of 151", ratio(42, 151), "27.81%", REPRODUCED, "27.81%"),
        row("2024 行政复议 农业农村 3 of 151", ratio(3, 151), "1.98%", REPRODUCED_TRUNCATED,
            "1.99%"),
        // Same report: 审结135件，其中纠错29件，纠错率约19.2%. 29/135 is 21.48%; the caliber of the
        // printed rate is not printed, so with the printed inputs it does not reproduce.
        row("2024 行政复议 纠错率", ratio(29, 135), "约19.2%", MISMATCH, "约21.5%"),
        // 上海市司法局《二○一四年度全市行政复议与行政应诉工作相关情况》.
        // http://sfj.sh.gov.cn/2020zxgk_xzfy/20201102/a38c4c070e364dcfa3dd220ce3796c0d.html
        row("上海 2014 受理 4955 of 6200", ratio(4955, 6200), "79.9%", REPRODUCED, "79.9%"),
        row("上海 2014 不予受理等 1245 of 6200", ratio(1245, 6200), "20.1%", REPRODUCED, "20.1%"),
        row("上海 2014 被申请人 shares, mixed precision",
            shares(60, 421, 782, 2995, 1942), "1%;6.8%;12.6%;48.3%;31.3%", REPRODUCED, null),
        row("上海 2014 纠错 191 of 4696", ratio(191, 4696), "4.1%", REPRODUCED, "4.1%"),
        // The table of decisions prints 改正后终止 77 of 4696 as 1.7% (1.64%) so that the column
        // totals 100%; neither rounding nor the largest remainder method gives that.
        row("上海 2014 审结情况 shares", shares(3509, 678, 295, 77, 63, 43, 0, 8, 23),
            "74.7%;14.4%;6.3%;1.7%;1.3%;0.9%;0%;0.2%;0.5%", MISMATCH, null),
        row("上海 2014 改正后终止 77 of 4696", ratio(77, 4696), "1.7%", MISMATCH, "1.6%"),
        // 温州市司法局《关于2024年度温州市行政复议工作的报告》: 市本级新收3326件(2023年为867件)，
        // 同比增长283.6%; 全市新收8745件，行政协议与行政赔偿类176件，占比为2%; 一审行政诉讼3362件，
        // 复议诉讼比值达2.6.
        // https://wzrd.wenzhou.gov.cn/art/2025/8/20/art_1382198_58931631.html
        row("温州 2024 市本级 新收 增长", growth(3326, 867), "同比增长283.6%", REPRODUCED,
            "同比增长283.6%"),
        row("温州 2024 行政协议与赔偿 占比", ratio(176, 8745), "2%", REPRODUCED, "2%"),
        row("温州 2024 复议诉讼比值", ratio(8745, 3362), "2.6", REPRODUCED, "2.6"),
        // 《法治政府蓝皮书：中国法治政府评估报告(2017)》: 平均得分597.01分(满分1000)，得分率59.7%; 617.36分,
        // 61.74%, "上升2.04%"; 663.07分, 66.31%, "上升4.57%"; 687.22分, 68.72%, "上升2.41%". The rises
        // are differences in percentage points printed as "%".
        // http://www.ssap.com.cn/c/2017-09-27/1061980.shtml
        row("蓝皮书 2014 得分率", ratio(59701, 100000), "59.7%", REPRODUCED, "59.7%"),
        row("蓝皮书 2015 得分率", ratio(61736, 100000), "61.74%", REPRODUCED, "61.74%"),
        row("蓝皮书 2016 得分率", ratio(66307, 100000), "66.31%", REPRODUCED, "66.31%"),
        row("蓝皮书 2017 得分率", ratio(68722, 100000), "68.72%", REPRODUCED, "68.72%"),
        row("蓝皮书 2015 上升", points("61.74", "59.7"), "上升2.04%", REPRODUCED_AS_POINTS,
            "上升2.04个百分点"),
        row("蓝皮书 2016 上升", points("66.31", "61.74"), "上升4.57%", REPRODUCED_AS_POINTS,
            "上升4.57个百分点"),
        row("蓝皮书 2017 上升", points("68.72", "66.31"), "上升2.41%", REPRODUCED_AS_POINTS,
            "上升2.41个百分点"),
        // 国务院法制办 2007年全国行政复议案件统计 (法制日报): 收到申请86288件; 被申请人县级政府部门
        // 36527件占42.68%, 市级政府部门20940件占24.47%, 县级政府11452件占13.38%. The shares fit a
        // denominator near 85,580 that is not printed; against the printed 86288 they fail.
        // https://news.sohu.com/20080619/n257596891.shtml
        row("2007 复议 县级政府部门", ratio(36527, 86288), "42.68%", MISMATCH, "42.33%"),
        row("2007 复议 市级政府部门", ratio(20940, 86288), "24.47%", MISMATCH, "24.27%"),
        row("2007 复议 县级政府", ratio(11452, 86288), "13.38%", MISMATCH, "13.27%"),
        // 行政复议案件涉及事项 (a journal article tabulating 司法部 statistics), 2012 and 2023.
        // https://www.hanspub.org/journal/paperinformation?paperid=114819
        row("2023 复议事项 shares",
            shares(101417, 92637, 25539, 10721, 17021, 8321, 18189, 5706, 3086, 26547),
            "32.80%;29.96%;8.26%;3.47%;5.51%;2.69%;5.88%;1.85%;1.00%;8.59%", REPRODUCED, null),
        // 2012: three shares are one hundredth below 四舍五入 (9.89, 6.39, 14.39 for 9.90, 6.40,
        // 14.40) so that the row totals 100.00%; no single convention gives the row.
        row("2012 复议事项 shares",
            shares(33191, 6053, 12077, 7401, 10941, 10788, 7105, 7072, 15915),
            "30.03%;5.48%;10.93%;6.70%;9.89%;9.76%;6.43%;6.39%;14.39%", MISMATCH, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"seed", "synthetic", "otherReports"})
  void verdictAndExpectedFigure(Row row) {
    CheckResult result = row.check().apply(row.printed());

    assertThat(result.verdict()).as(result.toString()).isEqualTo(row.verdict());
    assertThat(result.expected()).as(result.toString())
        .isEqualTo(Optional.ofNullable(row.expected()));
    assertThat(result.published()).isEqualTo(row.printed());
    assertThat(result.verdict().isReproduced()).isEqualTo(row.verdict() != MISMATCH);
    assertThat(result.detail()).isNotBlank().doesNotContain("\n");
  }

  @Test
  void onlyABaseOfNineGivesTheSeedGrowthOf400Percent() {
    for (long base = 0; base <= 100; base++) {
      CheckResult result = FigureCheck.growth(45, base, "同比增长400%");

      assertThat(result.verdict().isReproduced()).as("base %d", base).isEqualTo(base == 9);
    }
  }

  @Test
  void theSyntheticTableCoversEveryVerdict() {
    Set<Verdict> covered = synthetic().map(Row::verdict)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Verdict.class)));

    assertThat(covered).isEqualTo(EnumSet.allOf(Verdict.class));
  }

  @Nested
  class Details {

    @Test
    void showTheArithmetic() {
      assertThat(FigureCheck.ratio(900, 930, "96.77%").detail())
          .isEqualTo("900/930 = 96.774193…%; HALF_UP(2) gives 96.77%, as printed");
      assertThat(FigureCheck.growth(45, 9, "同比增长400%").detail())
          .isEqualTo("(45 - 9)/9 = 400%; HALF_UP(0) gives 同比增长400%, as printed");
      assertThat(FigureCheck.ratio(77, 122, "63.12%").detail())
          .isEqualTo("77/122 = 63.114754…%; HALF_UP(2) gives 63.11%, not 63.12%");
    }

    @Test
    void nameTheConvention() {
      assertThat(FigureCheck.ratio(1, 8, "12%").detail())
          .isEqualTo("1/8 = 12.5%; HALF_UP(0) gives 13%, but HALF_EVEN(0) (GB/T 8170) gives "
              + "12%, as printed");
      assertThat(FigureCheck.ratio(2, 3, "66.66%").detail())
          .contains("DOWN(2) (truncation) gives 66.66%");
    }

    @Test
    void nameTheReasonForAnUndefinedValue() {
      assertThat(FigureCheck.growth(7, 0, "-").detail())
          .isEqualTo("(7 - 0)/0: growth from a zero base is undefined, and the dash says so");
      assertThat(FigureCheck.growth(7, 0, "100%").detail())
          .contains("growth from a zero base is undefined");
      assertThat(FigureCheck.ratio(0, 0, "—").detail())
          .contains("a ratio with a zero denominator is undefined");
      assertThat(FigureCheck.check(Outcome.undefined(UndefinedReason.MISSING_INPUT), "5%")
          .detail()).contains("missing input");
    }

    @Test
    void sayWhenAFigureIsApproximate() {
      assertThat(FigureCheck.ratio(29, 135, "约19.2%").detail()).contains("approximate");
      assertThat(FigureCheck.ratio(29, 135, "21.5%").detail()).doesNotContain("approximate");
    }

    @Test
    void explainAWrongUnit() {
      assertThat(FigureCheck.ratio(3, 4, "75个百分点").detail())
          .contains("a ratio is not a change in percentage points");
      assertThat(FigureCheck.growth(45, 9, "400个百分点").detail())
          .contains("a growth rate is not a change in percentage points");
      assertThat(FigureCheck.points(new BigDecimal("96.77"), new BigDecimal("89.80"), "6.97%")
          .detail()).contains("6.97 points").contains("7.761692…%");
    }

    @Test
    void listTheHalfUpShares() {
      assertThat(FigureCheck.shares(List.of(1L, 1L, 1L), OptionalLong.empty(),
          "33.33%;33.33%;33.34%").detail())
          .isEqualTo("shares of 1, 1, 1 in 3: HALF_UP gives 33.33%; 33.33%; 33.33%, but the "
              + "largest remainder method gives 33.34%; 33.33%; 33.33%, as printed up to ties");
    }

    @Test
    void explainAMoreThanFigure() {
      assertThat(FigureCheck.check(Outcome.of(Fraction.of(165)), "160余条").detail())
          .contains("160余条 means more than 160 and less than 170");
    }
  }

  /** Rounding the exact value under a convention always gives that convention's verdict. */
  @Nested
  class Laws {

    private static final FigureUnit[] UNITS = FigureUnit.values();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void roundedFiguresReproduceUnderTheirConvention(long seed) {
      Random random = new Random(seed);
      int halfEven = 0;
      int truncated = 0;
      int mismatched = 0;
      for (int i = 0; i < 400; i++) {
        long denominator = random.nextBoolean()
            ? 1 + random.nextInt(1_000_000)
            : (1L << random.nextInt(7)) * pow5(random.nextInt(5)) * (1 + random.nextInt(3));
        long numerator = random.nextInt((int) Math.min(Integer.MAX_VALUE, 2 * denominator + 1));
        boolean negative = random.nextInt(4) == 0;
        Fraction exact = Fraction.of(negative ? -numerator : numerator, denominator);
        FigureUnit unit = UNITS[random.nextInt(UNITS.length)];
        int scale = random.nextInt(5);
        Fraction inUnit = exact.times(unit.multiplier());
        BigDecimal up = RoundingPolicy.halfUp(scale).round(inUnit);
        BigDecimal even = RoundingPolicy.halfEven(scale).round(inUnit);
        BigDecimal down = RoundingPolicy.truncate(scale).round(inUnit);
        String printedUp = PrintedFigure.of(up, unit).toString();
        Outcome outcome = Outcome.of(exact);

        CheckResult result = FigureCheck.check(outcome, printedUp);
        assertThat(result.verdict()).as(result.toString()).isEqualTo(REPRODUCED);
        assertThat(result.expected()).contains(printedUp);
        if (unit == FigureUnit.PERCENT && !negative) {
          assertThat(FigureCheck.ratio(numerator, denominator, printedUp).verdict())
              .isEqualTo(REPRODUCED);
        }

        if (even.compareTo(up) != 0) {
          halfEven++;
          CheckResult r = FigureCheck.check(outcome, PrintedFigure.of(even, unit).toString());
          assertThat(r.verdict()).as(r.toString()).isEqualTo(REPRODUCED_HALF_EVEN);
          assertThat(r.expected()).contains(printedUp);
        }
        if (down.compareTo(up) != 0 && down.compareTo(even) != 0) {
          truncated++;
          CheckResult r = FigureCheck.check(outcome, PrintedFigure.of(down, unit).toString());
          assertThat(r.verdict()).as(r.toString()).isEqualTo(REPRODUCED_TRUNCATED);
          assertThat(r.expected()).contains(printedUp);
        }
        BigDecimal off = up.add(BigDecimal.ONE.movePointLeft(scale));
        if (off.compareTo(even) != 0 && off.compareTo(down) != 0) {
          mismatched++;
          CheckResult r = FigureCheck.check(outcome, PrintedFigure.of(off, unit).toString());
          assertThat(r.verdict()).as(r.toString()).isEqualTo(MISMATCH);
          assertThat(r.expected()).contains(printedUp);
        }
      }
      assertThat(halfEven).as("ties exercised").isPositive();
      assertThat(truncated).as("truncations exercised").isGreaterThan(30);
      assertThat(mismatched).as("mismatches exercised").isGreaterThan(300);
    }

    private static long pow5(int exponent) {
      long result = 1;
      for (int i = 0; i < exponent; i++) {
        result *= 5;
      }
      return result;
    }
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of((ThrowingCallable) () -> FigureCheck.ratio(-1, 3, "1%"),
            "FigureCheck.numerator = -1: must not be negative"),
        Arguments.of((ThrowingCallable) () -> FigureCheck.ratio(1, -3, "1%"),
            "FigureCheck.denominator = -3: must not be negative"),
        Arguments.of((ThrowingCallable) () -> FigureCheck.growth(-5, 3, "1%"),
            "FigureCheck.current = -5: must not be negative"),
        Arguments.of((ThrowingCallable) () -> FigureCheck.growth(5, -3, "1%"),
            "FigureCheck.base = -3: must not be negative"),
        Arguments.of((ThrowingCallable) () -> FigureCheck.points(
            new BigDecimal("-1"), BigDecimal.ONE, "1%"),
            "FigureCheck.currentPercent = -1: must not be negative"),
        Arguments.of((ThrowingCallable) () -> FigureCheck.points(
            BigDecimal.ONE, new BigDecimal("-2.5"), "1%"),
            "FigureCheck.basePercent = -2.5: must not be negative"),
        Arguments.of((ThrowingCallable) () -> FigureCheck.shares(
            List.of(), OptionalLong.empty(), "1%"),
            "FigureCheck.parts = []: must not be empty"),
        Arguments.of((ThrowingCallable) () -> FigureCheck.shares(
            List.of(1L, -1L), OptionalLong.empty(), "1%;1%"),
            "FigureCheck.parts = -1: must not be negative"),
        Arguments.of((ThrowingCallable) () -> FigureCheck.shares(
            List.of(0L, 0L), OptionalLong.empty(), "0%;0%"),
            "FigureCheck.whole = 0: must be positive"),
        Arguments.of((ThrowingCallable) () -> FigureCheck.shares(
            List.of(2L, 3L), OptionalLong.of(4), "50%;50%"),
            "FigureCheck.parts (sum) = 5: must not exceed whole (4)"),
        Arguments.of((ThrowingCallable) () -> FigureCheck.shares(
            List.of(1L, 1L, 1L), OptionalLong.empty(), "50%;50%"),
            "FigureCheck.printed = \"50%;50%\": has 2 shares but there are 3 parts"),
        Arguments.of((ThrowingCallable) () -> FigureCheck.shares(
            List.of(1L, 1L), OptionalLong.empty(), "50;50%"),
            "FigureCheck.printed = \"50;50%\": share 1 (\"50\") must be a percentage without a "
                + "sign, a direction word or 余, such as 33.33%"),
        Arguments.of((ThrowingCallable) () -> FigureCheck.shares(
            List.of(1L, 1L), OptionalLong.empty(), "50%;增长50%"),
            "FigureCheck.printed = \"50%;增长50%\": share 2 (\"增长50%\") must be a percentage "
                + "without a sign, a direction word or 余, such as 33.33%"),
        Arguments.of((ThrowingCallable) () -> FigureCheck.shares(
            List.of(1L, 1L), OptionalLong.empty(), "50%;abc"),
            "PrintedFigure = \"abc\": must contain a number, optionally with a direction word "
                + "(增长, 下降 …), a unit (%, ‰, 个百分点) and a count word (件, 项 …), or be a dash"),
        Arguments.of((ThrowingCallable) () -> FigureCheck.ratio(1, 3, "33.3333333333333%"),
            "FigureCheck.printed = \"33.3333333333333%\": has 13 decimals; at most 12 can be "
                + "checked"),
        Arguments.of((ThrowingCallable) () -> FigureCheck.ratio(1, 3, "下降-3%"),
            "PrintedFigure = \"下降-3%\": a direction word and a sign cannot both be given"),
        Arguments.of((ThrowingCallable) () -> FigureCheck.check(Outcome.of(Fraction.ONE), ""),
            "PrintedFigure = \"\": must not be blank"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalid")
  void rejectsInvalidInputNamingFieldAndValue(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(InvalidValueException.class).hasMessage(message);
  }

  @Test
  void resultsAreValues() {
    new EqualsTester()
        .addEqualityGroup(
            FigureCheck.ratio(900, 930, "96.77%"), FigureCheck.ratio(900, 930, "96.77%"),
            CheckResult.of(REPRODUCED, Optional.of("96.77%"), "96.77%",
                "900/930 = 96.774193…%; HALF_UP(2) gives 96.77%, as printed"))
        .addEqualityGroup(FigureCheck.ratio(1800, 1860, "96.77%"))
        .addEqualityGroup(FigureCheck.ratio(900, 930, "９６．７７％"))
        .addEqualityGroup(FigureCheck.ratio(900, 930, "96.78%"))
        .addEqualityGroup(CheckResult.of(MISMATCH, Optional.of("96.77%"), "96.77%",
            "900/930 = 96.774193…%; HALF_UP(2) gives 96.77%, as printed"))
        .addEqualityGroup(CheckResult.of(REPRODUCED, Optional.empty(), "96.77%",
            "900/930 = 96.774193…%; HALF_UP(2) gives 96.77%, as printed"))
        .testEquals();
    assertThat(FigureCheck.ratio(77, 122, "63.12%").toString())
        .isEqualTo("MISMATCH \"63.12%\" (expected 63.11%): 77/122 = 63.114754…%; HALF_UP(2) "
            + "gives 63.11%, not 63.12%");
  }

  @Test
  void verdictsHaveChineseTermsAndOnlyMismatchIsNotReproduced() {
    for (Verdict verdict : Verdict.values()) {
      assertThat(verdict.chinese()).isNotBlank();
      assertThat(verdict.isReproduced()).isEqualTo(verdict != MISMATCH);
    }
    assertThat(Stream.of(Verdict.values()).map(Verdict::chinese).distinct().count())
        .isEqualTo(Verdict.values().length);
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Outcome.class, Outcome.of(Fraction.ONE))
        .setDefault(String.class, "1%");
    tester.testAllPublicStaticMethods(FigureCheck.class);
    tester.testAllPublicStaticMethods(CheckResult.class);
  }
}
