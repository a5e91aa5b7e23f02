package org.fazhi.metrics.engine;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.fazhi.core.cases.LegalAidCase;
import org.fazhi.core.cases.LitigationCase;
import org.fazhi.core.cases.LitigationOutcome;
import org.fazhi.core.cases.MediationCase;
import org.fazhi.core.cases.ReconsiderationCase;
import org.fazhi.core.cases.ReconsiderationDecision;
import org.fazhi.core.checklist.Checklist;
import org.fazhi.core.checklist.ChecklistItem;
import org.fazhi.core.checklist.ServiceMode;
import org.fazhi.core.document.FilingTimeLimit;
import org.fazhi.core.document.NormativeDocument;
import org.fazhi.core.document.ReviewOutcome;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.report.AnnualReport;
import org.fazhi.core.study.Exam;
import org.fazhi.core.study.StudySession;
import org.fazhi.core.supervision.Finding;
import org.fazhi.core.supervision.FindingStatus;
import org.fazhi.core.supervision.Inspection;
import org.fazhi.core.supervision.RectificationLedger;
import org.fazhi.core.supervision.RectificationNotice;
import org.fazhi.core.task.Task;
import org.fazhi.core.task.TaskStatus;
import org.fazhi.core.unit.OrgUnit;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.unit.UnitHierarchy;
import org.fazhi.metrics.measure.Measure;

/**
 * The counts of every standard measure computed the slow, obvious way: straight from the records,
 * with the domain methods of {@code core} and the rules documented on {@code StandardMeasure}. The
 * engine's columns must agree with it.
 */
final class DomainCounts {

  private final Map<UnitCode, Set<UnitCode>> subtrees = new HashMap<>();
  private final List<Object> records;
  private final FilingTimeLimit limit;

  DomainCounts(UnitHierarchy hierarchy, List<Object> records, FilingTimeLimit limit) {
    for (OrgUnit unit : hierarchy.units()) {
      Set<UnitCode> subtree = new HashSet<>();
      subtree.add(unit.code());
      hierarchy.descendants(unit.code()).forEach(d -> subtree.add(d.code()));
      subtrees.put(unit.code(), subtree);
    }
    this.records = records;
    this.limit = limit;
  }

  private boolean within(UnitCode scope, UnitCode unit) {
    return subtrees.get(scope).contains(unit);
  }

  private <T> Stream<T> all(Class<T> type) {
    return records.stream().filter(type::isInstance).map(type::cast);
  }

  private Stream<RectificationLedger> ledgers() {
    return all(RectificationLedger.class);
  }

  private static boolean in(Window period, Optional<LocalDate> day) {
    return day.filter(period::contains).isPresent();
  }

  private static boolean by(Optional<LocalDate> day, LocalDate asOf) {
    return day.filter(d -> !d.isAfter(asOf)).isPresent();
  }

  private static <T> long count(Stream<T> stream, Predicate<? super T> predicate) {
    return stream.filter(predicate).count();
  }

  /** The days of a period that count: its start to its end, or to the as-of day if earlier. */
  record Window(LocalDate start, LocalDate end) {
    boolean contains(LocalDate day) {
      return !day.isBefore(start) && !day.isAfter(end);
    }
  }

