package org.fazhi.benchmarks.province;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.fazhi.core.cases.LitigationCase;
import org.fazhi.core.cases.LitigationOutcome;
import org.fazhi.core.cases.MediationCase;
import org.fazhi.core.cases.MediationOutcome;
import org.fazhi.core.cases.ReconsiderationCase;
import org.fazhi.core.cases.ReconsiderationDecision;
import org.fazhi.core.document.NormativeDocument;
import org.fazhi.core.document.ReviewOutcome;
import org.fazhi.core.period.ReportingPeriod;
import org.fazhi.core.supervision.Finding;
import org.fazhi.core.supervision.FindingStatus;
import org.fazhi.core.supervision.Inspection;
import org.fazhi.core.supervision.InspectionKind;
import org.fazhi.core.supervision.RectificationLedger;
import org.fazhi.core.supervision.RectificationNotice;
import org.fazhi.core.task.Task;
import org.fazhi.core.task.TaskStatus;
import org.fazhi.core.unit.OrgUnit;
import org.fazhi.core.unit.UnitCode;
import org.fazhi.core.unit.UnitHierarchy;
import org.fazhi.core.unit.UnitKind;

/**
 * A synthetic province, generated deterministically from a seed: 新疆 ({@code 650000}), its 5
 * prefecture-level cities and 22 counties with their real GB/T 2260 codes, and about 3,000
 * townships ({@code 650102100} …) and agencies ({@code 650102-A01} …) under them; and, for 2023
 * and 2024, a given number of records per year: mediation cases, lawsuits, reconsideration cases,
 * findings of inspections (with their inspections and notices, in rectification ledgers), tasks
 * and normative documents.
 *
 * <p>Records are spread over units unevenly, as real ones are: each kind of record draws its unit
 * from a Zipf-like distribution ({@code 1/(rank + 5)}) over the units that keep such records, in
 * a seeded order of its own; and each unit has a seeded "quality" that moves its rates (how many
 * disputes it resolves, how often its head appears in court …), so that unit rates differ.
 * Dates fall uniformly over each year; later steps (a hearing, a rectification) follow after
 * random delays and may fall after the year ends. The same seed and size give the same province,
 * record for record, on any machine.
 *
 * <p>This class is immutable and thread-safe; each {@link #generate(RecordSink)} call generates
 * the records anew.
 */
public final class SyntheticProvince {

  /** The base year of the comparison. */
  public static final int BASE_YEAR = 2023;

  /** The year evaluated. */
  public static final int CURRENT_YEAR = 2024;

  /** The year evaluated, as a period. */
  public static final ReportingPeriod CURRENT = ReportingPeriod.year(CURRENT_YEAR);

  /** The base year, as a period. */
  public static final ReportingPeriod BASE = ReportingPeriod.year(BASE_YEAR);

  /** The smallest number of records per year a province can be generated with. */
  public static final int MIN_RECORDS_PER_YEAR = 1_000;

  private static final String[][] CITIES = {
    {"650100", "乌鲁木齐市", "650102", "天山区", "650103", "沙依巴克区", "650104", "新市区",
        "650105", "水磨沟区", "650106", "头屯河区", "650107", "达坂城区", "650109", "米东区",
        "650121", "乌鲁木齐县"},
    {"650200", "克拉玛依市", "650202", "独山子区", "650203", "克拉玛依区", "650204", "白碱滩区",
        "650205", "乌尔禾区"},
    {"650400", "吐鲁番市", "650402", "高昌区", "650421", "鄯善县", "650422", "托克逊县"},
    {"650500", "哈密市", "650502", "伊州区", "650521", "巴里坤哈萨克自治县", "650522", "伊吾县"},
    {"652300", "昌吉回族自治州", "652301", "昌吉市", "652302", "阜康市", "652323", "呼图壁县",
        "652324", "玛纳斯县"},
  };

  private static final InspectionKind[] INSPECTION_KINDS = {
    InspectionKind.RULE_OF_LAW_INSPECTION, InspectionKind.CASE_FILE_REVIEW,
    InspectionKind.ISSUE_REVIEW,
  };
  private static final String[] KIND_TAGS = {"ROL", "CFR", "IR"};

