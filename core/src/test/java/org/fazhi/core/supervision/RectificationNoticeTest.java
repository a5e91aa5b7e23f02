package org.fazhi.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.fazhi.core.testing.InvalidValues.assertInvalid;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.fazhi.core.unit.UnitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests {@link RectificationNotice}. */
class RectificationNoticeTest {

  private static final UnitCode GAJ = UnitCode.parse("640424-GAJ");
  private static final UnitCode JTJ = UnitCode.parse("640424-JTJ");
  private static final String NUMBER = "泾法督通〔2024〕1号";
  private static final LocalDate ISSUED = LocalDate.of(2024, 4, 15);
  private static final LocalDate DUE = LocalDate.of(2024, 5, 15);

  private static RectificationNotice notice(
      String number, String inspectionId, UnitCode to, LocalDate issued, LocalDate due) {
    return RectificationNotice.builder().number(number).inspectionId(inspectionId).issuedTo(to)
        .issuedDate(issued).dueDate(due).build();
  }

  //-----------------------------------------------------------------------
  // builder()
  //-----------------------------------------------------------------------
  @Test
  void builder() {
    RectificationNotice notice = notice(NUMBER, "DC-2024-01", GAJ, ISSUED, DUE);
    assertThat(notice.number()).isEqualTo(NUMBER);
    assertThat(notice.inspectionId()).isEqualTo("DC-2024-01");
    assertThat(notice.issuedTo()).isEqualTo(GAJ);
    assertThat(notice.issuedDate()).isEqualTo(ISSUED);
    assertThat(notice.dueDate()).isEqualTo(DUE);
    assertThat(notice)
        .hasToString("RectificationNotice " + NUMBER + " to 640424-GAJ (due 2024-05-15)");
  }

  @Test
  void builder_missingAttributes() {
    assertThatIllegalStateException()
        .isThrownBy(() -> RectificationNotice.builder().number(NUMBER).build())
        .withMessageContaining("[inspectionId, issuedTo, issuedDate, dueDate]");
  }

  static Stream<Arguments> nullAttributes() {
    return Stream.of(
        arguments("number", (Consumer<RectificationNotice.Builder>) b -> b.number(null)),
        arguments("inspectionId",
            (Consumer<RectificationNotice.Builder>) b -> b.inspectionId(null)),
        arguments("issuedTo", (Consumer<RectificationNotice.Builder>) b -> b.issuedTo(null)),
        arguments("issuedDate", (Consumer<RectificationNotice.Builder>) b -> b.issuedDate(null)),
        arguments("dueDate", (Consumer<RectificationNotice.Builder>) b -> b.dueDate(null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullAttributes")
  void builder_nullAttribute(String attribute, Consumer<RectificationNotice.Builder> setNull) {
    assertThatNullPointerException()
        .isThrownBy(() -> setNull.accept(RectificationNotice.builder()))
        .withMessage(attribute);
  }

  @Test
  void builder_nulls() {
    new NullPointerTester().testAllPublicStaticMethods(RectificationNotice.class);
    new NullPointerTester().testAllPublicInstanceMethods(RectificationNotice.builder());
  }

  //-----------------------------------------------------------------------
  // validation
  //-----------------------------------------------------------------------
  private static Arguments invalid(String message, Supplier<RectificationNotice> build) {
    return arguments(message, build);
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        invalid("RectificationNotice.number = \"\": must not be blank",
            () -> notice("", "DC-1", GAJ, ISSUED, DUE)),
        invalid("RectificationNotice.number = \" \": must not be blank",
            () -> notice(" ", "DC-1", GAJ, ISSUED, DUE)),
        invalid("RectificationNotice.inspectionId = \"\": must not be blank",
            () -> notice(NUMBER, "", GAJ, ISSUED, DUE)),
        invalid("RectificationNotice.dueDate = 2024-04-14:"
                + " must not be before issuedDate (2024-04-15)",
            () -> notice(NUMBER, "DC-1", GAJ, ISSUED, ISSUED.minusDays(1))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void build_invalid(String message, Supplier<RectificationNotice> build) {
    assertInvalid(build::get, message);
  }

  @Test
  void build_dueTheDayItIsIssued() {
    assertThat(notice(NUMBER, "DC-1", GAJ, ISSUED, ISSUED).dueDate()).isEqualTo(ISSUED);
  }

  //-----------------------------------------------------------------------
  // equals(Object), hashCode()
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            notice(NUMBER, "DC-1", GAJ, ISSUED, DUE), notice(NUMBER, "DC-1", GAJ, ISSUED, DUE))
        .addEqualityGroup(notice("泾法督通〔2024〕2号", "DC-1", GAJ, ISSUED, DUE))
        .addEqualityGroup(notice(NUMBER, "DC-2", GAJ, ISSUED, DUE))
        .addEqualityGroup(notice(NUMBER, "DC-1", JTJ, ISSUED, DUE))
        .addEqualityGroup(notice(NUMBER, "DC-1", GAJ, ISSUED.minusDays(1), DUE))
        .addEqualityGroup(notice(NUMBER, "DC-1", GAJ, ISSUED, DUE.plusDays(1)))
        .testEquals();
  }
}