  long count(Measure measure, UnitCode scope, ReportingPeriod period, LocalDate asOf) {
    Window p = new Window(period.start(), period.end().isAfter(asOf) ? asOf : period.end());
    OptionalInt q = measure.qualifierOrdinal();
    switch (measure.standard().orElseThrow()) {
      case TASKS_DUE:
        return count(tasks(scope, p), t -> true);
      case TASKS_CANCELLED:
        return count(tasks(scope, p), t -> t.status() == TaskStatus.CANCELLED);
      case TASKS_COMPLETED:
        return count(tasks(scope, p), t -> t.isInScope() && t.isCompletedBy(asOf));
      case TASKS_COMPLETED_ON_TIME:
        return count(tasks(scope, p),
            t -> t.isInScope() && t.isCompletedBy(asOf) && t.isCompletedOnTime());
      case TASKS_OVERDUE:
        return count(tasks(scope, p), t -> t.isOverdue(asOf));
      case INSPECTIONS:
        return count(ledgers().flatMap(l -> l.inspections().stream()),
            i -> within(scope, i.organizer()) && p.contains(i.startDate()) && kind(i, q));
      case NOTICES:
        return count(ledgers().flatMap(l -> l.notices().stream()),
            (RectificationNotice n) -> within(scope, n.issuedTo()) && p.contains(n.issuedDate()));
      case FINDINGS:
        return count(findings(scope, p, q), f -> true);
      case FINDINGS_RECTIFIED:
        return count(findings(scope, p, q), f -> f.isRectifiedBy(asOf));
      case FINDINGS_RECTIFIED_ON_TIME:
        return count(findings(scope, p, q), f -> f.isRectifiedBy(asOf) && f.isRectifiedOnTime());
      case FINDINGS_LONG_TERM:
        return count(findings(scope, p, q), f -> f.status() == FindingStatus.LONG_TERM);
      case FINDINGS_OVERDUE:
        return count(findings(scope, p, q), f -> f.isOverdue(asOf));
      case DOCUMENTS_REVIEWED:
        return count(all(NormativeDocument.class),
            d -> within(scope, d.issuer()) && in(p, d.legalityReviewedDate()));
      case DOCUMENTS_ISSUED:
        return count(issued(scope, p), d -> true);
      case DOCUMENTS_FILED:
        return count(issued(scope, p), d -> by(d.filedDate(), asOf));
      case DOCUMENTS_FILED_ON_TIME:
        return count(issued(scope, p), d -> by(d.filedDate(), asOf) && d.isFiledWithin(limit));
      case DOCUMENTS_FILING_REVIEWED:
        return count(issued(scope, p), d -> by(d.filedDate(), asOf) && d.filingReview().isPresent());
      case DOCUMENTS_CONFORMING:
        return count(issued(scope, p), d -> by(d.filedDate(), asOf)
            && d.filingReview().filter(r -> r == ReviewOutcome.CONFORMING).isPresent());
      case RECONSIDERATION_RECEIVED:
        return count(reconsiderations(scope, p), r -> true);
      case RECONSIDERATION_ACCEPTED:
        return count(reconsiderations(scope, p), r -> by(r.acceptedDate(), asOf));
      case RECONSIDERATION_DECIDED_ON_MERITS:
        return count(reconsiderations(scope, p), r -> by(r.decidedDate(), asOf)
            && r.decision().filter(ReconsiderationDecision::isOnTheMerits).isPresent());
      case RECONSIDERATION_CORRECTED:
        return count(reconsiderations(scope, p), r -> by(r.decidedDate(), asOf)
            && r.decision().filter(ReconsiderationDecision::isCorrective).isPresent());
      case LITIGATION_FILED:
        return count(lawsuits(scope), c -> p.contains(c.filedDate()));
      case LITIGATION_HEARD:
        return count(lawsuits(scope), c -> in(p, c.hearingDate()));
      case LITIGATION_HEAD_APPEARED:
        return count(lawsuits(scope), c -> in(p, c.hearingDate()) && c.headAppeared());
      case LITIGATION_CONCLUDED:
        return count(lawsuits(scope), c -> in(p, c.concludedDate()));
      case LITIGATION_LOST:
        return count(lawsuits(scope), c -> in(p, c.concludedDate())
            && c.outcome().filter(LitigationOutcome::isLoss).isPresent());
      case MEDIATION_CASES:
        return count(mediations(scope, p), m -> true);
      case MEDIATION_RESOLVED:
        return count(mediations(scope, p), m -> m.isResolved() && by(m.concludedDate(), asOf));
      case MEDIATION_AMOUNT_YUAN:
        return mediations(scope, p).mapToLong(MediationCase::amountInvolvedYuan).sum();
      case LEGAL_AID_CASES:
        return legalAid(scope, p).count();
      case LEGAL_AID_RECOVERED_YUAN:
        return legalAid(scope, p).mapToLong(LegalAidCase::recoveredYuan).sum();
      case STUDY_SESSIONS:
        return sessions(scope, p, q).count();
      case STUDY_EXPECTED:
        return sessions(scope, p, q).mapToLong(StudySession::expected).sum();
      case STUDY_ATTENDED:
        return sessions(scope, p, q).mapToLong(StudySession::attended).sum();
      case EXAMS:
        return exams(scope, p, q).count();
      case EXAM_SAT:
        return exams(scope, p, q).mapToLong(Exam::sat).sum();
      case EXAM_PASSED:
        return exams(scope, p, q).mapToLong(Exam::passed).sum();
      case REPORTS_DUE:
        return reports(scope, p).count();
      case REPORTS_PUBLISHED:
        return count(reports(scope, p), r -> by(r.publishedDate(), asOf));
      case REPORTS_PUBLISHED_ON_TIME:
        return count(reports(scope, p), r -> by(r.publishedDate(), asOf) && r.isPublishedOnTime());
      case CHECKLIST_ITEMS:
        return items(scope, asOf, q).count();
      case CHECKLIST_ITEMS_PUBLISHED:
        return count(items(scope, asOf, q), i -> i.isPublishedBy(asOf));
      case CHECKLIST_ITEMS_DELEGATED:
        return count(items(scope, asOf, q), i -> i.isDelegatedOn(asOf));
      case CHECKLIST_ITEMS_ONLINE:
        return count(items(scope, asOf, q), i -> i.serviceModes().contains(ServiceMode.ONLINE));
      case CHECKLIST_ITEMS_CROSS_PROVINCE:
        return count(items(scope, asOf, q),
            i -> i.serviceModes().contains(ServiceMode.CROSS_PROVINCE));
      default:
        throw new AssertionError(measure);
    }
  }

