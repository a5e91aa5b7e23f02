package org.fazhi.metrics.engine;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.fazhi.core.cases.LegalAidCase;
import org.fazhi.core.cases.LitigationCase;
import org.fazhi.core.cases.MediationCase;
import org.fazhi.core.cases.ReconsiderationCase;
import org.fazhi.core.checklist.Checklist;
import org.fazhi.core.document.FilingTimeLimit;
import org.fazhi.core.document.NormativeDocument;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.report.AnnualReport;
import org.fazhi.core.study.Exam;
import org.fazhi.core.study.StudySession;
import org.fazhi.core.supervision.Finding;
import org.fazhi.core.supervision.Inspection;
import org.fazhi.core.supervision.RectificationLedger;
import org.fazhi.core.supervision.RectificationNotice;
import org.fazhi.core.task.Task;
import org.fazhi.core.task.TaskList;
import org.fazhi.core.unit.OrgUnit;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.unit.UnitHierarchy;
import org.fazhi.core.validation.InvalidValueException;
import org.fazhi.metrics.measure.Measure;

/**
 * The records and form counts of a set of units (台账), held for evaluation: each record is read
 * once, on entry, into compact primitive columns (its unit's index, its days as epoch days, its
 * flags), kept in order of the day that places it in a period, so that evaluating every
 * indicator of a catalog for every unit and period is one pass over the records of those periods.
 *
 * <p>Build a ledger once from the records an embedder holds, then evaluate it as often as
 * needed, under different calibers and catalogs and for different periods; partial ledgers of
 * the same hierarchy give tallies that merge by addition. Every record must belong to a unit of
 * the hierarchy. The local filing time limit of normative documents is a property of the ledger
 * (default: 30 calendar days from publication).
 *
 * <p>This class is immutable and thread-safe; its builder is not.
 */
public final class Ledger {

  private final UnitHierarchy hierarchy;
  private final ImmutableMap<UnitCode, Integer> index;
  private final int[] parentOf;
  /** For each unit, the index after its subtree: units are in pre-order, subtrees contiguous. */
  private final int[] subtreeEnd;
  /** The units with children, in order. */
  private final int[] innerUnits;
  private final FilingTimeLimit filingTimeLimit;
  private final TaskRecords tasks;
  private final SupervisionRecords supervision;
  private final DocumentRecords documents;
  private final CaseRecords cases;
  private final StudyRecords study;
  private final ReportRecords reports;
  private final ChecklistRecords checklists;
  private final ImmutableList<FormCount> formCounts;
  private final Optional<ImmutableSet<ReportingPeriod>> complete;

  private Ledger(Builder b) {
    hierarchy = b.hierarchy;
    index = b.index;
    parentOf = b.parentOf;
    // Units are in pre-order: a subtree runs from its root to the end of its last child's.
    subtreeEnd = new int[parentOf.length];
    boolean[] inner = new boolean[parentOf.length];
    for (int u = parentOf.length - 1; u >= 0; u--) {
      subtreeEnd[u] = Math.max(subtreeEnd[u], u + 1);
      if (parentOf[u] >= 0) {
        subtreeEnd[parentOf[u]] = Math.max(subtreeEnd[parentOf[u]], subtreeEnd[u]);
        inner[parentOf[u]] = true;
      }
    }
    innerUnits = IntStream.range(0, parentOf.length).filter(u -> inner[u]).toArray();
    filingTimeLimit = b.filingTimeLimit;
    tasks = b.tasks.build();
    supervision = b.supervision.build();
    DocumentRecords.Builder documentBuilder = new DocumentRecords.Builder(filingTimeLimit);
    for (int i = 0; i < b.documents.size(); i++) {
      documentBuilder.add(b.documents.get(i), b.documentUnits.get(i));
    }
    documents = documentBuilder.build();
    cases = b.cases.build();
    study = b.study.build();
    reports = b.reports.build();
    checklists = b.checklists.build();
    formCounts = ImmutableList.copyOf(b.formCounts);
    complete = b.complete.map(ImmutableSet::copyOf);
  }

  /**
   * Returns a builder of a ledger for the units of a hierarchy.
   *
   * @param hierarchy the units; not null
   * @return an empty builder
   */
  public static Builder builder(UnitHierarchy hierarchy) {
    return new Builder(requireNonNull(hierarchy, "hierarchy"));
  }

  /**
   * Returns the units the ledger is kept for.
   *
   * @return the hierarchy; not null
   */
  public UnitHierarchy hierarchy() {
    return hierarchy;
  }

