package org.latih.evaluation.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.latih.api.reports.AttendanceRow;
import org.latih.api.reports.EnrolmentRow;
import org.latih.api.reports.IndicatorRow;
import org.latih.api.reports.ResponseRow;
import org.latih.api.reports.ScoreRow;
import org.latih.assessment.attempt.api.CourseTestResults;
import org.latih.assessment.attempt.api.CourseTestResults.LearnerResults;
import org.latih.evaluation.indicator.entity.UnitIndicator;
import org.latih.evaluation.response.control.AnswersJson;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.persistence.ParallelReads;
import org.latih.kernel.persistence.StatementCounter;
import org.latih.worker.protocol.OutcomeParts;
import org.latih.worker.protocol.OutcomeSnapshot;
import org.latih.worker.protocol.PairMap;

/**
 * Reads the outcome data of one region for one report request, before the plugin is called: only
 * the region's own learners and answers, attendance of its cohorts' sessions (with each
 * participant's unit kerja today) and the unit indicators its admins recorded, narrowed to the
 * request by {@link ReportScope}, and to the parts of it the report reads. Rows, never entities, in
 * a fixed number of statements (at most nine) however many enrolments, attempts and answers there
 * are; the attendance ({@link RegionAttendance}) on another thread meanwhile.
 */
@ApplicationScoped
@Transactional
public class RegionOutcomes {

  /** Rows the database sends at a time for the large reads. */
  private static final int FETCH_SIZE = 5000;

  @PersistenceContext EntityManager em;
  @Inject CourseTestResults tests;
  @Inject RegionAttendance attendance;
  @Inject ParallelReads reads;

  /** One enrolment as the reports need it. */
  private record Enrolled(
      Long userId,
      Long courseId,
      String course,
      Long cohortId,
      String cohort,
      String unitKerja,
      int year,
      boolean completed,
      int jp) {}

  /**
   * Where the rows without a year may come from, with a year requested: the cohorts (by id) and
   * self-paced courses (by id) whose {@link ReportScope#key} has an enrolment in the year, the
   * codes of the courses with one, and those keys themselves.
   */
  private record YearCohorts(
      Set<Long> cohorts, Set<Long> selfPaced, Set<String> courses, Set<String> keys) {}

  /**
   * The {@code parts} of the outcome data of {@code region} for a request narrowed to {@code
   * scope}; every other part empty. A part costs its statements only when it is asked for.
   */
  public OutcomeSnapshot load(Region region, ReportScope scope, OutcomeParts parts) {
    SharedStrings strings = new SharedStrings();
    // with a year, the enrolments tell which cohorts' scores, attendance and responses belong to it
    boolean ofYear =
        scope.year() != null && (parts.attendance() || parts.testScores() || parts.anyForm());
    boolean enrolments = parts.enrolments() || parts.testScores() || ofYear;
    List<Enrolled> enrolled = enrolments ? enrolments(scope, strings) : List.of();
    YearCohorts year = ofYear ? yearCohorts(enrolled) : null;
    // The largest read on a thread of its own while this one reads the rest: one after the other,
    // a whole region took 1.2 s to read on the embedded database, the attendance about two fifths
    // of it (the server recorded under bench/plugin-workers server); side by side 0.7-1.2 s.
    Future<List<AttendanceRow>> attended =
        parts.attendance()
            ? reads.read(
                StatementCounter.forCaller(
                    () -> attendance.load(scope, year == null ? null : year.cohorts(), strings)))
            : CompletableFuture.completedFuture(List.of());
    try {
      List<Enrolled> scored =
          !parts.testScores()
              ? List.of()
              : year == null ? enrolled : inCohorts(scope, year, strings);
      return new OutcomeSnapshot(
          region.code(),
          !parts.enrolments()
              ? List.of()
              : enrolled.stream()
                  .map(
                      e ->
                          new EnrolmentRow(
                              e.course(),
                              e.cohort(),
                              e.unitKerja(),
                              e.year(),
                              e.completed(),
                              e.jp()))
                  .toList(),
          await(attended),
          scored.isEmpty() ? List.of() : scores(region, scored),
          parts.anyForm() ? responses(scope, year, parts.forms(), strings) : Map.of(),
          parts.unitIndicators() ? indicators(region) : List.of());
    } finally {
      attended.cancel(true); // after a failure here: nobody waits for it any more
    }
  }

  private static <T> T await(Future<T> read) {
    try {
      return read.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the outcome data", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException("could not read the attendance", e.getCause());
    }
  }

