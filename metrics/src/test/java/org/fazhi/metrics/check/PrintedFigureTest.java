package org.fazhi.metrics.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.metrics.check.Approximation.ABOUT;
import static org.fazhi.metrics.check.Approximation.EXACT;
import static org.fazhi.metrics.check.Approximation.MORE_THAN;
import static org.fazhi.metrics.check.FigureUnit.NONE;
import static org.fazhi.metrics.check.FigureUnit.PERCENT;
import static org.fazhi.metrics.check.FigureUnit.PER_MILLE;
import static org.fazhi.metrics.check.FigureUnit.POINTS;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.fazhi.core.validation.InvalidValueException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrintedFigureTest {

  /** What a text must parse to; {@code value} is null for a dash. */
  record Case(
      String text, String value, int scale, FigureUnit unit, Approximation approximation,
      String approximationWord, String direction, String unitWord, String comparison,
      boolean plus, String canonical) {

    static Case of(String text, String value, int scale, FigureUnit unit, String canonical) {
      return new Case(text, value, scale, unit, EXACT, null, null, null, null, false, canonical);
    }

    static Case dash(String text) {
      return new Case(text, null, 0, NONE, EXACT, null, null, null, null, false, "—");
    }

    Case withDirection(String word) {
      return new Case(text, value, scale, unit, approximation, approximationWord, word, unitWord,
          comparison, plus, canonical);
    }

    Case approximately(Approximation kind, String word) {
      return new Case(text, value, scale, unit, kind, word, direction, unitWord, comparison, plus,
          canonical);
    }

    Case withUnitWord(String word) {
      return new Case(text, value, scale, unit, approximation, approximationWord, direction, word,
          comparison, plus, canonical);
    }

    Case withComparison(String word) {
      return new Case(text, value, scale, unit, approximation, approximationWord, direction,
          unitWord, word, plus, canonical);
    }

    Case withPlus() {
      return new Case(text, value, scale, unit, approximation, approximationWord, direction,
          unitWord, comparison, true, canonical);
    }

    @Override
    public String toString() {
      return "\"" + text + "\"";
    }
  }

  static Stream<Case> accepted() {
    return Stream.of(
        // Plain forms.
        Case.of("96.77%", "96.77", 2, PERCENT, "96.77%"),
        Case.of("96.70%", "96.70", 2, PERCENT, "96.70%"),
        Case.of("1%", "1", 0, PERCENT, "1%"),
        Case.of("0%", "0", 0, PERCENT, "0%"),
        Case.of("100%", "100", 0, PERCENT, "100%"),
        Case.of("-38.5%", "-38.5", 1, PERCENT, "-38.5%"),
        Case.of("+5%", "5", 0, PERCENT, "+5%").withPlus(),
        Case.of("3.5‰", "3.5", 1, PER_MILLE, "3.5‰"),
        Case.of("2.6", "2.6", 1, NONE, "2.6"),
        Case.of("007%", "7", 0, PERCENT, "7%"),
        // Direction and comparison words.
        Case.of("下降38.5%", "-38.5", 1, PERCENT, "下降38.5%").withDirection("下降"),
        Case.of("同比下降38.5%", "-38.5", 1, PERCENT, "同比下降38.5%")
            .withDirection("下降").withComparison("同比"),
        Case.of("环比增长5%", "5", 0, PERCENT, "环比增长5%").withDirection("增长").withComparison("环比"),
        Case.of("增长400%", "400", 0, PERCENT, "增长400%").withDirection("增长"),
        Case.of("同比增长400%", "400", 0, PERCENT, "同比增长400%")
            .withDirection("增长").withComparison("同比"),
        Case.of("增长0%", "0", 0, PERCENT, "增长0%").withDirection("增长"),
        Case.of("下降0%", "0", 0, PERCENT, "下降0%").withDirection("下降"),
        Case.of("减少13件", "-13", 0, NONE, "减少13件").withDirection("减少").withUnitWord("件"),
        Case.of("上升2.04%", "2.04", 2, PERCENT, "上升2.04%").withDirection("上升"),
        Case.of("下滑3%", "-3", 0, PERCENT, "下滑3%").withDirection("下滑"),
        Case.of("回落1.2个百分点", "-1.2", 1, POINTS, "回落1.2个百分点").withDirection("回落"),
        Case.of("增加6.97个百分点", "6.97", 2, POINTS, "增加6.97个百分点").withDirection("增加"),
        Case.of("提高6.97百分点", "6.97", 2, POINTS, "提高6.97个百分点").withDirection("提高"),
        Case.of("降低0.5个百分点", "-0.5", 1, POINTS, "降低0.5个百分点").withDirection("降低"),
        // Approximations.
        Case.of("约19.2%", "19.2", 1, PERCENT, "约19.2%").approximately(ABOUT, "约"),
        Case.of("大约19.2%", "19.2", 1, PERCENT, "大约19.2%").approximately(ABOUT, "大约"),
        Case.of("近20%", "20", 0, PERCENT, "近20%").approximately(ABOUT, "近"),
        Case.of("85%左右", "85", 0, PERCENT, "85%左右").approximately(ABOUT, "左右"),
        Case.of("增长约5%", "5", 0, PERCENT, "增长约5%")
            .withDirection("增长").approximately(ABOUT, "约"),
        Case.of("约增长5%", "5", 0, PERCENT, "增长约5%")
            .withDirection("增长").approximately(ABOUT, "约"),
        Case.of("约160件", "160", 0, NONE, "约160件").approximately(ABOUT, "约").withUnitWord("件"),
        Case.of("160余条", "160", 0, NONE, "160余条").approximately(MORE_THAN, "余")
            .withUnitWord("条"),
        Case.of("160多条", "160", 0, NONE, "160多条").approximately(MORE_THAN, "多")
            .withUnitWord("条"),
        Case.of("3000余万元", "3000", 0, NONE, "3000余万元").approximately(MORE_THAN, "余")
            .withUnitWord("万元"),
        // Count words.
        Case.of("3158项", "3158", 0, NONE, "3158项").withUnitWord("项"),
        Case.of("7800万元", "7800", 0, NONE, "7800万元").withUnitWord("万元"),
        Case.of("3140人次", "3140", 0, NONE, "3140人次").withUnitWord("人次"),
        Case.of("895人", "895", 0, NONE, "895人").withUnitWord("人"),
        Case.of("1813.14万件", "1813.14", 2, NONE, "1813.14万件").withUnitWord("万件"),
        Case.of("39份", "39", 0, NONE, "39份").withUnitWord("份"),
        // Dashes.
        Case.dash("-"),
        Case.dash("—"),
        Case.dash("——"),
        Case.dash("－"),
        Case.dash("  —  "),
        Case.dash("–"),
        // Full-width digits, signs, percent, point and comma.
        Case.of("９６.７７％", "96.77", 2, PERCENT, "96.77%"),
        Case.of("９６．７７％", "96.77", 2, PERCENT, "96.77%"),
        Case.of("－３８.５％", "-38.5", 1, PERCENT, "-38.5%"),
        Case.of("＋５％", "5", 0, PERCENT, "+5%").withPlus(),
        Case.of("０.５％", "0.5", 1, PERCENT, "0.5%"),
        Case.of("５‰", "5", 0, PER_MILLE, "5‰"),
        Case.of("−38.5%", "-38.5", 1, PERCENT, "-38.5%"),
        Case.of("１，２３４，５６７项", "1234567", 0, NONE, "1234567项").withUnitWord("项"),
        Case.of("　96.77％　", "96.77", 2, PERCENT, "96.77%"),
        Case.of("96.77﹪", "96.77", 2, PERCENT, "96.77%"),
        // Spaces inside numbers and between the parts.
        Case.of("96. 77 %", "96.77", 2, PERCENT, "96.77%"),
        Case.of("96 .77%", "96.77", 2, PERCENT, "96.77%"),
        Case.of("1 234", "1234", 0, NONE, "1234"),
        Case.of("1 234 567.5", "1234567.5", 1, NONE, "1234567.5"),
        Case.of("同比 下降 38.5 %", "-38.5", 1, PERCENT, "同比下降38.5%")
            .withDirection("下降").withComparison("同比"),
        Case.of("- 38.5%", "-38.5", 1, PERCENT, "-38.5%"),
        // Thousands separators.
        Case.of("1,234.5", "1234.5", 1, NONE, "1234.5"),
        Case.of("1，234", "1234", 0, NONE, "1234"),
        Case.of("12,345,678件", "12345678", 0, NONE, "12345678件").withUnitWord("件"),
        // The limits.
        Case.of("1234567890123456789012345678901234567890", "1234567890123456789012345678901234567890",
            0, NONE, "1234567890123456789012345678901234567890"),
        Case.of("0.0000000000000000000000000000000000000001%",
            "0.0000000000000000000000000000000000000001", 40, PERCENT,
            "0.0000000000000000000000000000000000000001%"));
  }

  static Stream<Arguments> rejected() {
    String tooLong = "1" + "0".repeat(PrintedFigure.MAX_LENGTH);
    return Stream.of(
        Arguments.of("", "must not be blank"),
        Arguments.of("   ", "must not be blank"),
        Arguments.of("　", "must not be blank"),
        Arguments.of("96.77% 89.80%", "must contain one number, not two"),
        Arguments.of("96.77%和89.80%", "must contain one number, not two"),
        Arguments.of("12 34", "must contain one number, not two"),
        Arguments.of("1.5 2.5", "must contain one number, not two"),
        Arguments.of("abc", "must contain a number, optionally with a direction word (增长, 下降 …), "
            + "a unit (%, ‰, 个百分点) and a count word (件, 项 …), or be a dash"),
        Arguments.of("NaN", "must contain a number, optionally with a direction word (增长, 下降 …), "
            + "a unit (%, ‰, 个百分点) and a count word (件, 项 …), or be a dash"),
        Arguments.of("增长", "must contain a number"),
        Arguments.of("-%", "must contain a number, optionally with a direction word (增长, 下降 …), "
            + "a unit (%, ‰, 个百分点) and a count word (件, 项 …), or be a dash"),
        Arguments.of("下降-3%", "a direction word and a sign cannot both be given"),
        Arguments.of("增长+5%", "a direction word and a sign cannot both be given"),
        Arguments.of("1,23", "has a misplaced thousands separator"),
        Arguments.of("1,2345", "has a misplaced thousands separator"),
        Arguments.of("12345,678", "has a misplaced thousands separator"),
        Arguments.of("1.234,5", "has a misplaced thousands separator"),
        Arguments.of("1e5%", "must not use scientific notation"),
        Arguments.of("1E-3", "must not use scientific notation"),
        Arguments.of("1.2.3", "must not have two decimal points"),
        Arguments.of("96..77%", "must not have two decimal points"),
        Arguments.of("12345678901234567890123456789012345678901",
            "must have at most 40 significant digits"),
        Arguments.of("0.00000000000000000000000000000000000000001%",
            "must have at most 40 decimal places"),
        Arguments.of(".5%", "must have a digit before the decimal point"),
        Arguments.of("5.%", "must have a digit after the decimal point"),
        Arguments.of("约85%左右", "must give only one approximation word (约, 左右, 余 …)"),
        Arguments.of("约160余条", "must give only one approximation word (约, 左右, 余 …)"),
        Arguments.of("96.77%。", "has unrecognised text \"。\""),
        Arguments.of("5%件", "has unrecognised text \"件\""),
        Arguments.of("≈5%", "has unrecognised text \"≈5%\""),
        Arguments.of("--5%", "has unrecognised text \"-5%\""),
        Arguments.of("96.77%以上", "has unrecognised text \"以上\""),
        Arguments.of(tooLong, "must be at most 200 characters long"));
  }

  @Nested
  class Parse {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.fazhi.metrics.check.PrintedFigureTest#accepted")
    void readsEveryPart(Case c) {
      PrintedFigure f = PrintedFigure.parse(c.text());

      assertThat(f.text()).isEqualTo(c.text());
      assertThat(f.isDash()).isEqualTo(c.value() == null);
      assertThat(f.signedValue()).isEqualTo(Optional.ofNullable(c.value()).map(BigDecimal::new));
      assertThat(f.scale()).isEqualTo(c.scale());
      assertThat(f.unit()).isEqualTo(c.unit());
      assertThat(f.approximation()).isEqualTo(c.approximation());
      assertThat(f.approximationWord()).isEqualTo(Optional.ofNullable(c.approximationWord()));
      assertThat(f.directionWord()).isEqualTo(Optional.ofNullable(c.direction()));
      assertThat(f.unitWord()).isEqualTo(Optional.ofNullable(c.unitWord()));
      assertThat(f.comparisonWord()).isEqualTo(Optional.ofNullable(c.comparison()));
      assertThat(f.hasPlusSign()).isEqualTo(c.plus());
      assertThat(f.toString()).isEqualTo(c.canonical());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.fazhi.metrics.check.PrintedFigureTest#accepted")
    void roundTripsThroughToString(Case c) {
      PrintedFigure f = PrintedFigure.parse(c.text());
      PrintedFigure again = PrintedFigure.parse(f.toString());

      assertThat(again).isEqualTo(f);
      assertThat(again.toString()).isEqualTo(f.toString());
      assertThat(again.hashCode()).isEqualTo(f.hashCode());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("org.fazhi.metrics.check.PrintedFigureTest#rejected")
    void rejectsWithAMessageQuotingTheInput(String text, String rule) {
      assertThatThrownBy(() -> PrintedFigure.parse(text))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("PrintedFigure");
            assertThat(e.value()).isEqualTo("\"" + text + "\"");
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.getMessage()).isEqualTo("PrintedFigure = \"" + text + "\": " + rule);
          });
    }

    @Test
    void directionWordWithSignHasTheDocumentedMessage() {
      assertThatThrownBy(() -> PrintedFigure.parse("下降-3%"))
          .hasMessage("PrintedFigure = \"下降-3%\": a direction word and a sign cannot both be given");
    }
  }

  /** Seeded random figures, written canonically and in hostile styles, read back equal. */
  @Nested
  class RandomRoundTrip {

    private static final List<String> RISING = List.of("增长", "增加", "提高", "上升", "提升");
    private static final List<String> FALLING = List.of("下降", "减少", "降低", "下滑", "回落");
    private static final List<String> COUNT_WORDS =
        List.of("项", "件", "条", "次", "人次", "份", "个", "人", "户", "万元", "名", "家");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void randomFiguresRoundTrip(long seed) {
      Random random = new Random(seed);
      for (int i = 0; i < 150; i++) {
        int scale = random.nextInt(5);
        BigInteger unscaled = new BigInteger(1 + random.nextInt(40), random);
        BigDecimal magnitude = new BigDecimal(unscaled, scale);
        FigureUnit unit = FigureUnit.values()[random.nextInt(4)];
        String comparison = pick(random, "", "", "同比", "环比");
        int directionKind = random.nextInt(3); // none, rising, falling
        String direction = directionKind == 0 ? ""
            : directionKind == 1 ? pick(random, RISING) : pick(random, FALLING);
        String sign = directionKind == 0 ? pick(random, "", "", "-", "+") : "";
        String approximation = pick(random, "", "", "", "约", "大约", "近", "左右", "余", "多");
        String countWord = unit == NONE && random.nextBoolean() ? pick(random, COUNT_WORDS) : "";
        boolean prefix = List.of("约", "大约", "近").contains(approximation);
        boolean suffix = approximation.equals("左右");
        boolean more = approximation.equals("余") || approximation.equals("多");

        String digits = magnitude.toPlainString();
        // A zero has no minus sign in canonical form: "-0.0%" prints as "0.0%".
        String canonicalSign = sign.equals("-") && magnitude.signum() == 0 ? "" : sign;
        String canonical = comparison + direction + (prefix ? approximation : "") + canonicalSign
            + digits
            + (more ? approximation : "") + unit.symbol() + countWord + (suffix ? "左右" : "");
        String hostile = comparison + sp(random)
            + (prefix && random.nextBoolean() ? approximation + sp(random) + direction
                : direction + sp(random) + (prefix ? approximation : ""))
            + sp(random) + fullWidthSign(random, sign) + sp(random) + hostileNumber(random, digits)
            + sp(random) + (more ? approximation : "") + sp(random) + hostileUnit(random, unit)
            + sp(random) + countWord + sp(random) + (suffix ? "左右" : "");

        PrintedFigure plain = PrintedFigure.parse(canonical);
        PrintedFigure messy = PrintedFigure.parse(hostile);
        BigDecimal signed = directionKind == 2 || sign.equals("-") ? magnitude.negate() : magnitude;

        assertThat(messy).as("%s vs %s", hostile, canonical).isEqualTo(plain);
        assertThat(plain.toString()).isEqualTo(canonical);
        assertThat(messy.toString()).isEqualTo(canonical);
        assertThat(PrintedFigure.parse(messy.toString())).isEqualTo(messy);
        assertThat(messy.text()).isEqualTo(hostile);
        assertThat(messy.signedValue()).contains(signed);
        assertThat(messy.scale()).isEqualTo(scale);
        assertThat(messy.unit()).isEqualTo(unit);
        assertThat(messy.approximation()).isEqualTo(
            prefix || suffix ? ABOUT : more ? MORE_THAN : EXACT);
        assertThat(messy.directionWord().orElse("")).isEqualTo(direction);
        assertThat(messy.unitWord().orElse("")).isEqualTo(countWord);
        assertThat(messy.comparisonWord().orElse("")).isEqualTo(comparison);
        assertThat(messy.hasPlusSign()).isEqualTo(sign.equals("+"));
      }
    }

    private static String pick(Random random, String... choices) {
      return choices[random.nextInt(choices.length)];
    }

    private static String pick(Random random, List<String> choices) {
      return choices.get(random.nextInt(choices.size()));
    }

    private static String sp(Random random) {
      return pick(random, "", "", "", " ", "　");
    }

    private static String fullWidthSign(Random random, String sign) {
      if (sign.isEmpty() || random.nextBoolean()) {
        return sign;
      }
      return sign.equals("-") ? pick(random, "－", "−") : "＋";
    }

    private static String hostileUnit(Random random, FigureUnit unit) {
      return switch (unit) {
        case PERCENT -> pick(random, "%", "％", "﹪");
        case POINTS -> pick(random, "个百分点", "百分点");
        default -> unit.symbol();
      };
    }

    /** Groups the integer part, spaces the point and widens characters, at random. */
    private static String hostileNumber(Random random, String digits) {
      int point = digits.indexOf('.');
      String integer = point < 0 ? digits : digits.substring(0, point);
      String fraction = point < 0 ? "" : digits.substring(point + 1);
      String separator = pick(random, "", ",", "，", " ");
      StringBuilder grouped = new StringBuilder();
      for (int i = 0; i < integer.length(); i++) {
        if (i > 0 && (integer.length() - i) % 3 == 0) {
          grouped.append(separator);
        }
        grouped.append(integer.charAt(i));
      }
      String number = grouped
          + (point < 0 ? "" : pick(random, "", " ") + pick(random, ".", "．")
              + pick(random, "", " ") + fraction);
      if (random.nextBoolean()) {
        StringBuilder wide = new StringBuilder();
        number.chars().forEach(ch -> wide.append(
            ch >= '0' && ch <= '9' ? (char) (ch - '0' + '０') : (char) ch));
        number = wide.toString();
      }
      return number;
    }
  }

  @Nested
  class Restyle {

    @ParameterizedTest(name = "{0} with {1} → {2}")
    @MethodSource("org.fazhi.metrics.check.PrintedFigureTest#restyled")
    void keepsTheStyle(String printed, String value, String expected) {
      PrintedFigure restyled = PrintedFigure.parse(printed).restyle(new BigDecimal(value));

      assertThat(restyled.toString()).isEqualTo(expected);
      assertThat(restyled.text()).isEqualTo(expected);
      assertThat(PrintedFigure.parse(expected)).isEqualTo(restyled);
    }

    @ParameterizedTest(name = "{0} in points with {1} → {2}")
    @MethodSource("org.fazhi.metrics.check.PrintedFigureTest#restyledInPoints")
    void printsChangesInPoints(String printed, String value, String expected) {
      PrintedFigure restyled = PrintedFigure.parse(printed).restyleInPoints(new BigDecimal(value));

      assertThat(restyled.toString()).isEqualTo(expected);
      assertThat(restyled.unit()).isEqualTo(POINTS);
    }

    @Test
    void rejectsAValueMorePreciseThanTheFigure() {
      PrintedFigure f = PrintedFigure.parse("96.8%");

      assertThatThrownBy(() -> f.restyle(new BigDecimal("96.77")))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("PrintedFigure.restyle.signedValue = 96.77: must have at most 1 decimal "
              + "places, as \"96.8%\" has");
      assertThat(f.restyle(new BigDecimal("96.700")).toString()).isEqualTo("96.7%");
    }

    @Test
    void aDashHasNoStyle() {
      assertThatThrownBy(() -> PrintedFigure.parse("—").restyle(BigDecimal.ONE))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> PrintedFigure.parse("-").restyleInPoints(BigDecimal.ONE))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  static Stream<Arguments> restyled() {
    return Stream.of(
        Arguments.of("同比下降38.5%", "5", "同比增长5.0%"),
        Arguments.of("同比下降38.5%", "-40.2", "同比下降40.2%"),
        Arguments.of("增长400%", "-38", "下降38%"),
        Arguments.of("增长400%", "0", "增长0%"),
        Arguments.of("下降38.5%", "0.0", "下降0.0%"),
        Arguments.of("增加13件", "-2", "减少2件"),
        Arguments.of("减少13件", "2", "增加2件"),
        Arguments.of("提高6.97个百分点", "-1.5", "降低1.50个百分点"),
        Arguments.of("降低0.5个百分点", "0.5", "提高0.5个百分点"),
        Arguments.of("上升2.04%", "-2.04", "下降2.04%"),
        Arguments.of("下滑3%", "3", "上升3%"),
        Arguments.of("回落3%", "3", "回升3%"),
        Arguments.of("上涨3%", "-3", "下跌3%"),
        Arguments.of("160余条", "170", "170余条"),
        Arguments.of("约19.2%", "21.5", "约21.5%"),
        Arguments.of("85%左右", "90", "90%左右"),
        Arguments.of("-38.5%", "5", "5.0%"),
        Arguments.of("38.5%", "-5", "-5.0%"),
        Arguments.of("+5%", "3", "+3%"),
        Arguments.of("+5%", "-3", "-3%"),
        Arguments.of("９６．７７％", "63.11", "63.11%"),
        Arguments.of("7800万元", "7801", "7801万元"));
  }

  static Stream<Arguments> restyledInPoints() {
    return Stream.of(
        Arguments.of("6.97%", "6.97", "增加6.97个百分点"),
        Arguments.of("-6.97%", "-6.97", "减少6.97个百分点"),
        Arguments.of("同比增长6.97%", "6.97", "同比增加6.97个百分点"),
        Arguments.of("增长6.97%", "-6.97", "减少6.97个百分点"),
        Arguments.of("上升2.04%", "2.04", "上升2.04个百分点"),
        Arguments.of("下降3%", "-3", "下降3个百分点"),
        Arguments.of("约2%", "2", "增加约2个百分点"),
        Arguments.of("提高5%", "-5", "降低5个百分点"));
  }

  @Nested
  class Factories {

    @Test
    void ofPrintsACanonicalPlainFigure() {
      assertThat(PrintedFigure.of(new BigDecimal("-38.5"), PERCENT).toString())
          .isEqualTo("-38.5%");
      assertThat(PrintedFigure.of(new BigDecimal("96.70"), PERCENT).scale()).isEqualTo(2);
      assertThat(PrintedFigure.of(new BigDecimal("1E+2"), NONE).toString()).isEqualTo("100");
      assertThat(PrintedFigure.of(new BigDecimal("6.97"), POINTS))
          .isEqualTo(PrintedFigure.parse("6.97个百分点"));
      assertThat(PrintedFigure.of(new BigDecimal("1.5"), PER_MILLE).text()).isEqualTo("1.5‰");
    }

    @Test
    void ofRejectsTooManyDigits() {
      assertThatThrownBy(() -> PrintedFigure.of(new BigDecimal("1E-41"), PERCENT))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("must have at most 40 decimal places");
      assertThatThrownBy(() -> PrintedFigure.of(new BigDecimal("1" + "1".repeat(40)), NONE))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("must have at most 40 significant digits");
    }

    @Test
    void dashIsEveryDash() {
      PrintedFigure dash = PrintedFigure.dash();

      assertThat(dash.isDash()).isTrue();
      assertThat(dash.signedValue()).isEmpty();
      assertThat(dash.text()).isEqualTo("—");
      assertThat(dash).isEqualTo(PrintedFigure.parse("－"));
    }
  }

  @Test
  void equalityIsByValueAndStyleNotByText() {
    new EqualsTester()
        .addEqualityGroup(
            PrintedFigure.parse("96.77%"), PrintedFigure.parse("９６．７７％"),
            PrintedFigure.parse("96. 77 %"), PrintedFigure.of(new BigDecimal("96.77"), PERCENT))
        .addEqualityGroup(PrintedFigure.parse("96.7%"))
        .addEqualityGroup(PrintedFigure.parse("96.70%"))
        .addEqualityGroup(PrintedFigure.parse("96.77‰"))
        .addEqualityGroup(PrintedFigure.parse("96.77个百分点"), PrintedFigure.parse("96.77百分点"))
        .addEqualityGroup(PrintedFigure.parse("-38.5%"), PrintedFigure.parse("－38.5％"))
        .addEqualityGroup(PrintedFigure.parse("下降38.5%"))
        .addEqualityGroup(PrintedFigure.parse("同比下降38.5%"))
        .addEqualityGroup(PrintedFigure.parse("环比下降38.5%"))
        .addEqualityGroup(PrintedFigure.parse("减少38.5%"))
        .addEqualityGroup(PrintedFigure.parse("19.2%"))
        .addEqualityGroup(PrintedFigure.parse("约19.2%"), PrintedFigure.parse("约 19.2 %"))
        .addEqualityGroup(PrintedFigure.parse("19.2%左右"))
        .addEqualityGroup(PrintedFigure.parse("5%"))
        .addEqualityGroup(PrintedFigure.parse("+5%"), PrintedFigure.parse("＋5%"))
        .addEqualityGroup(PrintedFigure.parse("160条"))
        .addEqualityGroup(PrintedFigure.parse("160余条"))
        .addEqualityGroup(PrintedFigure.parse("160多条"))
        .addEqualityGroup(PrintedFigure.parse("160件"))
        .addEqualityGroup(
            PrintedFigure.parse("-"), PrintedFigure.parse("—"), PrintedFigure.parse("——"),
            PrintedFigure.parse("－"), PrintedFigure.dash())
        .testEquals();
  }

  @Test
  void nullsAreRejected() throws Exception {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(PrintedFigure.class);
    tester.testAllPublicInstanceMethods(PrintedFigure.parse("同比下降38.5%"));
  }
}