  /**
   * Returns the local time limit for filing normative documents.
   *
   * @return the limit; not null
   */
  public FilingTimeLimit filingTimeLimit() {
    return filingTimeLimit;
  }

  /**
   * Returns the number of records held (each task, finding, case, item … counts one).
   *
   * @return zero or more
   */
  public int recordCount() {
    return tasks.size() + supervision.size() + documents.size() + cases.size() + study.size()
        + reports.size() + checklists.size();
  }

  /**
   * Returns whether the ledger holds every record of a period. Outside the periods it is complete
   * for, a count is known only where form counts give it, or where records of its family were
   * given for the unit: a unit's mediation cases make its resolved cases known, and the findings
   * of one kind of inspection make that kind's counts known, but not the totals over all kinds.
   * Everything else is missing, not zero.
   *
   * @param period the period; not null
   * @return true if the records of the period are complete
   */
  public boolean isComplete(ReportingPeriod period) {
    requireNonNull(period, "period");
    return complete.map(periods -> periods.stream().anyMatch(c -> contains(c, period)))
        .orElse(true);
  }

  private static boolean contains(ReportingPeriod outer, ReportingPeriod inner) {
    return !inner.start().isBefore(outer.start()) && !inner.end().isAfter(outer.end());
  }

  /**
   * Returns the counts typed in from statistics forms.
   *
   * @return the form counts, in the order given; not null
   */
  public ImmutableList<FormCount> formCounts() {
    return formCounts;
  }

  int unitCount() {
    return parentOf.length;
  }

  int[] parentOf() {
    return parentOf;
  }

  /** For each unit, the index after its subtree, which runs from the unit itself. */
  int[] subtreeEnd() {
    return subtreeEnd;
  }

  /** The units with children. */
  int[] innerUnits() {
    return innerUnits;
  }

  int indexOf(UnitCode unit) {
    Integer i = index.get(unit);
    if (i == null) {
      throw new InvalidValueException("UnitCode", unit, "is not a unit of the ledger's hierarchy");
    }
    return i;
  }

  /** Adds every record and form count to a reckoning. */
  void reckon(Reckoning reckoning, List<ReportingPeriod> periods, Map<Measure, Integer> columnOf) {
    tasks.reckon(reckoning);
    supervision.reckon(reckoning);
    documents.reckon(reckoning);
    cases.reckon(reckoning);
    study.reckon(reckoning);
    reports.reckon(reckoning);
    checklists.reckon(reckoning);
    for (FormCount count : formCounts) {
      int p = periods.indexOf(count.period());
      Integer column = columnOf.get(count.measure());
      if (p >= 0 && column != null) {
        reckoning.addToColumn(p, index.get(count.unit()), column, count.value());
      }
    }
  }

  @Override
  public String toString() {
    return "Ledger[" + hierarchy.size() + " units, " + recordCount() + " records, "
        + formCounts.size() + " form counts]";
  }

  /** Builds a {@link Ledger}. Not thread-safe. */
  public static final class Builder {
    private final UnitHierarchy hierarchy;
    private final ImmutableMap<UnitCode, Integer> index;
    private final int[] parentOf;
    private FilingTimeLimit filingTimeLimit = FilingTimeLimit.calendarDays(30);
    private final TaskRecords.Builder tasks = new TaskRecords.Builder();
    private final SupervisionRecords.Builder supervision = new SupervisionRecords.Builder();
    private final List<NormativeDocument> documents = new ArrayList<>();
    private final List<Integer> documentUnits = new ArrayList<>();
    private final CaseRecords.Builder cases = new CaseRecords.Builder();
    private final StudyRecords.Builder study = new StudyRecords.Builder();
    private final ReportRecords.Builder reports = new ReportRecords.Builder();
    private final ChecklistRecords.Builder checklists = new ChecklistRecords.Builder();
    private final List<FormCount> formCounts = new ArrayList<>();
    private final Set<List<Object>> formCountKeys = new HashSet<>();
    private Optional<Set<ReportingPeriod>> complete = Optional.empty();

    private Builder(UnitHierarchy hierarchy) {
      this.hierarchy = hierarchy;
      ImmutableList<OrgUnit> units = hierarchy.units();
      ImmutableMap.Builder<UnitCode, Integer> index = ImmutableMap.builder();
      for (int i = 0; i < units.size(); i++) {
        index.put(units.get(i).code(), i);
      }
      this.index = index.buildOrThrow();
      this.parentOf = new int[units.size()];
      for (int i = 0; i < units.size(); i++) {
        parentOf[i] = units.get(i).parent().map(this.index::get).orElse(-1);
      }
    }

