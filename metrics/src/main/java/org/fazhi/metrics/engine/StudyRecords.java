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
    sessionUnit = b.sessionUnit.toArray();
    sessionDate = b.sessionDate.toArray();
    sessionKind = b.sessionKind.toArray();
    expected = b.expected.toArray();
    attended = b.attended.toArray();
    examUnit = b.examUnit.toArray();
    examDate = b.examDate.toArray();
    examKind = b.examKind.toArray();
    sat = b.sat.toArray();
    passed = b.passed.toArray();
  }

  int size() {
    return sessionUnit.length + examUnit.length;
  }

  void reckon(Reckoning r) {
    for (int i = 0; i < sessionUnit.length; i++) {
      int p = r.periodOf(sessionDate[i]);
      if (p >= 0) {
        r.add(p, sessionUnit[i], STUDY_SESSIONS, sessionKind[i], 1);
        r.add(p, sessionUnit[i], STUDY_EXPECTED, sessionKind[i], expected[i]);
        r.add(p, sessionUnit[i], STUDY_ATTENDED, sessionKind[i], attended[i]);
      }
    }
    for (int i = 0; i < examUnit.length; i++) {
      int p = r.periodOf(examDate[i]);
      if (p >= 0) {
        r.add(p, examUnit[i], EXAMS, examKind[i], 1);
        r.add(p, examUnit[i], EXAM_SAT, examKind[i], sat[i]);
        r.add(p, examUnit[i], EXAM_PASSED, examKind[i], passed[i]);
      }
    }
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