  /** The region's enrolments of the requested course and year. */
  private List<Enrolled> enrolments(ReportScope scope, SharedStrings strings) {
    // each instant compared with its own column, not through COALESCE: only a column tells
    // EclipseLink how to bind an Instant, and PostgreSQL's driver refuses an untyped one
    String inYear =
        " AND ((e.completedAt >= :from AND e.completedAt < :until)"
            + " OR (e.completedAt IS NULL AND e.enrolledAt >= :from AND e.enrolledAt < :until))";
    TypedQuery<Object[]> query = enrolmentQuery(scope, scope.year() == null ? "" : inYear);
    if (scope.year() != null) {
      query.setParameter("from", scope.from()).setParameter("until", scope.until());
    }
    return inIdOrder(query, 9).stream()
        .map(r -> enrolled(r, strings))
        .filter(e -> scope.inYear(e.year()))
        .toList();
  }

  /**
   * The region's enrolments (of any year) in the year's cohorts and self-paced courses: the
   * learners whose scores the plugins count for the year.
   */
  private List<Enrolled> inCohorts(ReportScope scope, YearCohorts year, SharedStrings strings) {
    String cohorts = year.cohorts().isEmpty() ? null : "co.id IN :cohorts";
    String selfPaced = year.selfPaced().isEmpty() ? null : "(co.id IS NULL AND c.id IN :selfPaced)";
    if (cohorts == null && selfPaced == null) {
      return List.of();
    }
    String either =
        cohorts == null ? selfPaced : selfPaced == null ? cohorts : cohorts + " OR " + selfPaced;
    TypedQuery<Object[]> query = enrolmentQuery(scope, " AND (" + either + ")");
    if (cohorts != null) {
      query.setParameter("cohorts", year.cohorts());
    }
    if (selfPaced != null) {
      query.setParameter("selfPaced", year.selfPaced());
    }
    return inIdOrder(query, 9).stream().map(r -> enrolled(r, strings)).toList();
  }

  private TypedQuery<Object[]> enrolmentQuery(ReportScope scope, String more) {
    TypedQuery<Object[]> query =
        em.createQuery(
                "SELECT u.id, c.id, c.code, co.id, co.name, u.unitKerja, e.enrolledAt,"
                    + " e.completedAt, c.jp, e.id FROM Enrolment e JOIN e.user u JOIN e.course c"
                    + " LEFT JOIN e.cohort co WHERE u.region.id = :region"
                    + (scope.course() == null ? "" : " AND c.code = :course")
                    + more,
                Object[].class)
            .setParameter("region", scope.regionId());
    return scope.course() == null ? query : query.setParameter("course", scope.course());
  }

  private static Enrolled enrolled(Object[] r, SharedStrings strings) {
    Instant completedAt = (Instant) r[7];
    return new Enrolled(
        (Long) r[0],
        (Long) r[1],
        strings.of((String) r[2]),
        (Long) r[3],
        strings.of((String) r[4]),
        strings.of((String) r[5]),
        ReportScope.yearOf((Instant) r[6], completedAt),
        completedAt != null,
        ((Number) r[8]).intValue());
  }

  /**
   * The cohorts whose key has an enrolment in the year: every cohort of the year's courses is read
   * (a cohort named like one of the year's counts too, as the plugins compare names), and picked
   * here by the same key.
   */
  private YearCohorts yearCohorts(List<Enrolled> enrolled) {
    Set<String> keys = new LinkedHashSet<>();
    Set<String> courses = new LinkedHashSet<>();
    Set<String> cohortCourses = new LinkedHashSet<>();
    Set<Long> selfPaced = new LinkedHashSet<>();
    for (Enrolled e : enrolled) {
      keys.add(ReportScope.key(e.course(), e.cohort()));
      courses.add(e.course());
      if (e.cohortId() == null) {
        selfPaced.add(e.courseId());
      } else {
        cohortCourses.add(e.course());
      }
    }
    Set<Long> cohorts =
        cohortCourses.isEmpty()
            ? Set.of()
            : em.createQuery(
                    "SELECT co.id, c.code, co.name FROM Cohort co JOIN co.course c"
                        + " WHERE c.code IN :courses",
                    Object[].class)
                .setParameter("courses", cohortCourses)
                .getResultStream()
                .filter(r -> keys.contains(ReportScope.key((String) r[1], (String) r[2])))
                .map(r -> (Long) r[0])
                .collect(Collectors.toCollection(LinkedHashSet::new));
    return new YearCohorts(cohorts, selfPaced, courses, keys);
  }