    private int unit(String field, UnitCode code, Object record) {
      Integer i = index.get(code);
      if (i == null) {
        throw new InvalidValueException(
            field, code, "is not a unit of the ledger's hierarchy (" + record + ")");
      }
      return i;
    }

    /**
     * Sets the local time limit for filing normative documents.
     *
     * @param limit the limit; not null
     * @return this builder
     */
    public Builder filingTimeLimit(FilingTimeLimit limit) {
      this.filingTimeLimit = requireNonNull(limit, "limit");
      return this;
    }

    /**
     * Declares the periods whose records the ledger holds in full. Without this declaration
     * the ledger is taken to be complete for every period; with it (even with no periods), counts
     * in other periods are known only where form counts give them or records of their family
     * (with the same qualifier) were given for the unit, and indicators that read unknown counts
     * are undefined ({@code MISSING_INPUT}) instead of computed from zeros.
     *
     * @param periods the periods (a year covers its quarters and months); not null
     * @return this builder
     */
    public Builder completeFor(ReportingPeriod... periods) {
      Set<ReportingPeriod> set = complete.orElseGet(HashSet::new);
      for (ReportingPeriod period : periods) {
        set.add(requireNonNull(period, "period"));
      }
      complete = Optional.of(set);
      return this;
    }

    /**
     * Adds a task, counted to its lead unit.
     *
     * @param task the task; not null
     * @return this builder
     * @throws InvalidValueException if the lead unit is not in the hierarchy
     */
    public Builder add(Task task) {
      tasks.add(task, unit("Task.leadUnit", task.leadUnit(), task));
      return this;
    }

    /**
     * Adds every task of a task list.
     *
     * @param list the task list; not null
     * @return this builder
     * @throws InvalidValueException if a lead unit is not in the hierarchy
     */
    public Builder add(TaskList list) {
      list.tasks().forEach(this::add);
      return this;
    }

    /**
     * Adds the inspections, notices and findings of a rectification ledger; each finding is
     * counted with the kind of the inspection that raised it.
     *
     * @param ledger the rectification ledger; not null
     * @return this builder
     * @throws InvalidValueException if a unit is not in the hierarchy
     */
    public Builder add(RectificationLedger ledger) {
      for (Inspection inspection : ledger.inspections()) {
        supervision.add(inspection, unit("Inspection.organizer", inspection.organizer(), inspection));
      }
      for (RectificationNotice notice : ledger.notices()) {
        supervision.add(notice, unit("RectificationNotice.issuedTo", notice.issuedTo(), notice));
      }
      for (Finding finding : ledger.findings()) {
        supervision.add(
            finding,
            ledger.inspection(finding.inspectionId()).orElseThrow().kind(),
            unit("Finding.unit", finding.unit(), finding));
      }
      return this;
    }

    /**
     * Adds a normative document, counted to its issuer.
     *
     * @param document the document; not null
     * @return this builder
     * @throws InvalidValueException if the issuer is not in the hierarchy
     */
    public Builder add(NormativeDocument document) {
      documentUnits.add(unit("NormativeDocument.issuer", document.issuer(), document));
      documents.add(document);
      return this;
    }

    /**
     * Adds a reconsideration case, counted to the reconsideration body.
     *
     * @param c the case; not null
     * @return this builder
     * @throws InvalidValueException if the body is not in the hierarchy
     */
    public Builder add(ReconsiderationCase c) {
      cases.add(c, unit("ReconsiderationCase.body", c.body(), c));
      return this;
    }

    /**
     * Adds a lawsuit, counted to the defendant agency.
     *
     * @param c the case; not null
     * @return this builder
     * @throws InvalidValueException if the defendant is not in the hierarchy
     */
    public Builder add(LitigationCase c) {
      cases.add(c, unit("LitigationCase.defendant", c.defendant(), c));
      return this;
    }

    /**
     * Adds a mediation case, counted to its unit.
     *
     * @param c the case; not null
     * @return this builder
     * @throws InvalidValueException if the unit is not in the hierarchy
     */
    public Builder add(MediationCase c) {
      cases.add(c, unit("MediationCase.unit", c.unit(), c));
      return this;
    }

