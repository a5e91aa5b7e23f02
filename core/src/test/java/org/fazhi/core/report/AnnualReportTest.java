package org.fazhi.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.fazhi.core.testing.InvalidValues.assertInvalid;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.stream.Stream;
import org.fazhi.core.unit.UnitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link AnnualReport}. */
class AnnualReportTest {

  private static final UnitCode JINGYUAN = UnitCode.parse("640424");
  private static final UnitCode SFJ = UnitCode.parse("640424-SFJ");

  /** Builds a report from every attribute; the dates may be null. */
  private static AnnualReport report(
      UnitCode unit, int year, LocalDate submitted, LocalDate published) {
    return AnnualReport.builder()
        .unit(unit)
        .year(year)
        .submittedDate(Optional.ofNullable(submitted))
        .publishedDate(Optional.ofNullable(published))
        .build();
  }

  //-----------------------------------------------------------------------
  // constants
  //-----------------------------------------------------------------------
  @Test
  void deadlines() {
    assertThat(AnnualReport.SUBMISSION_DEADLINE).isEqualTo(MonthDay.of(3, 1));
    assertThat(AnnualReport.PUBLICATION_DEADLINE).isEqualTo(MonthDay.of(4, 1));
  }

  //-----------------------------------------------------------------------
  // builder()
  //-----------------------------------------------------------------------
  @Test
  void builder() {
    AnnualReport report = AnnualReport.builder()
        .unit(JINGYUAN)
        .year(2024)
        .submittedDate(LocalDate.of(2025, 2, 20))
        .publishedDate(LocalDate.of(2025, 3, 28))
        .build();
    assertThat(report.unit()).isEqualTo(JINGYUAN);
    assertThat(report.year()).isEqualTo(2024);
    assertThat(report.submittedDate()).contains(LocalDate.of(2025, 2, 20));
    assertThat(report.publishedDate()).contains(LocalDate.of(2025, 3, 28));
  }

  @Test
  void builder_notYetSubmitted() {
    AnnualReport report = AnnualReport.builder().unit(JINGYUAN).year(2024).build();
    assertThat(report.submittedDate()).isEmpty();
    assertThat(report.publishedDate()).isEmpty();
    assertThat(report.isSubmittedOnTime()).isFalse();
    assertThat(report.isPublishedOnTime()).isFalse();
  }

  @Test
  void builder_missingAttributes() {
    assertThatIllegalStateException()
        .isThrownBy(() -> AnnualReport.builder().build())
        .withMessageContaining("[unit, year]");
  }

  @Test
  void builder_nulls() {
    assertThatNullPointerException().isThrownBy(() -> AnnualReport.builder().unit(null))
        .withMessage("unit");
    assertThatNullPointerException()
        .isThrownBy(() -> AnnualReport.builder().submittedDate((LocalDate) null))
        .withMessage("submittedDate");
    assertThatNullPointerException()
        .isThrownBy(() -> AnnualReport.builder().publishedDate((LocalDate) null))
        .withMessage("publishedDate");
    new NullPointerTester().testAllPublicStaticMethods(AnnualReport.class);
    new NullPointerTester().testAllPublicInstanceMethods(AnnualReport.builder());
  }

  //-----------------------------------------------------------------------
  // validation
  //-----------------------------------------------------------------------
  @Test
  void build_onTheFirstDayOfTheYearReported() {
    LocalDate first = LocalDate.of(2024, 1, 1);
    assertThat(report(JINGYUAN, 2024, first, first).submittedDate()).contains(first);
  }

  @ParameterizedTest
  @ValueSource(ints = {1949, 2024, 9999})
  void build_yearInRange(int year) {
    assertThat(report(JINGYUAN, year, null, null).year()).isEqualTo(year);
  }

