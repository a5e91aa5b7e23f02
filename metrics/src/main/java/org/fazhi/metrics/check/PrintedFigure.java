package org.fazhi.metrics.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fazhi.core.validation.InvalidValueException;

/**
 * A figure as printed in a report: "96.77%", "同比下降38.5%", "增加6.97个百分点", "160余条",
 * "约19.2%", or a dash ("—") for a figure that has no value.
 *
 * <p>{@link #parse(String)} reads the forms found in real Chinese documents, including full-width
 * digits, signs and percent signs ({@code ９６．７７％}), spaces inside numbers ({@code 96. 77 %},
 * {@code 1 234}) and thousands separators ({@code 1,234.5}, {@code 1，234}); it rejects anything
 * ambiguous with a message that quotes the input. The figure keeps its style (direction word,
 * unit, count word, approximation word, a leading 同比 or 环比) so that a corrected figure can be
 * {@linkplain #restyle(BigDecimal) printed the same way}. {@link #toString()} prints the canonical
 * text, which {@link #parse(String)} reads back to an equal figure.
 *
 * <p>Equality is by value and style: the signed value with its scale ({@code 96.70%} differs from
 * {@code 96.7%}), the unit, the approximation and its word, the direction, count and comparison
 * words, and an explicit plus sign. The original text is not compared: {@code ９６.７７％} equals
 * {@code 96.77%}. All dashes are equal.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PrintedFigure {

  /** The longest text accepted. */
  public static final int MAX_LENGTH = 200;

  /** The most significant digits, and the most decimal places, a printed number may have. */
  public static final int MAX_DIGITS = 40;

  private static final String FIELD = "PrintedFigure";

  private static final String CANONICAL_DASH = "—";

  /** Direction words that say the value went up, each with the word that says it went down. */
  private static final ImmutableMap<String, String> RISING =
      ImmutableMap.<String, String>builder()
          .put("增长", "下降")
          .put("增加", "减少")
          .put("提高", "降低")
          .put("上升", "下降")
          .put("提升", "下降")
          .put("上涨", "下跌")
          .put("回升", "回落")
          .buildOrThrow();

  /** Direction words that say the value went down, each with the word that says it went up. */
  private static final ImmutableMap<String, String> FALLING =
      ImmutableMap.<String, String>builder()
          .put("下降", "增长")
          .put("减少", "增加")
          .put("降低", "提高")
          .put("下滑", "上升")
          .put("回落", "回升")
          .put("下跌", "上涨")
          .buildOrThrow();

  /** Direction words of a growth rate that read wrongly before 个百分点, with the word to use. */
  private static final ImmutableMap<String, String> POINTS_WORD =
      ImmutableMap.of("增长", "增加", "上涨", "上升", "下跌", "下降");

  /** Falling words whose rising partner reads wrongly before 个百分点, with the word to use. */
  private static final ImmutableMap<String, String> POINTS_WORD_AFTER_FALL =
      ImmutableMap.of("下降", "上升", "下跌", "上升");

  private static final ImmutableList<String> DIRECTION_WORDS =
      longestFirst(ImmutableList.<String>builder()
          .addAll(RISING.keySet()).addAll(FALLING.keySet()).build());

  private static final ImmutableList<String> COMPARISON_WORDS = ImmutableList.of("同比", "环比");

  private static final ImmutableList<String> ABOUT_PREFIXES = ImmutableList.of("大约", "约", "近");

  private static final String ABOUT_SUFFIX = "左右";

  private static final ImmutableList<String> MORE_THAN_WORDS = ImmutableList.of("余", "多");

  /** Count words accepted after a plain number, longest first so that 人次 wins over 人. */
  private static final ImmutableList<String> UNIT_WORDS =
      longestFirst(ImmutableList.of(
          "项", "件", "条", "次", "人次", "份", "个", "人", "户", "名", "家", "期", "轮", "轮次",
          "支", "场", "宗", "篇", "册", "本", "类", "批", "起", "处", "所", "位", "套", "台",
          "元", "万元", "亿元", "万", "亿", "万件", "万人", "万户", "万人次", "万条", "万项",
          "天", "日", "个工作日", "小时", "年", "个月"));

  private final String text;
  private final boolean dash;
  private final BigDecimal value;
  private final FigureUnit unit;
  private final Approximation approximation;
  private final String approximationWord;
  private final String directionWord;
  private final String comparisonWord;
  private final String unitWord;
  private final boolean plusSign;

  private PrintedFigure(
      String text, boolean dash, BigDecimal value, FigureUnit unit,
      Approximation approximation, String approximationWord, String directionWord,
      String comparisonWord, String unitWord, boolean plusSign) {
    this.text = text;
    this.dash = dash;
    this.value = value;
    this.unit = unit;
    this.approximation = approximation;
    this.approximationWord = approximationWord;
    this.directionWord = directionWord;
    this.comparisonWord = comparisonWord;
    this.unitWord = unitWord;
    this.plusSign = plusSign;
  }

  private static ImmutableList<String> longestFirst(List<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .collect(ImmutableList.toImmutableList());
  }

  // ------------------------------------------------------------------------------------------
  // Factories

  /**
   * Reads a figure as printed.
   *
   * <p>The accepted form is, in order and each part optional but the number: 同比 or 环比; 约,
   * 大约 or 近; a direction word (增长, 增加, 提高, 上升, 提升, 上涨, 回升, 下降, 减少, 降低, 下滑,
   * 回落, 下跌); a sign ({@code +} or {@code -}, not together with a direction word); the number;
   * 余 or 多; a unit ({@code %}, {@code ‰}, 个百分点); a count word after a plain number (项, 件,
   * 条, 人次, 万元 …); 左右. Only one approximation word may be given. A dash alone ({@code -},
   * {@code —}, {@code ——}, {@code －}) is the figure of an undefined value. Full-width characters
   * are read as their ASCII forms; spaces may stand between the parts, around the decimal point
   * and between groups of three digits; commas may group thousands. Scientific notation is not
   * accepted.
   *
   * @param text the figure as printed, such as {@code "同比下降38.5%"}; not null
   * @return the figure, whose {@link #text()} is {@code text}
   * @throws InvalidValueException naming {@code PrintedFigure}, quoting the text and saying what
   *     is wrong: blank, no number or two numbers, unrecognised text, a direction word with a
   *     sign, a misplaced separator, two decimal points, scientific notation, more than
   *     {@value #MAX_DIGITS} significant digits or decimal places, more than one approximation
   *     word, or more than {@value #MAX_LENGTH} characters
   */
  public static PrintedFigure parse(String text) {
    requireNonNull(text, "text");
    return new Parser(text).parse();
  }

  /**
   * Returns a plain figure in canonical style: no direction, comparison, count or approximation
   * word, a minus sign for a negative value.
   *
   * @param signedValue the value in the printed unit, printed with its own scale (so
   *     {@code 96.70} prints as "96.70%"); a negative scale prints as an integer; not null
   * @param unit the unit; not null
   * @return the figure, whose {@link #text()} is its canonical text
   * @throws InvalidValueException if the value has more than {@value #MAX_DIGITS} significant
   *     digits or decimal places
   */
  public static PrintedFigure of(BigDecimal signedValue, FigureUnit unit) {
    requireNonNull(signedValue, "signedValue");
    requireNonNull(unit, "unit");
    BigDecimal v = signedValue.scale() < 0 ? signedValue.setScale(0) : signedValue;
    checkDigits("PrintedFigure.signedValue", v);
    return canonical(v, unit, Approximation.EXACT, null, null, null, null, false);
  }

  /**
   * Returns the dash printed for a figure that has no value.
   *
   * @return the dash, printed "—"
   */
  public static PrintedFigure dash() {
    return new PrintedFigure(
        CANONICAL_DASH, true, null, FigureUnit.NONE, Approximation.EXACT, null, null, null, null,
        false);
  }

  private static PrintedFigure canonical(
      BigDecimal value, FigureUnit unit, Approximation approximation, String approximationWord,
      String directionWord, String comparisonWord, String unitWord, boolean plusSign) {
    PrintedFigure figure = new PrintedFigure(
        "", false, value, unit, approximation, approximationWord, directionWord, comparisonWord,
        unitWord, plusSign);
    return figure.withText(figure.toString());
  }

  private PrintedFigure withText(String newText) {
    return new PrintedFigure(
        newText, dash, value, unit, approximation, approximationWord, directionWord,
        comparisonWord, unitWord, plusSign);
  }

  private static void checkDigits(String field, BigDecimal v) {
    if (v.scale() > MAX_DIGITS) {
      throw new InvalidValueException(
          field, v.toPlainString(), "must have at most " + MAX_DIGITS + " decimal places");
    }
    if (v.signum() != 0 && v.precision() > MAX_DIGITS) {
      throw new InvalidValueException(
          field, v.toPlainString(), "must have at most " + MAX_DIGITS + " significant digits");
    }
  }

  // ------------------------------------------------------------------------------------------
  // Accessors

  /**
   * Returns the text this figure was read from, or its canonical text if it was made by a
   * factory or by restyling.
   *
   * @return the text; not null
   */
  public String text() {
    return text;
  }

  /**
   * Returns whether the figure is a dash, printed for a value that does not exist.
   *
   * @return true for a dash
   */
  public boolean isDash() {
    return dash;
  }

  /**
   * Returns the value in the printed unit, negative when printed with a minus sign or a falling
   * direction word: "下降38.5%" and "-38.5%" are -38.5, "增长400%" is 400.
   *
   * @return the value with the printed number of decimals, or empty for a dash
   */
  public Optional<BigDecimal> signedValue() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns the number of decimals printed: 2 for "96.70%", 0 for "400%".
   *
   * @return zero or more; zero for a dash
   */
  public int scale() {
    return dash ? 0 : value.scale();
  }

  /**
   * Returns the unit printed after the number.
   *
   * @return the unit; {@link FigureUnit#NONE} for a plain number and for a dash; not null
   */
  public FigureUnit unit() {
    return unit;
  }

  /**
   * Returns whether the figure is marked approximate or a lower bound.
   *
   * @return the approximation; {@link Approximation#EXACT} for a dash; not null
   */
  public Approximation approximation() {
    return approximation;
  }

  /**
   * Returns the word that marks the approximation, as printed.
   *
   * @return 约, 大约, 近, 左右, 余 or 多; empty for an exact figure
   */
  public Optional<String> approximationWord() {
    return Optional.ofNullable(approximationWord);
  }

  /**
   * Returns the direction word, as printed.
   *
   * @return a word such as 增长 or 下降; empty if there is none
   */
  public Optional<String> directionWord() {
    return Optional.ofNullable(directionWord);
  }

  /**
   * Returns the comparison word printed before the figure.
   *
   * @return 同比 or 环比; empty if there is none
   */
  public Optional<String> comparisonWord() {
    return Optional.ofNullable(comparisonWord);
  }

  /**
   * Returns the count word printed after a plain number.
   *
   * @return a word such as 项, 件, 人次 or 万元; empty if there is none
   */
  public Optional<String> unitWord() {
    return Optional.ofNullable(unitWord);
  }

  /**
   * Returns whether the number was printed with an explicit plus sign, as in "+5%".
   *
   * @return true for an explicit plus sign
   */
  public boolean hasPlusSign() {
    return plusSign;
  }

  // ------------------------------------------------------------------------------------------
  // Restyling

  /**
   * Returns another value printed in this figure's style: the same comparison word, unit, count
   * word and approximation word, and the direction word of the same pair that fits the sign of
   * the new value (增长↔下降, 增加↔减少, 提高↔降低, 上升↔下降, 上涨↔下跌, 回升↔回落, 下滑→上升; in
   * percentage points 下降 turns into 上升, not 增长). A zero keeps the direction word. Without a
   * direction word a negative value prints with a minus sign, and a positive one with a plus sign
   * if this figure has one.
   *
   * @param signedValue the value in this figure's unit, with at most {@link #scale()} decimals;
   *     it is printed with exactly {@link #scale()} decimals; not null
   * @return the figure, whose {@link #text()} is its canonical text
   * @throws InvalidValueException if the value has more decimals than {@link #scale()}
   * @throws IllegalStateException if this figure is a dash, which has no style to follow
   */
  public PrintedFigure restyle(BigDecimal signedValue) {
    requireNonNull(signedValue, "signedValue");
    BigDecimal v = atScale(signedValue);
    return canonical(
        v, unit, approximation, approximationWord, directionFor(directionWord, v, unit),
        comparisonWord, unitWord, plusSign && v.signum() >= 0);
  }

  /**
   * Returns a change in percentage points printed in this figure's style, for a change that was
   * printed in "%" but is really a difference of rates: "增长6.97%" becomes "增加6.97个百分点".
   * The comparison and approximation words are kept; the direction word is kept if it reads well
   * before 个百分点 (增长 becomes 增加), and without one the change gets 增加 or 减少.
   *
   * @param signedPoints the change in points, with at most {@link #scale()} decimals; not null
   * @return the figure in {@link FigureUnit#POINTS}, without a count word
   * @throws InvalidValueException if the value has more decimals than {@link #scale()}
   * @throws IllegalStateException if this figure is a dash, which has no style to follow
   */
  public PrintedFigure restyleInPoints(BigDecimal signedPoints) {
    requireNonNull(signedPoints, "signedPoints");
    BigDecimal v = atScale(signedPoints);
    String word = directionWord == null ? "增加" : POINTS_WORD.getOrDefault(directionWord,
        directionWord);
    return canonical(
        v, FigureUnit.POINTS, approximation, approximationWord,
        directionFor(word, v, FigureUnit.POINTS), comparisonWord, null, false);
  }

  /**
   * Returns the figure of a value in this style but without an approximation word: the exact
   * figure that replaces a wrong "160余条" when the value is exactly 170.
   *
   * @param signedValue the value, with at most {@link #scale()} decimals; not null
   * @return the exact figure
   */
  PrintedFigure restyleExact(BigDecimal signedValue) {
    BigDecimal v = atScale(signedValue);
    return canonical(
        v, unit, Approximation.EXACT, null, directionFor(directionWord, v, unit), comparisonWord,
        unitWord, plusSign && v.signum() >= 0);
  }

  private BigDecimal atScale(BigDecimal signedValue) {
    if (dash) {
      throw new IllegalStateException("PrintedFigure \"" + text + "\": a dash has no style");
    }
    try {
      return signedValue.setScale(value.scale(), RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new InvalidValueException(
          "PrintedFigure.restyle.signedValue", signedValue.toPlainString(),
          "must have at most " + value.scale() + " decimal places, as \"" + text + "\" has");
    }
  }

  /**
   * The word of the pair that fits the sign of a value; a change in points that turns from a
   * fall (下降) to a rise reads 上升, not 增长, which is for growth rates.
   */
  private static String directionFor(String word, BigDecimal v, FigureUnit unit) {
    if (word == null || v.signum() == 0) {
      return word;
    }
    boolean rising = RISING.containsKey(word);
    if (v.signum() > 0) {
      String up = rising ? word : FALLING.get(word);
      return unit == FigureUnit.POINTS && !rising ? POINTS_WORD_AFTER_FALL.getOrDefault(word, up)
          : up;
    }
    return rising ? RISING.get(word) : word;
  }

  // ------------------------------------------------------------------------------------------
  // Object

  /**
   * Returns whether another object is a figure of the same value and style.
   *
   * @param obj the object; may be null
   * @return true if {@code obj} is a figure equal in value, scale, unit, approximation and words
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof PrintedFigure other
        && dash == other.dash
        && Objects.equals(value, other.value)
        && unit == other.unit
        && approximation == other.approximation
        && Objects.equals(approximationWord, other.approximationWord)
        && Objects.equals(directionWord, other.directionWord)
        && Objects.equals(comparisonWord, other.comparisonWord)
        && Objects.equals(unitWord, other.unitWord)
        && plusSign == other.plusSign;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        dash, value, unit, approximation, approximationWord, directionWord, comparisonWord,
        unitWord, plusSign);
  }

  /**
   * Prints the figure in canonical form, which {@link #parse(String)} reads back to an equal
   * figure: the comparison word, the direction word, a prefix approximation word, the sign, the
   * number in ASCII digits without grouping, 余 or 多, the unit, the count word, 左右. A dash
   * prints as "—".
   *
   * @return the canonical text, such as {@code "同比下降38.5%"}; not null
   */
  @Override
  public String toString() {
    if (dash) {
      return CANONICAL_DASH;
    }
    StringBuilder out = new StringBuilder();
    if (comparisonWord != null) {
      out.append(comparisonWord);
    }
    if (directionWord != null) {
      out.append(directionWord);
    }
    boolean prefix = approximationWord != null && ABOUT_PREFIXES.contains(approximationWord);
    if (prefix) {
      out.append(approximationWord);
    }
    if (directionWord == null) {
      if (value.signum() < 0) {
        out.append('-');
      } else if (plusSign) {
        out.append('+');
      }
    }
    out.append(value.abs().toPlainString());
    if (approximation == Approximation.MORE_THAN) {
      out.append(approximationWord);
    }
    out.append(unit.symbol());
    if (unitWord != null) {
      out.append(unitWord);
    }
    if (ABOUT_SUFFIX.equals(approximationWord)) {
      out.append(ABOUT_SUFFIX);
    }
    return out.toString();
  }

  // ------------------------------------------------------------------------------------------
  // Parsing

  /** A one-use reader of one text. */
  private static final class Parser {

    private final String original;
    private final String s;
    private int pos;

    Parser(String original) {
      this.original = original;
      this.s = normalize(original).strip();
    }

    private InvalidValueException fail(String rule) {
      return new InvalidValueException(FIELD, "\"" + original + "\"", rule);
    }

    PrintedFigure parse() {
      if (original.length() > MAX_LENGTH) {
        throw fail("must be at most " + MAX_LENGTH + " characters long");
      }
      if (s.isEmpty()) {
        throw fail("must not be blank");
      }
      if (isDash(s)) {
        return new PrintedFigure(
            original, true, null, FigureUnit.NONE, Approximation.EXACT, null, null, null, null,
            false);
      }
      String comparison = take(COMPARISON_WORDS);
      String about = take(ABOUT_PREFIXES);
      String direction = take(DIRECTION_WORDS);
      if (about == null) {
        about = take(ABOUT_PREFIXES);
      }
      char sign = 0;
      if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
        sign = s.charAt(pos);
        pos++;
        skipSpaces();
        if (direction != null) {
          throw fail("a direction word and a sign cannot both be given");
        }
      }
      if (pos >= s.length()) {
        throw fail("must contain a number");
      }
      char c = s.charAt(pos);
      if (c == '.') {
        throw fail("must have a digit before the decimal point");
      }
      if (!isDigit(c)) {
        if (s.chars().anyMatch(Parser::isDigit)) {
          throw fail("has unrecognised text \"" + s.substring(pos) + "\"");
        }
        throw fail("must contain a number, optionally with a direction word (增长, 下降 …), a "
            + "unit (%, ‰, 个百分点) and a count word (件, 项 …), or be a dash");
      }
      BigDecimal magnitude = number();
      if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
        throw fail("must not use scientific notation");
      }
      skipSpaces();
      Approximation approximation = about == null ? Approximation.EXACT : Approximation.ABOUT;
      String approximationWord = about;
      String more = take(MORE_THAN_WORDS);
      if (more != null) {
        if (approximationWord != null) {
          throw fail("must give only one approximation word (约, 左右, 余 …)");
        }
        approximation = Approximation.MORE_THAN;
        approximationWord = more;
      }
      FigureUnit unit = unit();
      String unitWord = unit == FigureUnit.NONE ? take(UNIT_WORDS) : null;
      if (s.startsWith(ABOUT_SUFFIX, pos)) {
        if (approximationWord != null) {
          throw fail("must give only one approximation word (约, 左右, 余 …)");
        }
        pos += ABOUT_SUFFIX.length();
        skipSpaces();
        approximation = Approximation.ABOUT;
        approximationWord = ABOUT_SUFFIX;
      }
      if (pos < s.length()) {
        String rest = s.substring(pos);
        if (rest.chars().anyMatch(Parser::isDigit)) {
          throw fail("must contain one number, not two");
        }
        throw fail("has unrecognised text \"" + rest + "\"");
      }
      boolean falling = direction != null && FALLING.containsKey(direction);
      BigDecimal value = falling || sign == '-' ? magnitude.negate() : magnitude;
      return new PrintedFigure(
          original, false, value, unit, approximation, approximationWord, direction, comparison,
          unitWord, sign == '+');
    }

    private static boolean isDash(String t) {
      if (t.length() > 2) {
        return false;
      }
      return t.chars().allMatch(ch -> ch == '-' || (ch >= '\u2012' && ch <= '\u2015'));
    }

    private static boolean isDigit(int c) {
      return c >= '0' && c <= '9';
    }

    private void skipSpaces() {
      while (pos < s.length() && s.charAt(pos) == ' ') {
        pos++;
      }
    }

    /** Takes the first of the words that starts at the position, and the spaces after it. */
    private String take(List<String> words) {
      for (String word : words) {
        if (s.startsWith(word, pos)) {
          pos += word.length();
          skipSpaces();
          return word;
        }
      }
      return null;
    }

    private FigureUnit unit() {
      FigureUnit unit = FigureUnit.NONE;
      if (s.startsWith("%", pos)) {
        unit = FigureUnit.PERCENT;
        pos += 1;
      } else if (s.startsWith("‰", pos)) {
        unit = FigureUnit.PER_MILLE;
        pos += 1;
      } else if (s.startsWith("个百分点", pos)) {
        unit = FigureUnit.POINTS;
        pos += "个百分点".length();
      } else if (s.startsWith("百分点", pos)) {
        unit = FigureUnit.POINTS;
        pos += "百分点".length();
      }
      skipSpaces();
      return unit;
    }

    /** Reads the number at the position: digits, grouping commas or spaces, one point. */
    private BigDecimal number() {
      int start = pos;
      int end = pos;
      while (end < s.length()) {
        char ch = s.charAt(end);
        if (isDigit(ch) || ch == '.' || ch == ',' || ch == ' ') {
          end++;
        } else {
          break;
        }
      }
      while (end > start && s.charAt(end - 1) == ' ') {
        end--;
      }
      pos = end;
      // Spaces beside the point belong to the point: "96. 77".
      String region = s.substring(start, end).replaceAll(" *\\. *", ".");
      if (region.indexOf('.') != region.lastIndexOf('.')) {
        throw fail(region.contains(" ") ? "must contain one number, not two"
            : "must not have two decimal points");
      }
      String[] chunks = region.split(" +");
      if (chunks.length > 1 && !spaceGrouped(chunks)) {
        throw fail("must contain one number, not two");
      }
      String joined = String.join("", chunks);
      int point = joined.indexOf('.');
      String integer = point < 0 ? joined : joined.substring(0, point);
      String fraction = point < 0 ? "" : joined.substring(point + 1);
      if (point >= 0 && fraction.isEmpty()) {
        throw fail("must have a digit after the decimal point");
      }
      if (fraction.indexOf(',') >= 0 || !commaGrouped(integer)) {
        throw fail("has a misplaced thousands separator");
      }
      String digits = integer.replace(",", "") + fraction;
      if (fraction.length() > MAX_DIGITS) {
        throw fail("must have at most " + MAX_DIGITS + " decimal places");
      }
      String significant = digits.replaceFirst("^0+", "");
      if (significant.length() > MAX_DIGITS) {
        throw fail("must have at most " + MAX_DIGITS + " significant digits");
      }
      return new BigDecimal(new BigInteger(digits), fraction.length());
    }

    /** Whether space-separated chunks are one number grouped by threes: "1 234 567.5". */
    private static boolean spaceGrouped(String[] chunks) {
      if (!chunks[0].matches("[0-9]{1,3}")) {
        return false;
      }
      for (int i = 1; i < chunks.length; i++) {
        boolean last = i == chunks.length - 1;
        if (!chunks[i].matches(last ? "[0-9]{3}(\\.[0-9]+)?" : "[0-9]{3}")) {
          return false;
        }
      }
      return true;
    }

    /** Whether the integer part is digits, or groups of three after one to three digits. */
    private static boolean commaGrouped(String integer) {
      return integer.indexOf(',') < 0 || integer.matches("[0-9]{1,3}(,[0-9]{3})+");
    }

    /** Full-width forms to ASCII, and the other spaces and signs to their plain forms. */
    private static String normalize(String text) {
      StringBuilder out = new StringBuilder(text.length());
      text.codePoints().forEach(cp -> {
        if (cp >= 0xFF01 && cp <= 0xFF5E) {
          out.append((char) (cp - 0xFEE0));
        } else if (cp == 0x3000 || cp == 0x00A0 || cp == 0x2009 || cp == 0x202F
            || cp == '\t') {
          out.append(' ');
        } else if (cp == 0xFE6A) {
          out.append('%');
        } else if (cp == 0x2212) {
          out.append('-');
        } else {
          out.appendCodePoint(cp);
        }
      });
      return out.toString();
    }
  }
}