    /**
     * Adds a legal-aid case, counted to its unit.
     *
     * @param c the case; not null
     * @return this builder
     * @throws InvalidValueException if the unit is not in the hierarchy
     */
    public Builder add(LegalAidCase c) {
      cases.add(c, unit("LegalAidCase.unit", c.unit(), c));
      return this;
    }

    /**
     * Adds a study session, counted to its organiser.
     *
     * @param session the session; not null
     * @return this builder
     * @throws InvalidValueException if the organiser is not in the hierarchy
     */
    public Builder add(StudySession session) {
      study.add(session, unit("StudySession.organizer", session.organizer(), session));
      return this;
    }

    /**
     * Adds an examination, counted to its organiser.
     *
     * @param exam the examination; not null
     * @return this builder
     * @throws InvalidValueException if the organiser is not in the hierarchy
     */
    public Builder add(Exam exam) {
      study.add(exam, unit("Exam.organizer", exam.organizer(), exam));
      return this;
    }

    /**
     * Adds an annual report, counted to its unit.
     *
     * @param report the report; not null
     * @return this builder
     * @throws InvalidValueException if the unit is not in the hierarchy
     */
    public Builder add(AnnualReport report) {
      reports.add(report, unit("AnnualReport.unit", report.unit(), report));
      return this;
    }

    /**
     * Adds a version of a checklist; its items are counted to their owning agencies.
     *
     * @param checklist the checklist; not null
     * @return this builder
     * @throws InvalidValueException if an owner is not in the hierarchy, or a version of the same
     *     checklist with the same date was added before
     */
    public Builder add(Checklist checklist) {
      unit("Checklist.owner", checklist.owner(), checklist);
      if (checklists.contains(checklist)) {
        throw new InvalidValueException(
            "Checklist.versionDate", checklist.versionDate(),
            "a version of " + checklist.kind() + " of " + checklist.owner()
                + " with this date was already added");
      }
      int[] owners = checklist.items().stream()
          .mapToInt(item -> unit("ChecklistItem.owner", item.owner(), item))
          .toArray();
      checklists.add(checklist, owners);
      return this;
    }

    /**
     * Adds a count typed in from a statistics form. It adds to exactly the measure it names: a
     * count of one kind ({@code finding.raised[ISSUE_REVIEW]}) does not add to the total over all
     * kinds, which is given as a count of its own where known.
     *
     * @param count the count; not null
     * @return this builder
     * @throws InvalidValueException if the unit is not in the hierarchy, or the same unit,
     *     period and measure were counted before
     */
    public Builder add(FormCount count) {
      unit("FormCount.unit", count.unit(), count);
      if (!formCountKeys.add(List.of(count.unit(), count.period(), count.measure()))) {
        throw new InvalidValueException(
            "FormCount", count, "the same unit, period and measure may be counted only once");
      }
      formCounts.add(count);
      return this;
    }

    /**
     * Adds records of any supported type: {@link Task}, {@link TaskList},
     * {@link RectificationLedger}, {@link NormativeDocument}, the four kinds of case,
     * {@link StudySession}, {@link Exam}, {@link AnnualReport}, {@link Checklist} and
     * {@link FormCount}.
     *
     * @param records the records; not null, no null elements
     * @return this builder
     * @throws InvalidValueException if a record is of another type or names an unknown unit
     */
    public Builder addAll(Iterable<?> records) {
      for (Object record : records) {
        if (record instanceof Task r) {
          add(r);
        } else if (record instanceof TaskList r) {
          add(r);
        } else if (record instanceof RectificationLedger r) {
          add(r);
        } else if (record instanceof NormativeDocument r) {
          add(r);
        } else if (record instanceof ReconsiderationCase r) {
          add(r);
        } else if (record instanceof LitigationCase r) {
          add(r);
        } else if (record instanceof MediationCase r) {
          add(r);
        } else if (record instanceof LegalAidCase r) {
          add(r);
        } else if (record instanceof StudySession r) {
          add(r);
        } else if (record instanceof Exam r) {
          add(r);
        } else if (record instanceof AnnualReport r) {
          add(r);
        } else if (record instanceof Checklist r) {
          add(r);
        } else if (record instanceof FormCount r) {
          add(r);
        } else {
          throw new InvalidValueException(
              "Ledger.record", record == null ? null : record.getClass().getName(),
              "is not a record type the ledger counts");
        }
      }
      return this;
    }

    /**
     * Builds the ledger.
     *
     * @return the ledger
     */
    public Ledger build() {
      return new Ledger(this);
    }
  }
}