  private static boolean kind(Inspection inspection, OptionalInt q) {
    return q.isEmpty() || inspection.kind().ordinal() == q.getAsInt();
  }

  private Stream<Task> tasks(UnitCode scope, Window p) {
    return all(Task.class).filter(t -> within(scope, t.leadUnit()) && p.contains(t.dueDate()));
  }

  private Stream<Finding> findings(UnitCode scope, Window p, OptionalInt q) {
    return ledgers().flatMap(l -> l.findings().stream()
        .filter(f -> within(scope, f.unit()) && p.contains(f.raisedDate()))
        .filter(f -> kind(l.inspection(f.inspectionId()).orElseThrow(), q)));
  }

  private Stream<NormativeDocument> issued(UnitCode scope, Window p) {
    return all(NormativeDocument.class)
        .filter(d -> within(scope, d.issuer()) && in(p, d.issuedDate()));
  }

  private Stream<ReconsiderationCase> reconsiderations(UnitCode scope, Window p) {
    return all(ReconsiderationCase.class)
        .filter(r -> within(scope, r.body()) && p.contains(r.receivedDate()));
  }

  private Stream<LitigationCase> lawsuits(UnitCode scope) {
    return all(LitigationCase.class).filter(c -> within(scope, c.defendant()));
  }

  private Stream<MediationCase> mediations(UnitCode scope, Window p) {
    return all(MediationCase.class)
        .filter(m -> within(scope, m.unit()) && p.contains(m.receivedDate()));
  }

  private Stream<LegalAidCase> legalAid(UnitCode scope, Window p) {
    return all(LegalAidCase.class)
        .filter(a -> within(scope, a.unit()) && p.contains(a.acceptedDate()));
  }

  private Stream<StudySession> sessions(UnitCode scope, Window p, OptionalInt q) {
    return all(StudySession.class).filter(s -> within(scope, s.organizer())
        && p.contains(s.date()) && (q.isEmpty() || s.kind().ordinal() == q.getAsInt()));
  }

  private Stream<Exam> exams(UnitCode scope, Window p, OptionalInt q) {
    return all(Exam.class).filter(e -> within(scope, e.organizer())
        && p.contains(e.date()) && (q.isEmpty() || e.kind().ordinal() == q.getAsInt()));
  }

  private Stream<AnnualReport> reports(UnitCode scope, Window p) {
    return all(AnnualReport.class)
        .filter(r -> within(scope, r.unit()) && p.contains(r.publicationDeadline()));
  }

  /** Items of the latest version of each checklist in force on the as-of day. */
  private Stream<ChecklistItem> items(UnitCode scope, LocalDate asOf, OptionalInt q) {
    List<Checklist> checklists = all(Checklist.class).toList();
    return checklists.stream()
        .filter(c -> !c.versionDate().isAfter(asOf))
        .filter(c -> q.isEmpty() || c.kind().ordinal() == q.getAsInt())
        .filter(c -> checklists.stream()
            .filter(o -> o.kind() == c.kind() && o.owner().equals(c.owner()))
            .filter(o -> !o.versionDate().isAfter(asOf))
            .max(Comparator.comparing(Checklist::versionDate))
            .orElseThrow() == c)
        .flatMap(c -> c.items().stream())
        .filter(i -> within(scope, i.owner()));
  }
}
