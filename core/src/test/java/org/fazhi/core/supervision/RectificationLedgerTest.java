package org.fazhi.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.fazhi.core.testing.InvalidValues.assertInvalid;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.fazhi.core.unit.UnitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests {@link RectificationLedger}. */
class RectificationLedgerTest {

  private static final UnitCode JINGYUAN = UnitCode.parse("640424");
  private static final UnitCode GAJ = UnitCode.parse("640424-GAJ");
  private static final UnitCode JTJ = UnitCode.parse("640424-JTJ");

  private static LocalDate date(int month, int day) {
    return LocalDate.of(2024, month, day);
  }

  private static Inspection inspection(String id, InspectionKind kind, LocalDate start) {
    return Inspection.builder().id(id).kind(kind).organizer(JINGYUAN).startDate(start)
        .endDate(start.plusDays(10)).scope("法治政府建设").build();
  }

  private static RectificationNotice notice(String number, String inspectionId, LocalDate issued) {
    return RectificationNotice.builder().number(number).inspectionId(inspectionId).issuedTo(GAJ)
        .issuedDate(issued).dueDate(issued.plusDays(30)).build();
  }

  private static Finding finding(
      String id, String inspectionId, String notice, LocalDate raised, LocalDate due,
      FindingStatus status, LocalDate rectified) {
    return Finding.builder().id(id).inspectionId(inspectionId)
        .noticeNumber(Optional.ofNullable(notice)).unit(JTJ).problem("问题 " + id)
        .raisedDate(raised).dueDate(due).status(status)
        .rectifiedDate(Optional.ofNullable(rectified)).build();
  }

  private static final Inspection DC1 =
      inspection("DC-1", InspectionKind.RULE_OF_LAW_INSPECTION, date(4, 1));
  private static final Inspection WT1 = inspection("WT-1", InspectionKind.ISSUE_REVIEW, date(6, 1));
  private static final Inspection DC2 =
      inspection("DC-2", InspectionKind.RULE_OF_LAW_INSPECTION, date(9, 1));
  private static final RectificationNotice N1 = notice("N-1", "DC-1", date(4, 10));
  private static final RectificationNotice N2 = notice("N-2", "DC-2", date(9, 10));
  private static final Finding F1 =
      finding("F-1", "DC-1", "N-1", date(4, 10), date(5, 10), FindingStatus.OPEN, null);
  private static final Finding F2 = // fed back on the spot, rectified on time
      finding("F-2", "DC-1", null, date(4, 1), date(4, 30), FindingStatus.RECTIFIED, date(4, 20));
  private static final Finding F3 =
      finding("F-3", "DC-2", "N-2", date(9, 10), date(10, 10), FindingStatus.LONG_TERM, null);
  private static final Finding F4 = // rectified late
      finding("F-4", "WT-1", null, date(6, 1), date(6, 30), FindingStatus.RECTIFIED, date(7, 15));
  private static final Finding F5 =
      finding("F-5", "DC-2", null, date(9, 1), date(10, 10), FindingStatus.OPEN, null);
  private static final Finding F0 =
      finding("F-0", "DC-2", null, date(9, 1), date(10, 10), FindingStatus.OPEN, null);

  private static RectificationLedger ledger(
      List<Inspection> inspections, List<RectificationNotice> notices, List<Finding> findings) {
    return RectificationLedger.builder().addAllInspections(inspections).addAllNotices(notices)
        .addAllFindings(findings).build();
  }

  private static final RectificationLedger LEDGER =
      ledger(List.of(DC1, WT1, DC2), List.of(N1, N2), List.of(F1, F2, F3, F4, F5, F0));

  private static <T> List<T> plus(List<T> list, T element) {
    List<T> result = new ArrayList<>(list);
    result.add(element);
    return result;
  }

  //-----------------------------------------------------------------------
  // builder()
  //-----------------------------------------------------------------------
  @Test
  void builder() {
    assertThat(LEDGER.inspections()).containsExactly(DC1, WT1, DC2);
    assertThat(LEDGER.notices()).containsExactly(N1, N2);
    assertThat(LEDGER.findings()).containsExactly(F1, F2, F3, F4, F5, F0);
    assertThat(LEDGER).hasToString("RectificationLedger (3 inspections, 2 notices, 6 findings)");
  }