  private static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);
  private static final LocalDate[] DAYS = new LocalDate[6 * 366];

  static {
    for (int i = 0; i < DAYS.length; i++) {
      DAYS[i] = FIRST_DAY.plusDays(i);
    }
  }

  private final long seed;
  private final int recordsPerYear;
  private final UnitHierarchy hierarchy;
  private final ImmutableList<UnitCode> codes;
  private final double[] quality;
  /** For each unit, the index of the region whose inspections cover it. */
  private final int[] inspectorOf;
  /** For each unit, its position among the regions, or -1. */
  private final int[] regionPosition;
  private final int regionCount;
  private final Sampler leaves;
  private final Sampler agencies;
  private final Sampler regions;
  private final Sampler issuers;

  private SyntheticProvince(long seed, int recordsPerYear) {
    this.seed = seed;
    this.recordsPerYear = recordsPerYear;
    SplittableRandom random = new SplittableRandom(seed);
    List<OrgUnit> units = new ArrayList<>();
    units.add(OrgUnit.root("650000", "新疆维吾尔自治区"));
    agencies(units, "650000", "自治区", 80);
    for (String[] city : CITIES) {
      units.add(OrgUnit.of(city[0], city[1], "650000"));
      agencies(units, city[0], city[1], 70);
      for (int c = 2; c < city.length; c += 2) {
        String county = city[c];
        units.add(OrgUnit.of(county, city[c + 1], city[0]));
        int townships = 15 + random.nextInt(16);
        for (int t = 0; t < townships; t++) {
          units.add(OrgUnit.of(county + (100 + t), city[c + 1] + "第" + (t + 1) + "乡镇", county));
        }
        agencies(units, county, city[c + 1], 90 + random.nextInt(10));
      }
    }
    hierarchy = UnitHierarchy.of(units);
    codes = hierarchy.units().stream().map(OrgUnit::code)
        .collect(ImmutableList.toImmutableList());
    int n = codes.size();
    quality = new double[n];
    inspectorOf = new int[n];
    regionPosition = new int[n];
    List<Integer> leafUnits = new ArrayList<>();
    List<Integer> agencyUnits = new ArrayList<>();
    List<Integer> regionUnits = new ArrayList<>();
    List<Integer> issuerUnits = new ArrayList<>();
    Map<UnitCode, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(codes.get(i), i);
    }
    int regionsSeen = 0;
    for (int i = 0; i < n; i++) {
      OrgUnit unit = hierarchy.units().get(i);
      quality[i] = random.nextDouble();
      UnitKind kind = unit.kind();
      regionPosition[i] = -1;
      if (unit.code().isRegion()) {
        regionPosition[i] = regionsSeen++;
        inspectorOf[i] = i;
        regionUnits.add(i);
        issuerUnits.add(i);
      } else {
        inspectorOf[i] = index.get(unit.parent().orElseThrow());
        leafUnits.add(i);
        if (kind == UnitKind.AGENCY) {
          agencyUnits.add(i);
          issuerUnits.add(i);
        }
      }
    }
    regionCount = regionsSeen;
    leaves = new Sampler(leafUnits, random.split());
    agencies = new Sampler(agencyUnits, random.split());
    regions = new Sampler(regionUnits, random.split());
    issuers = new Sampler(issuerUnits, random.split());
  }

  private static void agencies(List<OrgUnit> units, String region, String name, int count) {
    for (int a = 1; a <= count; a++) {
      String suffix = String.format(Locale.ROOT, "A%02d", a);
      units.add(OrgUnit.of(region + "-" + suffix, name + "部门" + suffix, region));
    }
  }

  /**
   * Returns the province generated from a seed, with a number of records per year.
   *
   * @param seed the seed; any value
   * @param recordsPerYear the records of each year, at least {@value #MIN_RECORDS_PER_YEAR}
   * @return the province
   * @throws IllegalArgumentException if {@code recordsPerYear} is too small
   */
  public static SyntheticProvince of(long seed, int recordsPerYear) {
    if (recordsPerYear < MIN_RECORDS_PER_YEAR) {
      throw new IllegalArgumentException(
          "recordsPerYear = " + recordsPerYear + ": must be at least " + MIN_RECORDS_PER_YEAR);
    }
    return new SyntheticProvince(seed, recordsPerYear);
  }

  /**
   * Returns the units, each parent before its children.
   *
   * @return the hierarchy; not null
   */
  public UnitHierarchy hierarchy() {
    return hierarchy;
  }

  /**
   * Returns the number of records generated for each year.
   *
   * @return the records per year
   */
  public int recordsPerYear() {
    return recordsPerYear;
  }

  /**
   * Returns the seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Generates the records of both years, the base year first, into a sink. A rectification
   * ledger counts as its inspection, notices and findings: {@code recordsPerYear} records in all
   * each year.
   *
   * @param sink the sink; not null
   */
  public void generate(RecordSink sink) {
    requireNonNull(sink, "sink");
    for (int year : new int[] {BASE_YEAR, CURRENT_YEAR}) {
      int mediation = recordsPerYear * 35 / 100;
      int litigation = recordsPerYear * 15 / 100;
      int reconsideration = recordsPerYear * 10 / 100;
      int supervision = recordsPerYear * 15 / 100;
      int tasks = recordsPerYear * 15 / 100;
      int documents = recordsPerYear - mediation - litigation - reconsideration - supervision
          - tasks;
      mediation(sink, year, mediation, stream(year, 1));
      litigation(sink, year, litigation, stream(year, 2));
      reconsideration(sink, year, reconsideration, stream(year, 3));
      supervision(sink, year, supervision, stream(year, 4));
      tasks(sink, year, tasks, stream(year, 5));
      documents(sink, year, documents, stream(year, 6));
    }
  }

  /**
   * Generates the records of both years and keeps them.
   *
   * @return the records; not null
   */
  public ProvinceRecords records() {
    ProvinceRecords records = new ProvinceRecords(this);
    generate(records);
    return records;
  }

  private SplittableRandom stream(int year, int kind) {
    return new SplittableRandom(seed * 1_000_003L + year * 31L + kind);
  }

  private static LocalDate day(int year, int dayOfYear) {
    return DAYS[(int) (LocalDate.ofYearDay(year, 1).toEpochDay() - FIRST_DAY.toEpochDay())
        + dayOfYear];
  }

  private static LocalDate plus(LocalDate date, int days) {
    return DAYS[(int) (date.toEpochDay() - FIRST_DAY.toEpochDay()) + days];
  }

  private static int dayOfYear(SplittableRandom random, int year) {
    return random.nextInt(LocalDate.ofYearDay(year, 1).lengthOfYear());
  }

  private void mediation(RecordSink sink, int year, int count, SplittableRandom random) {
    for (int i = 0; i < count; i++) {
      int u = leaves.next(random);
      LocalDate received = day(year, dayOfYear(random, year));
      double r = random.nextDouble();
      double resolved = 0.70 + 0.25 * quality[u];
      MediationOutcome outcome = r < resolved ? MediationOutcome.RESOLVED
          : r < resolved + 0.03 ? MediationOutcome.PENDING
          : MediationOutcome.UNRESOLVED;
      MediationCase.Builder c = MediationCase.builder()
          .id("M" + year + "-" + i)
          .unit(codes.get(u))
          .receivedDate(received)
          .outcome(outcome)
          .amountInvolvedYuan(random.nextInt(4) == 0 ? 0 : random.nextInt(500_000));
      if (outcome != MediationOutcome.PENDING) {
        c.concludedDate(plus(received, random.nextInt(60)));
      }
      sink.accept(c.build());
    }
  }

  private void litigation(RecordSink sink, int year, int count, SplittableRandom random) {
    for (int i = 0; i < count; i++) {
      int u = agencies.next(random);
      double q = quality[u];
      LocalDate filed = day(year, dayOfYear(random, year));
      LitigationCase.Builder c = LitigationCase.builder()
          .caseNumber("L" + year + "-" + i)
          .defendant(codes.get(u))
          .filedDate(filed);
      LocalDate last = filed;
      if (random.nextDouble() < 0.75) {
        last = plus(filed, 20 + random.nextInt(90));
        c.hearingDate(last).headAppeared(random.nextDouble() < 0.35 + 0.6 * q);
      }
      if (random.nextDouble() < 0.85) {
        double r = random.nextDouble();
        double lost = 0.04 + 0.16 * (1 - q);
        LitigationOutcome outcome = r < lost ? LitigationOutcome.AGENCY_LOST
            : r < lost + 0.55 ? LitigationOutcome.AGENCY_WON
            : r < lost + 0.75 ? LitigationOutcome.WITHDRAWN
            : r < lost + 0.90 ? LitigationOutcome.DISMISSED
            : LitigationOutcome.MEDIATED;
        c.outcome(outcome).concludedDate(plus(last, 5 + random.nextInt(80)));
      }
      sink.accept(c.build());
    }
  }

  private static final ReconsiderationDecision[] CORRECTIVE = {
    ReconsiderationDecision.REVOKED, ReconsiderationDecision.ALTERED,
    ReconsiderationDecision.CONFIRMED_UNLAWFUL, ReconsiderationDecision.ORDERED_TO_PERFORM,
  };
  private static final ReconsiderationDecision[] OTHER = {
    ReconsiderationDecision.UPHELD, ReconsiderationDecision.UPHELD,
    ReconsiderationDecision.CLAIM_REJECTED, ReconsiderationDecision.APPLICATION_REJECTED,
    ReconsiderationDecision.SETTLED, ReconsiderationDecision.TERMINATED,
  };

  private void reconsideration(RecordSink sink, int year, int count, SplittableRandom random) {
    for (int i = 0; i < count; i++) {
      int body = regions.next(random);
      int respondent = agencies.next(random);
      LocalDate received = day(year, dayOfYear(random, year));
      ReconsiderationCase.Builder c = ReconsiderationCase.builder()
          .caseNumber("R" + year + "-" + i)
          .body(codes.get(body))
          .respondent(codes.get(respondent))
          .receivedDate(received);
      if (random.nextDouble() < 0.9) {
        LocalDate accepted = plus(received, random.nextInt(8));
        c.acceptedDate(accepted);
        if (random.nextDouble() < 0.85) {
          ReconsiderationDecision decision =
              random.nextDouble() < 0.08 + 0.2 * (1 - quality[respondent])
                  ? CORRECTIVE[random.nextInt(CORRECTIVE.length)]
                  : OTHER[random.nextInt(OTHER.length)];
          c.decision(decision).decidedDate(plus(accepted, 15 + random.nextInt(60)));
        }
      }
      sink.accept(c.build());
    }
  }

  /** Inspections of three kinds by every region, their notices and findings. */
  private void supervision(RecordSink sink, int year, int count, SplittableRandom random) {
    int inspectionCount = regionCount * INSPECTION_KINDS.length;
    int notices = (count - inspectionCount) / 21;
    int findings = count - inspectionCount - notices;
    LocalDate start = day(year, 0);
    LocalDate end = day(year, LocalDate.ofYearDay(year, 1).lengthOfYear() - 1);
    List<List<Finding>> findingsOf = new ArrayList<>();
    List<List<RectificationNotice>> noticesOf = new ArrayList<>();
    List<Inspection> inspections = new ArrayList<>();
    for (int i = 0; i < inspectionCount; i++) {
      findingsOf.add(new ArrayList<>());
      noticesOf.add(new ArrayList<>());
    }
    for (int region = 0; region < codes.size(); region++) {
      if (regionPosition[region] < 0) {
        continue;
      }
      for (int k = 0; k < INSPECTION_KINDS.length; k++) {
        inspections.add(Inspection.builder()
            .id(inspectionId(year, region, k))
            .kind(INSPECTION_KINDS[k])
            .organizer(codes.get(region))
            .startDate(start)
            .endDate(end)
            .scope("法治政府建设重点任务落实情况")
            .build());
      }
    }
    for (int i = 0; i < findings; i++) {
      int u = leaves.next(random);
      double r = random.nextDouble();
      int k = r < 0.4 ? 0 : r < 0.75 ? 1 : 2;
      int inspection = regionPosition[inspectorOf[u]] * INSPECTION_KINDS.length + k;
      LocalDate raised = day(year, dayOfYear(random, year));
      Finding.Builder f = Finding.builder()
          .id("F" + year + "-" + i)
          .inspectionId(inspectionId(year, inspectorOf[u], k))
          .unit(codes.get(u))
          .problem("执法案卷不规范")
          .raisedDate(raised)
          .dueDate(plus(raised, 15 + random.nextInt(75)));
      double s = random.nextDouble();
      if (s < 0.55 + 0.4 * quality[u]) {
        f.status(FindingStatus.RECTIFIED).rectifiedDate(plus(raised, 3 + random.nextInt(150)));
      } else {
        f.status(s < 0.97 ? FindingStatus.OPEN : FindingStatus.LONG_TERM);
      }
      findingsOf.get(inspection).add(f.build());
    }
    for (int i = 0; i < notices; i++) {
      int u = leaves.next(random);
      int k = random.nextInt(INSPECTION_KINDS.length);
      LocalDate issued = day(year, dayOfYear(random, year));
      noticesOf.get(regionPosition[inspectorOf[u]] * INSPECTION_KINDS.length + k)
          .add(RectificationNotice.builder()
              .number("N" + year + "-" + i)
              .inspectionId(inspectionId(year, inspectorOf[u], k))
              .issuedTo(codes.get(u))
              .issuedDate(issued)
              .dueDate(plus(issued, 30))
              .build());
    }
    for (int i = 0; i < inspectionCount; i++) {
      sink.accept(RectificationLedger.builder()
          .addInspections(inspections.get(i))
          .addAllNotices(noticesOf.get(i))
          .addAllFindings(findingsOf.get(i))
          .build());
      findingsOf.set(i, null);
      noticesOf.set(i, null);
    }
  }

  private String inspectionId(int year, int region, int kind) {
    return "I" + year + "-" + codes.get(region) + "-" + KIND_TAGS[kind];
  }

  private void tasks(RecordSink sink, int year, int count, SplittableRandom random) {
    for (int i = 0; i < count; i++) {
      int u = leaves.next(random);
      LocalDate due = day(year, dayOfYear(random, year));
      LocalDate assigned = plus(due, -(30 + random.nextInt(150)));
      Task.Builder t = Task.builder()
          .number(year + "." + i)
          .action("依法行政提升行动")
          .title("落实年度重点任务")
          .leadUnit(codes.get(u))
          .assignedDate(assigned)
          .dueDate(due);
      double r = random.nextDouble();
      if (r < 0.03) {
        t.status(TaskStatus.CANCELLED);
      } else if (r < 0.03 + 0.55 + 0.4 * quality[u]) {
        int span = (int) (due.toEpochDay() - assigned.toEpochDay());
        t.status(TaskStatus.COMPLETED).completionDate(plus(assigned, random.nextInt(span + 90)));
      } else {
        t.status(random.nextBoolean() ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED);
      }
      sink.accept(t.build());
    }
  }

  private void documents(RecordSink sink, int year, int count, SplittableRandom random) {
    for (int i = 0; i < count; i++) {
      int u = issuers.next(random);
      double q = quality[u];
      LocalDate day = day(year, dayOfYear(random, year));
      NormativeDocument.Builder d = NormativeDocument.builder()
          .title("关于进一步规范行政执法行为的通知")
          .issuer(codes.get(u))
          .legalityReviewedDate(plus(day, -(3 + random.nextInt(28))));
      if (random.nextDouble() < 0.97) {
        d.number("新政规〔" + year + "〕" + (i + 1) + "号").issuedDate(day);
        LocalDate clock = day;
        if (random.nextDouble() < 0.95) {
          clock = plus(day, random.nextInt(8));
          d.publishedDate(clock);
        }
        if (random.nextDouble() < 0.8 + 0.19 * q) {
          d.filedDate(plus(clock, random.nextInt(20 + (int) (30 * (1 - q)))));
          if (random.nextDouble() < 0.8) {
            d.filingReview(random.nextDouble() < 0.9 + 0.09 * q
                ? ReviewOutcome.CONFORMING : ReviewOutcome.NONCONFORMING);
          }
        }
      }
      sink.accept(d.build());
    }
  }

  @Override
  public String toString() {
    return "SyntheticProvince[seed " + seed + ", " + hierarchy.size() + " units, "
        + recordsPerYear + " records a year]";
  }

  /** Draws units with Zipf-like weights {@code 1/(rank + 5)}, ranks in a seeded order. */
  private static final class Sampler {
    private final int[] units;
    private final double[] cumulative;

    Sampler(List<Integer> eligible, SplittableRandom random) {
      units = eligible.stream().mapToInt(Integer::intValue).toArray();
      for (int i = units.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = units[i];
        units[i] = units[j];
        units[j] = t;
      }
      cumulative = new double[units.length];
      double total = 0;
      for (int rank = 0; rank < units.length; rank++) {
        total += 1.0 / (rank + 6);
        cumulative[rank] = total;
      }
    }

    int next(SplittableRandom random) {
      double x = random.nextDouble() * cumulative[cumulative.length - 1];
      int lo = 0;
      int hi = cumulative.length - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (cumulative[mid] <= x) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return units[lo];
    }
  }
}
