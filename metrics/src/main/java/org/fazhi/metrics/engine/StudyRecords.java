package org.fazhi.metrics.engine;

import static org.fazhi.metrics.engine.Columns.day;
import static org.fazhi.metrics.measure.StandardMeasure.EXAMS;
import static org.fazhi.metrics.measure.StandardMeasure.EXAM_PASSED;
import static org.fazhi.metrics.measure.StandardMeasure.EXAM_SAT;
import static org.fazhi.metrics.measure.StandardMeasure.STUDY_ATTENDED;
import static org.fazhi.metrics.measure.StandardMeasure.STUDY_EXPECTED;
import static org.fazhi.metrics.measure.StandardMeasure.STUDY_SESSIONS;

import org.fazhi.core.study.Exam;
import org.fazhi.core.study.StudySession;

/** Study sessions and examinations, counted to the organiser by date, per kind. */
final class StudyRecords {

  private final int[] sessionUnit;
  private final int[] sessionDate;
  private final byte[] sessionKind;
  private final long[] expected;
  private final long[] attended;
  private final int[] examUnit;
  private final int[] examDate;
  private final byte[] examKind;
  private final long[] sat;
  private final long[] passed;

  private StudyRecords(Builder b) {
    // Kept in order of date, so that an evaluation finds a period's records by binary search.
    int[] order = Columns.orderBy(b.sessionDate.toArray());
    sessionUnit = b.sessionUnit.toArray(order);
    sessionDate = b.sessionDate.toArray(order);
    sessionKind = b.sessionKind.toArray(order);
    expected = b.expected.toArray(order);
    attended = b.attended.toArray(order);
    order = Columns.orderBy(b.examDate.toArray());
    examUnit = b.examUnit.toArray(order);
    examDate = b.examDate.toArray(order);
    examKind = b.examKind.toArray(order);
    sat = b.sat.toArray(order);
    passed = b.passed.toArray(order);
  }

  int size() {
    return sessionUnit.length + examUnit.length;
  }

  void reckon(Reckoning r) {
    r.count(new Reckoning.Table(sessionDate) {
      @Override
      void count(Reckoning r, int p, int from, int to) {
        long[] sessions = r.stripe(p, r.column(STUDY_SESSIONS));
        long[] expectedCounts = r.stripe(p, r.column(STUDY_EXPECTED));
        long[] attendedCounts = r.stripe(p, r.column(STUDY_ATTENDED));
        long[][] sessionsOf = r.stripes(p, r.qualifiedColumns(STUDY_SESSIONS));
        long[][] expectedOf = r.stripes(p, r.qualifiedColumns(STUDY_EXPECTED));
        long[][] attendedOf = r.stripes(p, r.qualifiedColumns(STUDY_ATTENDED));
        boolean track = r.tracksKnown(p);
        for (int i = from; i < to; i++) {
          int u = sessionUnit[i];
          int kind = sessionKind[i];
          if (track) {
            r.touch(p, u, STUDY_SESSIONS, kind);
          }
          sessions[u]++;
          sessionsOf[kind][u]++;
          expectedCounts[u] = Math.addExact(expectedCounts[u], expected[i]);
          expectedOf[kind][u] = Math.addExact(expectedOf[kind][u], expected[i]);
          attendedCounts[u] = Math.addExact(attendedCounts[u], attended[i]);
          attendedOf[kind][u] = Math.addExact(attendedOf[kind][u], attended[i]);
        }
      }
    });
    r.count(new Reckoning.Table(examDate) {
      @Override
      void count(Reckoning r, int p, int from, int to) {
        long[] exams = r.stripe(p, r.column(EXAMS));
        long[] satCounts = r.stripe(p, r.column(EXAM_SAT));
        long[] passedCounts = r.stripe(p, r.column(EXAM_PASSED));
        long[][] examsOf = r.stripes(p, r.qualifiedColumns(EXAMS));
        long[][] satOf = r.stripes(p, r.qualifiedColumns(EXAM_SAT));
        long[][] passedOf = r.stripes(p, r.qualifiedColumns(EXAM_PASSED));
        boolean track = r.tracksKnown(p);
        for (int i = from; i < to; i++) {
          int u = examUnit[i];
          int kind = examKind[i];
          if (track) {
            r.touch(p, u, EXAMS, kind);
          }
          exams[u]++;
          examsOf[kind][u]++;
          satCounts[u] = Math.addExact(satCounts[u], sat[i]);
          satOf[kind][u] = Math.addExact(satOf[kind][u], sat[i]);
          passedCounts[u] = Math.addExact(passedCounts[u], passed[i]);
          passedOf[kind][u] = Math.addExact(passedOf[kind][u], passed[i]);
        }
      }
    });
  }

  static final class Builder {
    private final Columns.Ints sessionUnit = new Columns.Ints();
    private final Columns.Ints sessionDate = new Columns.Ints();
    private final Columns.Bytes sessionKind = new Columns.Bytes();
    private final Columns.Longs expected = new Columns.Longs();
    private final Columns.Longs attended = new Columns.Longs();
    private final Columns.Ints examUnit = new Columns.Ints();
    private final Columns.Ints examDate = new Columns.Ints();
    private final Columns.Bytes examKind = new Columns.Bytes();
    private final Columns.Longs sat = new Columns.Longs();
    private final Columns.Longs passed = new Columns.Longs();

    void add(StudySession session, int unitIndex) {
      sessionUnit.add(unitIndex);
      sessionDate.add(day(session.date()));
      sessionKind.add(session.kind().ordinal());
      expected.add(session.expected());
      attended.add(session.attended());
    }

    void add(Exam exam, int unitIndex) {
      examUnit.add(unitIndex);
      examDate.add(day(exam.date()));
      examKind.add(exam.kind().ordinal());
      sat.add(exam.sat());
      passed.add(exam.passed());
    }

    StudyRecords build() {
      return new StudyRecords(this);
    }
  }
}
