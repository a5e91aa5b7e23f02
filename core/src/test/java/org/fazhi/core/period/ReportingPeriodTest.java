package org.fazhi.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.fazhi.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link ReportingPeriod} and {@link PeriodKind}. */
class ReportingPeriodTest {

  /** Years at the edges, a leap year, a common year, and a century year that is not leap. */
  private static final int[] YEARS = {1949, 1950, 2000, 2023, 2024, 2100, 9998, 9999};

  /** Every period of every kind in {@link #YEARS}. */
  static Stream<ReportingPeriod> periods() {
    return IntStream.of(YEARS).boxed().flatMap(year -> Stream.of(PeriodKind.values())
        .flatMap(kind -> IntStream.rangeClosed(1, kind.perYear())
            .mapToObj(number -> ReportingPeriod.of(year, kind, number))));
  }

  private static String expectedText(int year, PeriodKind kind, int number) {
    return switch (kind) {
      case YEAR -> Integer.toString(year);
      case HALF -> year + "-H" + number;
      case QUARTER -> year + "-Q" + number;
      case MONTH -> year + "-" + (number < 10 ? "0" : "") + number;
    };
  }

  //-----------------------------------------------------------------------
  // PeriodKind
  //-----------------------------------------------------------------------
  @ParameterizedTest
  @EnumSource(PeriodKind.class)
  void periodKind_periodsMakeAYear(PeriodKind kind) {
    assertThat(kind.perYear() * kind.months()).isEqualTo(12);
  }

  @Test
  void periodKind_values() {
    assertThat(PeriodKind.values())
        .extracting(PeriodKind::perYear)
        .containsExactly(1, 2, 4, 12);
    assertThat(PeriodKind.values())
        .extracting(PeriodKind::months)
        .containsExactly(12, 6, 3, 1);
  }

  //-----------------------------------------------------------------------
  // of(int, PeriodKind, int)
  //-----------------------------------------------------------------------
  @Test
  void of() {
    ReportingPeriod q3 = ReportingPeriod.of(2024, PeriodKind.QUARTER, 3);
    assertThat(q3.year()).isEqualTo(2024);
    assertThat(q3.kind()).isEqualTo(PeriodKind.QUARTER);
    assertThat(q3.number()).isEqualTo(3);
    assertThat(q3.start()).isEqualTo(LocalDate.of(2024, 7, 1));
    assertThat(q3.end()).isEqualTo(LocalDate.of(2024, 9, 30));
    assertThat(q3).hasToString("2024-Q3");
  }

  @Test
  void of_everyPeriod() {
    for (int year : YEARS) {
      for (PeriodKind kind : PeriodKind.values()) {
        for (int number = 1; number <= kind.perYear(); number++) {
          ReportingPeriod period = ReportingPeriod.of(year, kind, number);
          assertThat(period.year()).isEqualTo(year);
          assertThat(period.kind()).isEqualTo(kind);
          assertThat(period.number()).isEqualTo(number);
          assertThat(period.toString()).isEqualTo(expectedText(year, kind, number));
        }
      }
    }
  }

  static Stream<Arguments> badYears() {
    return Stream.of(
        arguments(1948), arguments(0), arguments(-2024), arguments(10000),
        arguments(Integer.MIN_VALUE), arguments(Integer.MAX_VALUE));
  }