  @Test
  void builder_empty() {
    RectificationLedger empty = RectificationLedger.builder().build();
    assertThat(empty.inspections()).isEmpty();
    assertThat(empty.notices()).isEmpty();
    assertThat(empty.findings()).isEmpty();
    assertThat(empty.overdue(date(12, 31))).isEmpty();
  }

  @Test
  void builder_nulls() {
    assertThatNullPointerException()
        .isThrownBy(() -> RectificationLedger.builder().addInspections((Inspection) null));
    assertThatNullPointerException()
        .isThrownBy(() -> RectificationLedger.builder().addNotices((RectificationNotice) null));
    assertThatNullPointerException()
        .isThrownBy(() -> RectificationLedger.builder().addFindings((Finding) null));
    new NullPointerTester().testAllPublicStaticMethods(RectificationLedger.class);
    new NullPointerTester().testAllPublicInstanceMethods(RectificationLedger.builder());
  }

  //-----------------------------------------------------------------------
  // validation
  //-----------------------------------------------------------------------
  private static Arguments invalid(String message, Supplier<RectificationLedger> build) {
    return arguments(message, build);
  }

  static Stream<Arguments> invalid() {
    List<Inspection> inspections = List.of(DC1, WT1, DC2);
    List<RectificationNotice> notices = List.of(N1, N2);
    List<Finding> findings = List.of(F1, F2, F3);
    return Stream.of(
        invalid("RectificationLedger.inspections.id = DC-1: must appear only once",
            () -> ledger(plus(inspections, inspection("DC-1", InspectionKind.CASE_FILE_REVIEW,
                date(5, 1))), notices, findings)),
        invalid("RectificationLedger.notices.number = N-1: must appear only once",
            () -> ledger(inspections, plus(notices, notice("N-1", "DC-2", date(9, 1))),
                findings)),
        invalid("RectificationLedger.findings.id = F-2: must appear only once",
            () -> ledger(inspections, notices, plus(findings, F2))),
        invalid("RectificationNotice.inspectionId = DC-9: must be an inspection of the ledger",
            () -> ledger(inspections, plus(notices, notice("N-3", "DC-9", date(9, 1))),
                findings)),
        invalid("RectificationNotice.issuedDate = 2024-03-31:"
                + " must not be before the start of inspection DC-1 (2024-04-01)",
            () -> ledger(inspections, plus(notices, notice("N-3", "DC-1", date(3, 31))),
                findings)),
        invalid("Finding.inspectionId = DC-9: must be an inspection of the ledger",
            () -> ledger(inspections, notices, plus(findings,
                finding("F-9", "DC-9", null, date(9, 1), date(9, 30), FindingStatus.OPEN, null)))),
        invalid("Finding.raisedDate = 2024-08-31:"
                + " must not be before the start of inspection DC-2 (2024-09-01)",
            () -> ledger(inspections, notices, plus(findings,
                finding("F-9", "DC-2", null, date(8, 31), date(9, 30), FindingStatus.OPEN,
                    null)))),
        invalid("Finding.noticeNumber = N-9: must be a notice of inspection DC-1 (finding F-9)",
            () -> ledger(inspections, notices, plus(findings,
                finding("F-9", "DC-1", "N-9", date(4, 10), date(5, 10), FindingStatus.OPEN,
                    null)))),
        invalid("Finding.noticeNumber = N-2: must be a notice of inspection DC-1 (finding F-9)",
            () -> ledger(inspections, notices, plus(findings,
                finding("F-9", "DC-1", "N-2", date(9, 10), date(10, 10), FindingStatus.OPEN,
                    null)))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void build_invalid(String message, Supplier<RectificationLedger> build) {
    assertInvalid(build::get, message);
  }

  @Test
  void build_onTheFirstDayOfTheInspection() {
    RectificationLedger ledger = ledger(List.of(DC1), List.of(notice("N-1", "DC-1", date(4, 1))),
        List.of(finding("F-1", "DC-1", "N-1", date(4, 1), date(4, 1), FindingStatus.OPEN, null)));
    assertThat(ledger.findings()).hasSize(1);
  }

  //-----------------------------------------------------------------------
  // inspection(String), inspectionsOf(InspectionKind)
  //-----------------------------------------------------------------------
  @Test
  void inspection() {
    assertThat(LEDGER.inspection("DC-2")).containsSame(DC2);
    assertThat(LEDGER.inspection("WT-1")).containsSame(WT1);
    assertThat(LEDGER.inspection("DC-9")).isEmpty();
  }

  @Test
  void inspectionsOf() {
    assertThat(LEDGER.inspectionsOf(InspectionKind.RULE_OF_LAW_INSPECTION))
        .containsExactly(DC1, DC2);
    assertThat(LEDGER.inspectionsOf(InspectionKind.ISSUE_REVIEW)).containsExactly(WT1);
    assertThat(LEDGER.inspectionsOf(InspectionKind.CASE_FILE_REVIEW)).isEmpty();
  }

  //-----------------------------------------------------------------------
  // noticesOf(String)
  //-----------------------------------------------------------------------
  @Test
  void noticesOf() {
    assertThat(LEDGER.noticesOf("DC-1")).containsExactly(N1);
    assertThat(LEDGER.noticesOf("DC-2")).containsExactly(N2);
    assertThat(LEDGER.noticesOf("WT-1")).isEmpty();
    assertThat(LEDGER.noticesOf("DC-9")).isEmpty();
  }

  //-----------------------------------------------------------------------
  // findingsOf(InspectionKind)
  //-----------------------------------------------------------------------
  @Test
  void findingsOf() {
    assertThat(LEDGER.findingsOf(InspectionKind.RULE_OF_LAW_INSPECTION))
        .containsExactly(F1, F2, F3, F5, F0);
    assertThat(LEDGER.findingsOf(InspectionKind.ISSUE_REVIEW)).containsExactly(F4);
    assertThat(LEDGER.findingsOf(InspectionKind.SPECIAL_SUPERVISION)).isEmpty();
  }

  //-----------------------------------------------------------------------
  // overdue(LocalDate)
  //-----------------------------------------------------------------------
  @Test
  void overdue_byDueDateThenId() {
    assertThat(LEDGER.overdue(date(4, 30))).isEmpty();
    assertThat(LEDGER.overdue(date(5, 10))).isEmpty();
    assertThat(LEDGER.overdue(date(5, 11))).containsExactly(F1);
    assertThat(LEDGER.overdue(date(7, 1))).containsExactly(F1, F4);
    assertThat(LEDGER.overdue(date(7, 15))).containsExactly(F1);
    // F-3 is under long-term rectification and never overdue; F-0 sorts before F-5
    assertThat(LEDGER.overdue(date(10, 11))).containsExactly(F1, F0, F5);
  }

  @Test
  void instanceMethods_nulls() {
    assertThatNullPointerException().isThrownBy(() -> LEDGER.overdue(null)).withMessage("asOf");
    assertThatNullPointerException().isThrownBy(() -> LEDGER.inspection(null)).withMessage("id");
    new NullPointerTester().testAllPublicInstanceMethods(LEDGER);
  }

  //-----------------------------------------------------------------------
  // equals(Object), hashCode()
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            LEDGER,
            ledger(List.of(DC1, WT1, DC2), List.of(N1, N2), List.of(F1, F2, F3, F4, F5, F0)))
        .addEqualityGroup(
            ledger(List.of(DC1, DC2, WT1), List.of(N1, N2), List.of(F1, F2, F3, F4, F5, F0)))
        .addEqualityGroup(
            ledger(List.of(DC1, WT1, DC2), List.of(N1), List.of(F2, F4, F5, F0)))
        .addEqualityGroup(
            ledger(List.of(DC1, WT1, DC2), List.of(N1, N2), List.of(F1, F2, F3, F4, F5)))
        .addEqualityGroup(RectificationLedger.builder().build())
        .testEquals();
  }
}
