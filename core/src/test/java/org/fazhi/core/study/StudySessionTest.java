package org.fazhi.core.study;

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

/** Tests {@link StudySession}. */
class StudySessionTest {

  private static final UnitCode JINGYUAN = UnitCode.parse("640424");
  private static final UnitCode SFJ = UnitCode.parse("640424-SFJ");
  private static final LocalDate DATE = LocalDate.of(2024, 3, 12);
  private static final String TOPIC = "学习《中华人民共和国行政复议法》";

  private static StudySession session(
      String id, StudyKind kind, UnitCode organizer, LocalDate date, String topic, long expected,
      long attended) {
    return StudySession.builder().id(id).kind(kind).organizer(organizer).date(date).topic(topic)
        .expected(expected).attended(attended).build();
  }

  //-----------------------------------------------------------------------
  // builder()
  //-----------------------------------------------------------------------
  @Test
  void builder() {
    StudySession session = session("XF-2024-01", StudyKind.PRE_MEETING, JINGYUAN, DATE, TOPIC, 25,
        23);
    assertThat(session.id()).isEqualTo("XF-2024-01");
    assertThat(session.kind()).isEqualTo(StudyKind.PRE_MEETING);
    assertThat(session.organizer()).isEqualTo(JINGYUAN);
    assertThat(session.date()).isEqualTo(DATE);
    assertThat(session.topic()).isEqualTo(TOPIC);
    assertThat(session.expected()).isEqualTo(25);
    assertThat(session.attended()).isEqualTo(23);
  }

  @Test
  void builder_missingAttributes() {
    assertThatIllegalStateException()
        .isThrownBy(() -> StudySession.builder().id("XF-1").expected(10).build())
        .withMessageContaining("[kind, organizer, date, topic, attended]");
  }

  static Stream<Arguments> nullAttributes() {
    return Stream.of(
        arguments("id", (Consumer<StudySession.Builder>) b -> b.id(null)),
        arguments("kind", (Consumer<StudySession.Builder>) b -> b.kind(null)),
        arguments("organizer", (Consumer<StudySession.Builder>) b -> b.organizer(null)),
        arguments("date", (Consumer<StudySession.Builder>) b -> b.date(null)),
        arguments("topic", (Consumer<StudySession.Builder>) b -> b.topic(null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullAttributes")
  void builder_nullAttribute(String attribute, Consumer<StudySession.Builder> setNull) {
    assertThatNullPointerException()
        .isThrownBy(() -> setNull.accept(StudySession.builder()))
        .withMessage(attribute);
  }

  @Test
  void builder_nulls() {
    new NullPointerTester().testAllPublicStaticMethods(StudySession.class);
    new NullPointerTester().testAllPublicInstanceMethods(StudySession.builder());
  }

  //-----------------------------------------------------------------------
  // validation
  //-----------------------------------------------------------------------
  static Stream<Arguments> accepted() {
    return Stream.of(arguments(0, 0), arguments(25, 0), arguments(25, 25), arguments(360, 359));
  }

  @ParameterizedTest(name = "{1} of {0}")
  @MethodSource("accepted")
  void build_accepted(long expected, long attended) {
    StudySession session =
        session("XF-1", StudyKind.TRAINING, SFJ, DATE, TOPIC, expected, attended);
    assertThat(session.attended()).isEqualTo(attended);
  }

  private static Arguments invalid(String message, Supplier<StudySession> build) {
    return arguments(message, build);
  }

  static Stream<Arguments> invalid() {
    StudyKind k = StudyKind.LECTURE;
    return Stream.of(
        invalid("StudySession.id = \" \": must not be blank",
            () -> session(" ", k, JINGYUAN, DATE, TOPIC, 25, 23)),
        invalid("StudySession.topic = \"\": must not be blank",
            () -> session("XF-1", k, JINGYUAN, DATE, "", 25, 23)),
        invalid("StudySession.expected = -1: must not be negative",
            () -> session("XF-1", k, JINGYUAN, DATE, TOPIC, -1, 0)),
        invalid("StudySession.attended = -1: must not be negative",
            () -> session("XF-1", k, JINGYUAN, DATE, TOPIC, 25, -1)),
        invalid("StudySession.attended = 26: must not exceed expected (25)",
            () -> session("XF-1", k, JINGYUAN, DATE, TOPIC, 25, 26)),
        invalid("StudySession.attended = 1: must not exceed expected (0)",
            () -> session("XF-1", k, JINGYUAN, DATE, TOPIC, 0, 1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void build_invalid(String message, Supplier<StudySession> build) {
    assertInvalid(build::get, message);
  }

  //-----------------------------------------------------------------------
  // equals(Object), hashCode()
  //-----------------------------------------------------------------------
  @Test
  void equalsAndHashCode() {
    StudyKind k = StudyKind.PRE_MEETING;
    new EqualsTester()
        .addEqualityGroup(
            session("XF-1", k, JINGYUAN, DATE, TOPIC, 25, 23),
            session("XF-1", k, JINGYUAN, DATE, TOPIC, 25, 23))
        .addEqualityGroup(session("XF-2", k, JINGYUAN, DATE, TOPIC, 25, 23))
        .addEqualityGroup(session("XF-1", StudyKind.CENTRAL_GROUP, JINGYUAN, DATE, TOPIC, 25, 23))
        .addEqualityGroup(session("XF-1", k, SFJ, DATE, TOPIC, 25, 23))
        .addEqualityGroup(session("XF-1", k, JINGYUAN, DATE.plusDays(1), TOPIC, 25, 23))
        .addEqualityGroup(session("XF-1", k, JINGYUAN, DATE, "学习《民法典》", 25, 23))
        .addEqualityGroup(session("XF-1", k, JINGYUAN, DATE, TOPIC, 26, 23))
        .addEqualityGroup(session("XF-1", k, JINGYUAN, DATE, TOPIC, 25, 24))
        .testEquals();
  }
}