  @ParameterizedTest
  @MethodSource("badYears")
  void of_yearOutOfRange(int year) {
    for (PeriodKind kind : PeriodKind.values()) {
      assertThatExceptionOfType(InvalidValueException.class)
          .isThrownBy(() -> ReportingPeriod.of(year, kind, 1))
          .withMessage("ReportingPeriod.year = " + year + ": must be from 1949 to 9999")
          .satisfies(ex -> assertThat(ex.field()).isEqualTo("ReportingPeriod.year"));
    }
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> ReportingPeriod.year(year))
        .withMessage("ReportingPeriod.year = " + year + ": must be from 1949 to 9999");
  }

  @ParameterizedTest
  @EnumSource(PeriodKind.class)
  void of_numberOutOfRange(PeriodKind kind) {
    for (int number : new int[] {0, -1, kind.perYear() + 1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      assertThatExceptionOfType(InvalidValueException.class)
          .isThrownBy(() -> ReportingPeriod.of(2024, kind, number))
          .withMessage("ReportingPeriod.number = " + number + ": must be from 1 to "
              + kind.perYear() + " for " + kind)
          .satisfies(ex -> {
            assertThat(ex.field()).isEqualTo("ReportingPeriod.number");
            assertThat(ex.value()).isEqualTo(Integer.toString(number));
          });
    }
  }

  @Test
  void of_nullKind() {
    assertThatNullPointerException()
        .isThrownBy(() -> ReportingPeriod.of(2024, null, 1))
        .withMessage("kind");
  }

  @Test
  void staticFactories_nulls() {
    new NullPointerTester().testAllPublicStaticMethods(ReportingPeriod.class);
  }

  //-----------------------------------------------------------------------
  // year(int)
  //-----------------------------------------------------------------------
  @Test
  void year() {
    assertThat(ReportingPeriod.year(2024)).isEqualTo(ReportingPeriod.of(2024, PeriodKind.YEAR, 1));
    assertThat(ReportingPeriod.year(2024).start()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(ReportingPeriod.year(2024).end()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(ReportingPeriod.year(1949)).hasToString("1949");
    assertThat(ReportingPeriod.year(9999)).hasToString("9999");
  }

  //-----------------------------------------------------------------------
  // containing(LocalDate, PeriodKind)
  //-----------------------------------------------------------------------
  @ParameterizedTest
  @ValueSource(ints = {2023, 2024})
  void containing_everyDayOfTheYear(int year) {
    for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
      for (PeriodKind kind : PeriodKind.values()) {
        ReportingPeriod period = ReportingPeriod.containing(day, kind);
        assertThat(period.kind()).isEqualTo(kind);
        assertThat(period.contains(day)).as("%s contains %s", period, day).isTrue();
        assertThat(period.previous().contains(day)).isFalse();
        assertThat(period.next().contains(day)).isFalse();
      }
      assertThat(ReportingPeriod.containing(day, PeriodKind.MONTH).number())
          .isEqualTo(day.getMonthValue());
    }
  }

  static Stream<Arguments> containing() {
    return Stream.of(
        arguments(LocalDate.of(2024, 1, 1), PeriodKind.HALF, "2024-H1"),
        arguments(LocalDate.of(2024, 6, 30), PeriodKind.HALF, "2024-H1"),
        arguments(LocalDate.of(2024, 7, 1), PeriodKind.HALF, "2024-H2"),
        arguments(LocalDate.of(2024, 3, 31), PeriodKind.QUARTER, "2024-Q1"),
        arguments(LocalDate.of(2024, 4, 1), PeriodKind.QUARTER, "2024-Q2"),
        arguments(LocalDate.of(2024, 9, 30), PeriodKind.QUARTER, "2024-Q3"),
        arguments(LocalDate.of(2024, 10, 1), PeriodKind.QUARTER, "2024-Q4"),
        arguments(LocalDate.of(2024, 2, 29), PeriodKind.MONTH, "2024-02"),
        arguments(LocalDate.of(2024, 12, 31), PeriodKind.MONTH, "2024-12"),
        arguments(LocalDate.of(2024, 12, 31), PeriodKind.YEAR, "2024"));
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @MethodSource("containing")
  void containing(LocalDate date, PeriodKind kind, String expected) {
    assertThat(ReportingPeriod.containing(date, kind)).hasToString(expected);
  }

  @Test
  void containing_yearOutOfRange() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> ReportingPeriod.containing(LocalDate.of(1948, 12, 31), PeriodKind.MONTH))
        .withMessage("ReportingPeriod.year = 1948: must be from 1949 to 9999");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> ReportingPeriod.containing(LocalDate.of(10000, 1, 1), PeriodKind.YEAR))
        .withMessage("ReportingPeriod.year = 10000: must be from 1949 to 9999");
  }

  @Test
  void containing_nulls() {
    assertThatNullPointerException()
        .isThrownBy(() -> ReportingPeriod.containing(null, PeriodKind.YEAR))
        .withMessage("date");
    assertThatNullPointerException()
        .isThrownBy(() -> ReportingPeriod.containing(LocalDate.of(2024, 1, 1), null))
        .withMessage("kind");
  }

  //-----------------------------------------------------------------------
  // parse(String), toString()
  //-----------------------------------------------------------------------
  @ParameterizedTest(name = "{0}")
  @MethodSource("periods")
  void parse_roundTrip(ReportingPeriod period) {
    assertThat(ReportingPeriod.parse(period.toString())).isEqualTo(period);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("periods")
  void toString_roundTrip(ReportingPeriod period) {
    String text = period.toString();
    assertThat(text).matches("\\d{4}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?");
    assertThat(ReportingPeriod.parse(text).toString()).isEqualTo(text);
  }

  static Stream<Arguments> parse() {
    return Stream.of(
        arguments("2024", 2024, PeriodKind.YEAR, 1),
        arguments("2024-H1", 2024, PeriodKind.HALF, 1),
        arguments("2024-H2", 2024, PeriodKind.HALF, 2),
        arguments("2024-Q3", 2024, PeriodKind.QUARTER, 3),
        arguments("2024-07", 2024, PeriodKind.MONTH, 7),
        arguments("2024-10", 2024, PeriodKind.MONTH, 10),
        arguments("1949-01", 1949, PeriodKind.MONTH, 1),
        arguments("9999-12", 9999, PeriodKind.MONTH, 12));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parse")
  void parse(String text, int year, PeriodKind kind, int number) {
    assertThat(ReportingPeriod.parse(text)).isEqualTo(ReportingPeriod.of(year, kind, number));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {
      "", "24", "202", "20244", "2024-", "2024-H", "2024-H0", "2024-H3", "2024-Q0", "2024-Q5",
      "2024-00", "2024-13", "2024-7", "2024-007", "2024-h1", "2024-q1", "2024H1", "2024/07",
      "2024-M07", " 2024", "2024 ", "2024-Q1 ", "+2024", "-2024", "２０２４", "2024年", "2024-Q1-07"})
  void parse_badFormat(String text) {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> ReportingPeriod.parse(text))
        .withMessage(
            "ReportingPeriod = \"" + text + "\": must be YYYY, YYYY-H1, YYYY-Q3 or YYYY-MM")
        .satisfies(ex -> {
          assertThat(ex.field()).isEqualTo("ReportingPeriod");
          assertThat(ex.value()).isEqualTo("\"" + text + "\"");
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"1948", "0000", "1000-H1", "1948-Q4", "1948-12"})
  void parse_yearOutOfRange(String text) {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> ReportingPeriod.parse(text))
        .withMessage("ReportingPeriod.year = " + Integer.parseInt(text.substring(0, 4))
            + ": must be from 1949 to 9999");
  }

  @Test
  void parse_null() {
    assertThatNullPointerException().isThrownBy(() -> ReportingPeriod.parse(null))
        .withMessage("text");
  }

  //-----------------------------------------------------------------------
  // start(), end(), contains(LocalDate)
  //-----------------------------------------------------------------------
  @ParameterizedTest(name = "{0}")
  @MethodSource("periods")
  void startAndEnd(ReportingPeriod period) {
    int firstMonth = (period.number() - 1) * period.kind().months() + 1;
    YearMonth first = YearMonth.of(period.year(), firstMonth);
    YearMonth last = first.plusMonths(period.kind().months() - 1);
    assertThat(period.start()).isEqualTo(first.atDay(1));
    assertThat(period.end()).isEqualTo(last.atEndOfMonth());
    assertThat(period.contains(period.start())).isTrue();
    assertThat(period.contains(period.end())).isTrue();
    assertThat(period.contains(period.start().minusDays(1))).isFalse();
    if (period.end().getYear() < 9999 || period.end().getMonthValue() < 12) {
      assertThat(period.contains(period.end().plusDays(1))).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {2023, 2024, 2100})
  void contains_everyMonthBoundary(int year) {
    for (int month = 1; month <= 12; month++) {
      YearMonth ym = YearMonth.of(year, month);
      ReportingPeriod period = ReportingPeriod.of(year, PeriodKind.MONTH, month);
      assertThat(period.start()).isEqualTo(ym.atDay(1));
      assertThat(period.end()).isEqualTo(ym.atEndOfMonth());
      assertThat(period.contains(ym.atDay(1))).isTrue();
      assertThat(period.contains(ym.atEndOfMonth())).isTrue();
      assertThat(period.contains(ym.atDay(1).minusDays(1))).isFalse();
      assertThat(period.contains(ym.atEndOfMonth().plusDays(1))).isFalse();
      for (PeriodKind kind : PeriodKind.values()) {
        // the period of each kind containing the month contains all of it
        ReportingPeriod outer = ReportingPeriod.containing(ym.atDay(1), kind);
        assertThat(outer.contains(ym.atDay(1))).isTrue();
        assertThat(outer.contains(ym.atEndOfMonth())).isTrue();
        assertThat(ReportingPeriod.containing(ym.atEndOfMonth(), kind)).isEqualTo(outer);
        assertThat(outer.start().getDayOfMonth()).isEqualTo(1);
        assertThat(outer.end().plusDays(1).getDayOfMonth()).isEqualTo(1);
      }
    }
    assertThat(ReportingPeriod.of(year, PeriodKind.MONTH, 2).end().getDayOfMonth())
        .isEqualTo(year == 2024 ? 29 : 28);
  }

  @Test
  void contains_null() {
    assertThatNullPointerException()
        .isThrownBy(() -> ReportingPeriod.year(2024).contains(null))
        .withMessage("date");
  }

  //-----------------------------------------------------------------------
  // sameTimeLastYear(), previous(), next()
  //-----------------------------------------------------------------------
  @ParameterizedTest(name = "{0}")
  @MethodSource("periods")
  void sameTimeLastYear(ReportingPeriod period) {
    if (period.year() == ReportingPeriod.MIN_YEAR) {
      assertThatExceptionOfType(InvalidValueException.class)
          .isThrownBy(period::sameTimeLastYear)
          .withMessage("ReportingPeriod.year = 1948: must be from 1949 to 9999");
      return;
    }
    ReportingPeriod last = period.sameTimeLastYear();
    assertThat(last.year()).isEqualTo(period.year() - 1);
    assertThat(last.kind()).isEqualTo(period.kind());
    assertThat(last.number()).isEqualTo(period.number());
    assertThat(last.start()).isEqualTo(period.start().minusYears(1));
    ReportingPeriod back = last;
    for (int i = 0; i < period.kind().perYear(); i++) {
      back = back.next();
    }
    assertThat(back).as("a year of next() from %s", last).isEqualTo(period);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("periods")
  void previousAndNext_inverse(ReportingPeriod period) {
    boolean first = period.year() == ReportingPeriod.MIN_YEAR && period.number() == 1;
    boolean last = period.year() == ReportingPeriod.MAX_YEAR
        && period.number() == period.kind().perYear();
    if (first) {
      assertThatExceptionOfType(InvalidValueException.class)
          .isThrownBy(period::previous)
          .withMessage("ReportingPeriod.year = 1948: must be from 1949 to 9999");
    } else {
      assertThat(period.previous().next()).isEqualTo(period);
      assertThat(period.previous().end().plusDays(1)).isEqualTo(period.start());
      assertThat(period.previous().kind()).isEqualTo(period.kind());
    }
    if (last) {
      assertThatExceptionOfType(InvalidValueException.class)
          .isThrownBy(period::next)
          .withMessage("ReportingPeriod.year = 10000: must be from 1949 to 9999");
    } else {
      assertThat(period.next().previous()).isEqualTo(period);
      assertThat(period.next().start()).isEqualTo(period.end().plusDays(1));
      assertThat(period.next().kind()).isEqualTo(period.kind());
    }
  }

  @ParameterizedTest
  @EnumSource(PeriodKind.class)
  void next_walksTheCalendarWithoutGaps(PeriodKind kind) {
    ReportingPeriod period = ReportingPeriod.of(2022, kind, 1);
    LocalDate day = period.start();
    for (int i = 0; i < 3 * kind.perYear(); i++) {
      assertThat(period.start()).isEqualTo(day);
      day = period.end().plusDays(1);
      ReportingPeriod next = period.next();
      assertThat(next).isGreaterThan(period);
      period = next;
    }
    assertThat(period).isEqualTo(ReportingPeriod.of(2025, kind, 1));
    for (int i = 0; i < 3 * kind.perYear(); i++) {
      period = period.previous();
    }
    assertThat(period).isEqualTo(ReportingPeriod.of(2022, kind, 1));
  }

  @Test
  void previousAndNext_acrossTheYear() {
    assertThat(ReportingPeriod.parse("2024-Q1").previous()).hasToString("2023-Q4");
    assertThat(ReportingPeriod.parse("2023-Q4").next()).hasToString("2024-Q1");
    assertThat(ReportingPeriod.parse("2024-01").previous()).hasToString("2023-12");
    assertThat(ReportingPeriod.parse("2024-H1").previous()).hasToString("2023-H2");
    assertThat(ReportingPeriod.parse("2024").previous()).hasToString("2023");
    assertThat(ReportingPeriod.parse("2024").next()).hasToString("2025");
    assertThat(ReportingPeriod.parse("2024-Q3").sameTimeLastYear()).hasToString("2023-Q3");
  }

  //-----------------------------------------------------------------------
  // compareTo(ReportingPeriod)
  //-----------------------------------------------------------------------
  @Test
  void compareTo_byStartThenEnd() {
    List<ReportingPeriod> ordered = Stream.of(
            "2023", "2023-Q4", "2023-12",
            "2024-01", "2024-Q1", "2024-H1", "2024", "2024-02", "2024-03", "2024-04", "2024-Q2",
            "2024-05", "2024-06", "2024-07", "2024-Q3", "2024-H2", "2024-08", "2024-12",
            "2025-01")
        .map(ReportingPeriod::parse)
        .toList();
    for (int seed = 0; seed < 10; seed++) {
      List<ReportingPeriod> shuffled = new ArrayList<>(ordered);
      Collections.shuffle(shuffled, new Random(seed));
      Collections.sort(shuffled);
      assertThat(shuffled).containsExactlyElementsOf(ordered);
    }
  }

  @Test
  void compareTo_consistentWithEquals() {
    List<ReportingPeriod> all = periods().filter(p -> p.year() == 2024 || p.year() == 2023)
        .toList();
    for (ReportingPeriod a : all) {
      for (ReportingPeriod b : all) {
        assertThat(a.compareTo(b) == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      }
    }
  }

  //-----------------------------------------------------------------------
  // equals(Object), hashCode()
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            ReportingPeriod.of(2024, PeriodKind.QUARTER, 3),
            ReportingPeriod.parse("2024-Q3"),
            ReportingPeriod.containing(LocalDate.of(2024, 8, 15), PeriodKind.QUARTER))
        .addEqualityGroup(ReportingPeriod.of(2023, PeriodKind.QUARTER, 3)) // year
        .addEqualityGroup(ReportingPeriod.of(2024, PeriodKind.MONTH, 3)) // kind
        .addEqualityGroup(ReportingPeriod.of(2024, PeriodKind.QUARTER, 2)) // number
        .addEqualityGroup(ReportingPeriod.year(2024), ReportingPeriod.parse("2024"))
        .addEqualityGroup(ReportingPeriod.of(2024, PeriodKind.HALF, 1))
        .testEquals();
  }

  @Test
  void hashCode_distinctWithinAYear() {
    assertThat(periods().filter(p -> p.year() == 2024).map(ReportingPeriod::hashCode).distinct())
        .hasSize(19);
  }
}