  private record UserCourse(Long userId, Long courseId) {}

  /** Pre- and post-test scores of these enrolments, all read at once. */
  private List<ScoreRow> scores(Region region, List<Enrolled> enrolments) {
    Set<Long> courses =
        enrolments.stream()
            .map(Enrolled::courseId)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    Map<UserCourse, LearnerResults> results = new HashMap<>();
    tests
        .ofRegion(region.id(), courses)
        .forEach(r -> results.put(new UserCourse(r.userId(), r.courseId()), r));
    List<ScoreRow> rows = new ArrayList<>();
    for (Enrolled e : enrolments) {
      LearnerResults r = results.get(new UserCourse(e.userId(), e.courseId()));
      if (r != null) {
        rows.add(new ScoreRow(e.course(), e.cohort(), e.unitKerja(), r.pre(), r.post()));
      }
    }
    return rows;
  }

  /**
   * The responses to {@code forms} (null: every form) in the region, by form id, for the requested
   * course; with a year, only those of the year's courses in the database and of the year's cohorts
   * here. Answers are parsed once.
   */
  private Map<String, List<ResponseRow>> responses(
      ReportScope scope, YearCohorts year, List<String> forms, SharedStrings strings) {
    Set<String> courses = year == null ? null : year.courses();
    if (courses != null && courses.isEmpty()) {
      return Map.of();
    }
    TypedQuery<Object[]> query =
        em.createQuery(
                "SELECT r.formId, r.courseCode, r.cohort, r.unitKerja, r.answers, r.id"
                    + " FROM FormResponse r WHERE r.region.id = :region"
                    + (scope.course() == null ? "" : " AND LOWER(TRIM(r.courseCode)) = :course")
                    + (courses == null ? "" : " AND LOWER(TRIM(r.courseCode)) IN :courses")
                    + (forms == null ? "" : " AND r.formId IN :forms"),
                Object[].class)
            .setParameter("region", scope.regionId());
    if (forms != null) {
      query.setParameter("forms", forms);
    }
    if (scope.course() != null) {
      query.setParameter("course", scope.course());
    }
    if (courses != null) {
      query.setParameter("courses", courses);
    }
    Map<String, List<ResponseRow>> byForm = new LinkedHashMap<>();
    inIdOrder(query, 5).stream()
        .filter(
            r ->
                year == null || year.keys().contains(ReportScope.key((String) r[1], (String) r[2])))
        .forEach(
            r ->
                byForm
                    .computeIfAbsent((String) r[0], id -> new ArrayList<>())
                    .add(
                        new ResponseRow(
                            strings.of((String) r[0]),
                            strings.of((String) r[1]),
                            strings.of((String) r[2]),
                            strings.of((String) r[3]),
                            PairMap.copyOf(AnswersJson.read((String) r[4]), strings::of))));
    return byForm;
  }

  /**
   * The rows of {@code query} ordered by the ids in these columns, sorted here rather than by the
   * database: a region has more rows than H2 keeps in memory for a sorted result (40,000 by
   * default), and to sort them it wrote them to a temporary file first (a profile of whole-region
   * reports found a fair share of their loading there). The order is the one ORDER BY gave, so the
   * plugins see the same rows in the same order.
   */
  static List<Object[]> inIdOrder(TypedQuery<Object[]> query, int id, int... thenIds) {
    Comparator<Object[]> order = Comparator.comparingLong(r -> (Long) r[id]);
    for (int then : thenIds) {
      order = order.thenComparingLong(r -> (Long) r[then]);
    }
    // PostgreSQL's driver otherwise holds every row of the result as bytes until the last one has
    // arrived, beside the rows read from them: a whole region's attendance twice over at once
    query.setHint("eclipselink.jdbc.fetch-size", FETCH_SIZE);
    List<Object[]> rows = new ArrayList<>(query.getResultList());
    rows.sort(order);
    return rows;
  }

  /** The region's unit indicators, all periods: comparisons need the earlier ones. */
  private List<IndicatorRow> indicators(Region region) {
    return em.createNamedQuery(UnitIndicator.OF_REGION, UnitIndicator.class)
        .setParameter("regionId", region.id())
        .getResultStream()
        .map(i -> new IndicatorRow(i.unitKerja(), i.indicator(), i.period(), i.value()))
        .toList();
  }
}