  @ParameterizedTest
  @ValueSource(ints = {1948, 0, -5, 10000, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void build_yearOutOfRange(int year) {
    assertInvalid(() -> report(JINGYUAN, year, null, null),
        "AnnualReport.year = " + year + ": must be from 1949 to 9999");
  }

  @Test
  void build_submittedBeforeTheYearReported() {
    assertInvalid(() -> report(JINGYUAN, 2024, LocalDate.of(2023, 12, 31), null),
        "AnnualReport.submittedDate = 2023-12-31: must not be before the year reported"
            + " (2024-01-01)");
  }

  @Test
  void build_publishedBeforeTheYearReported() {
    assertInvalid(() -> report(JINGYUAN, 2024, null, LocalDate.of(2023, 12, 31)),
        "AnnualReport.publishedDate = 2023-12-31: must not be before the year reported"
            + " (2024-01-01)");
  }

  //-----------------------------------------------------------------------
  // publicationDeadline()
  //-----------------------------------------------------------------------
  @ParameterizedTest
  @ValueSource(ints = {2019, 2023, 2024, 2099})
  void publicationDeadline_firstOfAprilNextYear(int year) {
    assertThat(report(JINGYUAN, year, null, null).publicationDeadline())
        .isEqualTo(LocalDate.of(year + 1, 4, 1));
  }

  //-----------------------------------------------------------------------
  // isSubmittedOnTime()
  //-----------------------------------------------------------------------
  static Stream<Arguments> submissions() {
    return Stream.of(
        arguments(LocalDate.of(2024, 12, 31), true),
        arguments(LocalDate.of(2025, 2, 28), true),
        arguments(LocalDate.of(2025, 3, 1), true), // the deadline itself
        arguments(LocalDate.of(2025, 3, 2), false),
        arguments(LocalDate.of(2026, 1, 1), false));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("submissions")
  void isSubmittedOnTime(LocalDate submitted, boolean onTime) {
    AnnualReport report = report(JINGYUAN, 2024, submitted, null);
    assertThat(report.isSubmittedOnTime()).isEqualTo(onTime);
    assertThat(report.isPublishedOnTime()).isFalse();
  }

  @Test
  void isSubmittedOnTime_afterALeapDay() {
    // 2023's report is due by 1 March 2024, the day after 29 February
    assertThat(report(SFJ, 2023, LocalDate.of(2024, 2, 29), null).isSubmittedOnTime()).isTrue();
    assertThat(report(SFJ, 2023, LocalDate.of(2024, 3, 1), null).isSubmittedOnTime()).isTrue();
    assertThat(report(SFJ, 2023, LocalDate.of(2024, 3, 2), null).isSubmittedOnTime()).isFalse();
  }

  //-----------------------------------------------------------------------
  // isPublishedOnTime()
  //-----------------------------------------------------------------------
  static Stream<Arguments> publications() {
    return Stream.of(
        arguments(LocalDate.of(2025, 1, 15), true),
        arguments(LocalDate.of(2025, 3, 31), true),
        arguments(LocalDate.of(2025, 4, 1), true), // the deadline itself
        arguments(LocalDate.of(2025, 4, 2), false),
        arguments(LocalDate.of(2025, 12, 31), false));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("publications")
  void isPublishedOnTime(LocalDate published, boolean onTime) {
    AnnualReport report = report(JINGYUAN, 2024, null, published);
    assertThat(report.isPublishedOnTime()).isEqualTo(onTime);
    assertThat(report.isSubmittedOnTime()).isFalse();
  }

  @Test
  void onTime_independentOfEachOther() {
    AnnualReport late =
        report(JINGYUAN, 2024, LocalDate.of(2025, 3, 15), LocalDate.of(2025, 3, 20));
    assertThat(late.isSubmittedOnTime()).isFalse();
    assertThat(late.isPublishedOnTime()).isTrue();
  }

  //-----------------------------------------------------------------------
  // equals(Object), hashCode()
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    LocalDate submitted = LocalDate.of(2025, 2, 20);
    LocalDate published = LocalDate.of(2025, 3, 28);
    new EqualsTester()
        .addEqualityGroup(
            report(JINGYUAN, 2024, submitted, published),
            report(JINGYUAN, 2024, submitted, published))
        .addEqualityGroup(report(SFJ, 2024, submitted, published))
        .addEqualityGroup(report(JINGYUAN, 2023, submitted, published))
        .addEqualityGroup(report(JINGYUAN, 2024, submitted.plusDays(1), published))
        .addEqualityGroup(report(JINGYUAN, 2024, null, published))
        .addEqualityGroup(report(JINGYUAN, 2024, submitted, published.plusDays(1)))
        .addEqualityGroup(report(JINGYUAN, 2024, submitted, null))
        .testEquals();
  }
}
