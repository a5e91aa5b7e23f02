package org.fazhi.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.fazhi.core.testing.InvalidValues.assertInvalid;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.fazhi.core.period.WorkingCalendar;
import org.fazhi.core.unit.UnitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests {@link NormativeDocument}. */
class NormativeDocumentTest {

  private static final UnitCode JINGYUAN = UnitCode.parse("640424");
  private static final UnitCode SFJ = UnitCode.parse("640424-SFJ");
  private static final String NUMBER = "泾政规发〔2024〕1号";
  private static final String TITLE = "泾源县行政规范性文件管理办法";
  private static final LocalDate REVIEWED = LocalDate.of(2024, 5, 20);
  private static final LocalDate ISSUED = LocalDate.of(2024, 6, 1);
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 3);
  private static final LocalDate FILED = LocalDate.of(2024, 6, 20);
  private static final FilingTimeLimit THIRTY_DAYS = FilingTimeLimit.calendarDays(30);

  /** Builds a document from every attribute; all but the title and issuer may be null. */
  private static NormativeDocument document(
      String number, String title, UnitCode issuer, LocalDate reviewed, LocalDate issued,
      LocalDate published, LocalDate filed, ReviewOutcome review) {
    return NormativeDocument.builder()
        .number(Optional.ofNullable(number))
        .title(title)
        .issuer(issuer)
        .legalityReviewedDate(Optional.ofNullable(reviewed))
        .issuedDate(Optional.ofNullable(issued))
        .publishedDate(Optional.ofNullable(published))
        .filedDate(Optional.ofNullable(filed))
        .filingReview(Optional.ofNullable(review))
        .build();
  }

  private static NormativeDocument issued(LocalDate published, LocalDate filed) {
    return document(NUMBER, TITLE, JINGYUAN, REVIEWED, ISSUED, published, filed, null);
  }

  private static NormativeDocument draft() {
    return document(null, TITLE, JINGYUAN, REVIEWED, null, null, null, null);
  }

  //-----------------------------------------------------------------------
  // builder()
  //-----------------------------------------------------------------------
  @Test
  void builder() {
    NormativeDocument document = NormativeDocument.builder()
        .number(NUMBER)
        .title(TITLE)
        .issuer(JINGYUAN)
        .legalityReviewedDate(REVIEWED)
        .issuedDate(ISSUED)
        .publishedDate(PUBLISHED)
        .filedDate(FILED)
        .filingReview(ReviewOutcome.CONFORMING)
        .build();
    assertThat(document.number()).contains(NUMBER);
    assertThat(document.title()).isEqualTo(TITLE);
    assertThat(document.issuer()).isEqualTo(JINGYUAN);
    assertThat(document.legalityReviewedDate()).contains(REVIEWED);
    assertThat(document.issuedDate()).contains(ISSUED);
    assertThat(document.publishedDate()).contains(PUBLISHED);
    assertThat(document.filedDate()).contains(FILED);
    assertThat(document.filingReview()).contains(ReviewOutcome.CONFORMING);
    assertThat(document.isIssued()).isTrue();
    assertThat(document).hasToString("NormativeDocument " + NUMBER + " 《" + TITLE + "》");
  }

  @Test
  void builder_draft() {
    NormativeDocument draft = draft();
    assertThat(draft.number()).isEmpty();
    assertThat(draft.issuedDate()).isEmpty();
    assertThat(draft.publishedDate()).isEmpty();
    assertThat(draft.filedDate()).isEmpty();
    assertThat(draft.filingReview()).isEmpty();
    assertThat(draft.isIssued()).isFalse();
    assertThat(draft).hasToString("NormativeDocument (draft) 《" + TITLE + "》");
  }

  @Test
  void builder_missingAttributes() {
    assertThatIllegalStateException()
        .isThrownBy(() -> NormativeDocument.builder().number(NUMBER).build())
        .withMessageContaining("[title, issuer]");
  }

  static Stream<Arguments> nullAttributes() {
    return Stream.of(
        arguments("number", (Consumer<NormativeDocument.Builder>) b -> b.number((String) null)),
        arguments("title", (Consumer<NormativeDocument.Builder>) b -> b.title(null)),
        arguments("issuer", (Consumer<NormativeDocument.Builder>) b -> b.issuer(null)),
        arguments("legalityReviewedDate", (Consumer<NormativeDocument.Builder>)
            b -> b.legalityReviewedDate((LocalDate) null)),
        arguments("issuedDate",
            (Consumer<NormativeDocument.Builder>) b -> b.issuedDate((LocalDate) null)),
        arguments("publishedDate",
            (Consumer<NormativeDocument.Builder>) b -> b.publishedDate((LocalDate) null)),
        arguments("filedDate",
            (Consumer<NormativeDocument.Builder>) b -> b.filedDate((LocalDate) null)),
        arguments("filingReview",
            (Consumer<NormativeDocument.Builder>) b -> b.filingReview((ReviewOutcome) null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullAttributes")
  void builder_nullAttribute(String attribute, Consumer<NormativeDocument.Builder> setNull) {
    assertThatNullPointerException()
        .isThrownBy(() -> setNull.accept(NormativeDocument.builder()))
        .withMessage(attribute);
  }

  @Test
  void builder_nulls() {
    new NullPointerTester().testAllPublicStaticMethods(NormativeDocument.class);
    new NullPointerTester().testAllPublicInstanceMethods(NormativeDocument.builder());
  }

  //-----------------------------------------------------------------------
  // validation
  //-----------------------------------------------------------------------
  static Stream<Arguments> accepted() {
    return Stream.<Supplier<NormativeDocument>>of(
            () -> document(null, TITLE, JINGYUAN, null, null, null, null, null), // not reviewed
            () -> document(null, TITLE, JINGYUAN, REVIEWED, null, null, null, null), // draft
            () -> document(NUMBER, TITLE, JINGYUAN, REVIEWED, REVIEWED, REVIEWED, REVIEWED,
                ReviewOutcome.CONFORMING), // every step on one day
            () -> document(NUMBER, TITLE, JINGYUAN, REVIEWED, ISSUED, null, FILED,
                ReviewOutcome.NONCONFORMING)) // filed without a recorded publication
        .map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void build_accepted(Supplier<NormativeDocument> build) {
    assertThat(build.get()).isNotNull();
  }

  private static Arguments invalid(String message, Supplier<NormativeDocument> build) {
    return arguments(message, build);
  }

  static Stream<Arguments> invalid() {
    ReviewOutcome ok = ReviewOutcome.CONFORMING;
    return Stream.of(
        invalid("NormativeDocument.title = \" \": must not be blank",
            () -> document(null, " ", JINGYUAN, REVIEWED, null, null, null, null)),
        invalid("NormativeDocument.number = \" \": must not be blank",
            () -> document(" ", TITLE, JINGYUAN, REVIEWED, ISSUED, null, null, null)),
        invalid("NormativeDocument.number = " + NUMBER + ": must be absent unless the document"
                + " is issued",
            () -> document(NUMBER, TITLE, JINGYUAN, REVIEWED, null, null, null, null)),
        invalid("NormativeDocument.number = null: is required when the document is issued",
            () -> document(null, TITLE, JINGYUAN, REVIEWED, ISSUED, null, null, null)),
        invalid("NormativeDocument.publishedDate = 2024-06-03: requires an issuedDate",
            () -> document(null, TITLE, JINGYUAN, REVIEWED, null, PUBLISHED, null, null)),
        invalid("NormativeDocument.publishedDate = 2024-05-31:"
                + " must not be before issuedDate (2024-06-01)",
            () -> document(NUMBER, TITLE, JINGYUAN, REVIEWED, ISSUED, ISSUED.minusDays(1), null,
                null)),
        invalid("NormativeDocument.filedDate = 2024-06-20: requires an issuedDate",
            () -> document(null, TITLE, JINGYUAN, REVIEWED, null, null, FILED, null)),
        invalid("NormativeDocument.filedDate = 2024-05-31:"
                + " must not be before issuedDate (2024-06-01)",
            () -> document(NUMBER, TITLE, JINGYUAN, REVIEWED, ISSUED, null, ISSUED.minusDays(1),
                null)),
        invalid("NormativeDocument.issuedDate = 2024-05-19:"
                + " must not be before legalityReviewedDate (2024-05-20)",
            () -> document(NUMBER, TITLE, JINGYUAN, REVIEWED, REVIEWED.minusDays(1), null, null,
                null)),
        invalid("NormativeDocument.filedDate = 2024-06-02:"
                + " must not be before publishedDate (2024-06-03)",
            () -> document(NUMBER, TITLE, JINGYUAN, REVIEWED, ISSUED, PUBLISHED,
                PUBLISHED.minusDays(1), null)),
        invalid("NormativeDocument.filingReview = CONFORMING: requires a filedDate",
            () -> document(NUMBER, TITLE, JINGYUAN, REVIEWED, ISSUED, PUBLISHED, null, ok)),
        invalid("NormativeDocument.filingReview = NONCONFORMING: requires a filedDate",
            () -> document(null, TITLE, JINGYUAN, REVIEWED, null, null, null,
                ReviewOutcome.NONCONFORMING)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void build_invalid(String message, Supplier<NormativeDocument> build) {
    assertInvalid(build::get, message);
  }

  //-----------------------------------------------------------------------
  // isIssued()
  //-----------------------------------------------------------------------
  @Test
  void isIssued() {
    assertThat(issued(null, null).isIssued()).isTrue();
    assertThat(draft().isIssued()).isFalse();
  }

  //-----------------------------------------------------------------------
  // isFiledWithin(FilingTimeLimit)
  //-----------------------------------------------------------------------
  @Test
  void isFiledWithin_countedFromPublication() {
    // published 2024-06-03: the last day of 30 is 2024-07-03
    assertThat(issued(PUBLISHED, LocalDate.of(2024, 7, 3)).isFiledWithin(THIRTY_DAYS)).isTrue();
    assertThat(issued(PUBLISHED, LocalDate.of(2024, 7, 4)).isFiledWithin(THIRTY_DAYS)).isFalse();
    assertThat(issued(PUBLISHED, PUBLISHED).isFiledWithin(THIRTY_DAYS)).isTrue();
  }

  @Test
  void isFiledWithin_countedFromPublicationNotIssue() {
    // issued 2024-06-01, published 2024-06-10, filed 2024-07-08: late from issue, in time from
    // publication
    NormativeDocument document = document(NUMBER, TITLE, JINGYUAN, REVIEWED, ISSUED,
        LocalDate.of(2024, 6, 10), LocalDate.of(2024, 7, 8), null);
    assertThat(document.isFiledWithin(THIRTY_DAYS)).isTrue();
    assertThat(document.isFiledWithin(FilingTimeLimit.calendarDays(28))).isTrue();
    assertThat(document.isFiledWithin(FilingTimeLimit.calendarDays(27))).isFalse();
  }

  @Test
  void isFiledWithin_countedFromIssueWithoutPublication() {
    // issued 2024-06-01: the last day of 30 is 2024-07-01
    assertThat(issued(null, LocalDate.of(2024, 7, 1)).isFiledWithin(THIRTY_DAYS)).isTrue();
    assertThat(issued(null, LocalDate.of(2024, 7, 2)).isFiledWithin(THIRTY_DAYS)).isFalse();
  }

  @Test
  void isFiledWithin_workingDays() {
    // published on Friday 2024-09-27, before 国庆节; three working days end on 2024-10-08
    WorkingCalendar autumn = WorkingCalendar.of(
        Set.of(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 2),
            LocalDate.of(2024, 10, 3), LocalDate.of(2024, 10, 4), LocalDate.of(2024, 10, 7)),
        Set.of(LocalDate.of(2024, 9, 29), LocalDate.of(2024, 10, 12)));
    FilingTimeLimit threeWorkingDays = FilingTimeLimit.workingDays(3, autumn);
    LocalDate friday = LocalDate.of(2024, 9, 27);
    NormativeDocument inTime = document(NUMBER, TITLE, JINGYUAN, REVIEWED, friday, friday,
        LocalDate.of(2024, 10, 8), null);
    NormativeDocument late = document(NUMBER, TITLE, JINGYUAN, REVIEWED, friday, friday,
        LocalDate.of(2024, 10, 9), null);
    assertThat(inTime.isFiledWithin(threeWorkingDays)).isTrue();
    assertThat(late.isFiledWithin(threeWorkingDays)).isFalse();
    assertThat(inTime.isFiledWithin(
        FilingTimeLimit.workingDays(3, WorkingCalendar.weekendsOnly()))).isFalse();
  }

  @Test
  void isFiledWithin_notFiled() {
    assertThat(issued(PUBLISHED, null).isFiledWithin(THIRTY_DAYS)).isFalse();
    assertThat(issued(null, null).isFiledWithin(THIRTY_DAYS)).isFalse();
    assertThat(draft().isFiledWithin(THIRTY_DAYS)).isFalse();
  }

  @Test
  void isFiledWithin_null() {
    for (NormativeDocument document : List.of(draft(), issued(PUBLISHED, null),
        issued(PUBLISHED, FILED))) {
      assertThatNullPointerException().isThrownBy(() -> document.isFiledWithin(null))
          .withMessage("limit");
      new NullPointerTester()
          .setDefault(FilingTimeLimit.class, THIRTY_DAYS)
          .testAllPublicInstanceMethods(document);
    }
  }

  //-----------------------------------------------------------------------
  // equals(Object), hashCode()
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    ReviewOutcome ok = ReviewOutcome.CONFORMING;
    new EqualsTester()
        .addEqualityGroup(
            document(NUMBER, TITLE, JINGYUAN, REVIEWED, ISSUED, PUBLISHED, FILED, ok),
            document(NUMBER, TITLE, JINGYUAN, REVIEWED, ISSUED, PUBLISHED, FILED, ok))
        .addEqualityGroup(
            document("泾政规发〔2024〕2号", TITLE, JINGYUAN, REVIEWED, ISSUED, PUBLISHED, FILED, ok))
        .addEqualityGroup(
            document(NUMBER, "其他文件", JINGYUAN, REVIEWED, ISSUED, PUBLISHED, FILED, ok))
        .addEqualityGroup(document(NUMBER, TITLE, SFJ, REVIEWED, ISSUED, PUBLISHED, FILED, ok))
        .addEqualityGroup(document(NUMBER, TITLE, JINGYUAN, null, ISSUED, PUBLISHED, FILED, ok))
        .addEqualityGroup(
            document(NUMBER, TITLE, JINGYUAN, REVIEWED.plusDays(1), ISSUED, PUBLISHED, FILED, ok))
        .addEqualityGroup(
            document(NUMBER, TITLE, JINGYUAN, REVIEWED, ISSUED.plusDays(1), PUBLISHED, FILED, ok))
        .addEqualityGroup(document(NUMBER, TITLE, JINGYUAN, REVIEWED, ISSUED, null, FILED, ok))
        .addEqualityGroup(
            document(NUMBER, TITLE, JINGYUAN, REVIEWED, ISSUED, PUBLISHED.plusDays(1), FILED, ok))
        .addEqualityGroup(
            document(NUMBER, TITLE, JINGYUAN, REVIEWED, ISSUED, PUBLISHED, FILED.plusDays(1), ok))
        .addEqualityGroup(document(NUMBER, TITLE, JINGYUAN, REVIEWED, ISSUED, PUBLISHED, FILED,
            ReviewOutcome.NONCONFORMING))
        .addEqualityGroup(
            document(NUMBER, TITLE, JINGYUAN, REVIEWED, ISSUED, PUBLISHED, FILED, null))
        .testEquals();
  }
}
