package org.latih.report.outcome.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.latih.assessment.attempt.api.CourseTestResults;
import org.latih.evaluation.form.api.ReactionItems;
import org.latih.evaluation.form.api.ReactionItems.ScaleItem;
import org.latih.kernel.identity.region.control.Regions;

/**
 * Reads the enrolments an outcome report covers, with their results attached, in a fixed number of
 * statements whatever the number of learners (about ten: enrolments, two for the test results, the
 * post-tests' pass marks, attendance, JP credits, two for action plans, form answers and the
 * region's own forms). Other modules' tables are read by their entity names, as {@code
 * RegionOutcomes} does; their values come back as rows, never entities.
 */
@ApplicationScoped
@Transactional
public class OutcomeRows {

  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final JsonProvider JSON = JsonProvider.provider();

  @PersistenceContext EntityManager em;
  @Inject CourseTestResults tests;
  @Inject ReactionItems forms;
  @Inject Regions regions;

  /**
   * Everything read: enrolments (the year's and, when comparing, the previous year's) and answers.
   */
  public record Rows(List<LearnerRow> learners, List<ReactionAnswer> answers) {}

  private record Pair(long userId, long courseId) {}

  public Rows read(OutcomeQuery q) {
    List<Object[]> enrolments = enrolments(q);
    Set<Long> courseIds = new LinkedHashSet<>();
    enrolments.forEach(r -> courseIds.add((Long) r[1]));
    Map<Pair, CourseTestResults.LearnerResults> results = new HashMap<>();
    tests
        .ofRegion(q.region() == null ? null : q.region().id(), courseIds)
        .forEach(r -> results.put(new Pair(r.userId(), r.courseId()), r));
    Map<Long, Integer> passMarks = passMarks(courseIds);
    Map<Pair, int[]> attendance = attendance(q);
    Map<Pair, Integer> credits = credits(q);
    Map<Pair, LearnerRow.Plan> plans = plans(q);
    List<LearnerRow> learners = new ArrayList<>();
    for (Object[] e : enrolments) {
      Pair pair = new Pair((Long) e[0], (Long) e[1]);
      Long cohortId = (Long) e[4];
      CourseTestResults.LearnerResults result = results.get(pair);
      int[] seen = cohortId == null ? null : attendance.get(new Pair(pair.userId(), cohortId));
      learners.add(
          new LearnerRow(
              pair.userId(),
              dimensions(e),
              e[12] != null,
              result == null ? null : result.pre(),
              result == null ? null : result.post(),
              passMarks.get(pair.courseId()),
              seen == null ? 0 : seen[0],
              seen == null ? 0 : seen[1],
              credits.get(pair),
              plans.get(pair)));
    }
    return new Rows(learners, answers(q, learners));
  }

  /** The enrolment's year: of its completion, else of its start (western Indonesian time). */
  static int yearOf(Instant enrolled, Instant completed) {
    return (completed != null ? completed : enrolled).atZone(WIB).getYear();
  }

  private static Dimensions dimensions(Object[] e) {
    return new Dimensions(
        (Long) e[1],
        (String) e[2],
        (String) e[3],
        (Long) e[4],
        (String) e[5],
        (String) e[6],
        (String) e[7],
        (String) e[8],
        (String) e[9],
        (String) e[10],
        yearOf((Instant) e[11], (Instant) e[12]));
  }

  private List<Object[]> enrolments(OutcomeQuery q) {
    StringBuilder jpql =
        new StringBuilder(
            "SELECT u.id, c.id, c.code, c.title, co.id, co.name, u.unitKerja, u.golongan,"
                + " u.jabatan, r.code, r.name, e.enrolledAt, e.completedAt FROM Enrolment e"
                + " JOIN e.user u JOIN u.region r JOIN e.course c LEFT JOIN e.cohort co WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    filter(jpql, params, " AND r = :region", "region", q.region());
    filter(jpql, params, " AND c.code = :course", "course", q.course());
    filter(jpql, params, " AND co.id = :cohort", "cohort", q.cohort());
    filter(jpql, params, " AND u.unitKerja = :unit", "unit", q.unitKerja());
    filter(jpql, params, " AND u.golongan = :golongan", "golongan", q.golongan());
    filter(jpql, params, " AND u.jabatan = :jabatan", "jabatan", q.jabatan());
    if (q.year() != null) {
      // each instant compared with its own column: PostgreSQL refuses an untyped COALESCE
      jpql.append(
          " AND ((e.completedAt >= :from AND e.completedAt < :until)"
              + " OR (e.completedAt IS NULL AND e.enrolledAt >= :from AND e.enrolledAt < :until))");
      params.put("from", startOf(q.compares() ? q.year() - 1 : q.year()));
      params.put("until", startOf(q.year() + 1));
    }
    jpql.append(" ORDER BY e.id");
    TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
    params.forEach(query::setParameter);
    return query.getResultList();
  }

  private static Instant startOf(int year) {
    return LocalDate.of(year, 1, 1).atStartOfDay(WIB).toInstant();
  }

  private static void filter(
      StringBuilder jpql, Map<String, Object> params, String clause, String name, Object value) {
    if (value != null) {
      jpql.append(clause);
      params.put(name, value);
    }
  }

  /** Each course's post-test pass mark: its first post-test, as the test results use. */
  private Map<Long, Integer> passMarks(Set<Long> courseIds) {
    Map<Long, Integer> marks = new HashMap<>();
    if (courseIds.isEmpty()) {
      return marks;
    }
    em.createQuery(
            "SELECT q.course.id, q.passPercent FROM Quiz q WHERE q.course.id IN :courses"
                + " AND q.kind = org.latih.assessment.quiz.entity.QuizKind.POST_TEST ORDER BY q.id",
            Object[].class)
        .setParameter("courses", courseIds)
        .getResultStream()
        .forEach(r -> marks.putIfAbsent((Long) r[0], ((Number) r[1]).intValue()));
    return marks;
  }

  /** Per learner and cohort: attendance records, and of them present. */
  private Map<Pair, int[]> attendance(OutcomeQuery q) {
    StringBuilder jpql =
        new StringBuilder(
            "SELECT u.id, co.id, a.present, COUNT(a)"
                + " FROM AttendanceRecord a JOIN a.session s JOIN s.cohort co JOIN co.course c"
                + " JOIN a.user u WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    filter(jpql, params, " AND u.region = :region", "region", q.region());
    filter(jpql, params, " AND c.code = :course", "course", q.course());
    filter(jpql, params, " AND co.id = :cohort", "cohort", q.cohort());
    // counted per presence rather than summed through a CASE: H2 will not compare its booleans
    // with the 1 EclipseLink writes for TRUE there
    jpql.append(" GROUP BY u.id, co.id, a.present");
    Map<Pair, int[]> seen = new HashMap<>();
    rows(jpql, params)
        .forEach(
            r -> {
              int[] counts =
                  seen.computeIfAbsent(new Pair((Long) r[0], (Long) r[1]), k -> new int[2]);
              int n = ((Number) r[3]).intValue();
              counts[0] += n;
              if (Boolean.TRUE.equals(r[2])) {
                counts[1] += n;
              }
            });
    return seen;
  }

  private Map<Pair, Integer> credits(OutcomeQuery q) {
    StringBuilder jpql =
        new StringBuilder(
            "SELECT u.id, c.id, j.jp FROM JpCredit j JOIN j.user u JOIN j.course c WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    filter(jpql, params, " AND u.region = :region", "region", q.region());
    filter(jpql, params, " AND c.code = :course", "course", q.course());
    Map<Pair, Integer> credits = new HashMap<>();
    rows(jpql, params)
        .forEach(r -> credits.put(new Pair((Long) r[0], (Long) r[1]), ((Number) r[2]).intValue()));
    return credits;
  }

  /** Action plans and the status counts of their followed-up actions. */
  private Map<Pair, LearnerRow.Plan> plans(OutcomeQuery q) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    filter(where, params, " AND p.region = :region", "region", q.region());
    filter(where, params, " AND c.code = :course", "course", q.course());
    Map<Pair, int[]> statuses = new HashMap<>();
    rows(
            new StringBuilder(
                "SELECT u.id, c.id, a.status, COUNT(a) FROM PlannedAction a JOIN a.plan p"
                    + " JOIN p.participant u JOIN p.course c"
                    + where
                    + " AND a.status IS NOT NULL GROUP BY u.id, c.id, a.status"),
            params)
        .forEach(
            r -> {
              int[] counts =
                  statuses.computeIfAbsent(new Pair((Long) r[0], (Long) r[1]), k -> new int[3]);
              // the status is the evaluation module's enum, read here by its name only
              switch (((Enum<?>) r[2]).name()) {
                case "TERLAKSANA" -> counts[0] += ((Number) r[3]).intValue();
                case "SEBAGIAN" -> counts[1] += ((Number) r[3]).intValue();
                default -> counts[2] += ((Number) r[3]).intValue();
              }
            });
    Map<Pair, LearnerRow.Plan> plans = new HashMap<>();
    rows(
            new StringBuilder(
                "SELECT u.id, c.id, p.followedUpAt, p.score FROM ActionPlan p"
                    + " JOIN p.participant u JOIN p.course c"
                    + where),
            params)
        .forEach(
            r -> {
              Pair pair = new Pair((Long) r[0], (Long) r[1]);
              int[] s = statuses.getOrDefault(pair, new int[3]);
              plans.put(
                  pair,
                  new LearnerRow.Plan(
                      r[2] != null,
                      r[3] == null ? null : ((Number) r[3]).intValue(),
                      s[0],
                      s[1],
                      s[2]));
            });
    return plans;
  }

  private List<Object[]> rows(StringBuilder jpql, Map<String, Object> params) {
    TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
    params.forEach(query::setParameter);
    return query.getResultList();
  }

  /**
   * The scale answers of the participants' forms about the learners' courses. An answer by a known
   * person belongs where that person's enrolment does (so the unit, rank and position filters
   * apply); an anonymous one where its own course, cohort, unit kerja and year say.
   */
  private List<ReactionAnswer> answers(OutcomeQuery q, List<LearnerRow> learners) {
    Map<String, Dimensions> byCourse = new HashMap<>();
    Map<String, Dimensions> byPerson = new HashMap<>();
    Map<String, Dimensions> byCohort = new HashMap<>();
    for (LearnerRow l : learners) {
      String code = l.where().courseCode().toLowerCase(Locale.ROOT);
      byCourse.putIfAbsent(code, l.where());
      byPerson.put(l.userId() + "/" + code, l.where());
      if (l.where().cohortName() != null) {
        byCohort.putIfAbsent(code + "/" + l.where().cohortName().strip(), l.where());
      }
    }
    if (byCourse.isEmpty()) {
      return List.of();
    }
    StringBuilder jpql =
        new StringBuilder(
            "SELECT r.pluginId, r.formId, r.courseCode, r.cohort, r.unitKerja, r.year, r.userId,"
                + " r.answers, g.code, g.name FROM FormResponse r JOIN r.region g"
                + " WHERE LOWER(TRIM(r.courseCode)) IN :courses");
    Map<String, Object> params = new HashMap<>();
    params.put("courses", byCourse.keySet());
    filter(jpql, params, " AND g = :region", "region", q.region());
    jpql.append(" ORDER BY r.id");
    List<Object[]> responses = rows(jpql, params);
    if (responses.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, ScaleItem>> items =
        forms.of(q.region() == null ? regions.all() : List.of(q.region()));
    List<ReactionAnswer> answers = new ArrayList<>();
    for (Object[] r : responses) {
      Map<String, ScaleItem> scale = items.get(ReactionItems.key((String) r[0], (String) r[1]));
      if (scale == null || scale.isEmpty()) {
        continue;
      }
      Dimensions where = where(q, r, byCourse, byPerson, byCohort);
      if (where == null || (q.year() != null && !inYears(q, where.year()))) {
        continue;
      }
      readAnswers((String) r[7])
          .forEach(
              (itemId, text) -> {
                ScaleItem item = scale.get(itemId);
                Double point = item == null ? null : item.point(text);
                if (point != null) {
                  answers.add(
                      new ReactionAnswer(
                          where, item.aspect(), item.scaleMin(), item.scaleMax(), point));
                }
              });
    }
    return answers;
  }

  private static boolean inYears(OutcomeQuery q, int year) {
    return year == q.year() || (q.compares() && year == q.year() - 1);
  }

  /** Where an answer belongs, or null when outside the report's filters. */
  private static Dimensions where(
      OutcomeQuery q,
      Object[] r,
      Map<String, Dimensions> byCourse,
      Map<String, Dimensions> byPerson,
      Map<String, Dimensions> byCohort) {
    String code = ((String) r[2]).strip().toLowerCase(Locale.ROOT);
    int year = ((Number) r[5]).intValue();
    Long userId = (Long) r[6];
    if (userId != null) {
      Dimensions d = byPerson.get(userId + "/" + code);
      return d == null ? null : withYear(d, year);
    }
    String cohortName = r[3] == null ? null : ((String) r[3]).strip();
    Dimensions cohort = cohortName == null ? null : byCohort.get(code + "/" + cohortName);
    Dimensions course = byCourse.get(code);
    String unit = (String) r[4];
    boolean outside =
        (q.cohort() != null && cohort == null)
            || (q.unitKerja() != null && !q.unitKerja().equals(unit))
            || q.golongan() != null
            || q.jabatan() != null;
    if (outside) {
      return null;
    }
    return new Dimensions(
        course.courseId(),
        course.courseCode(),
        course.courseTitle(),
        cohort == null ? null : cohort.cohortId(),
        cohort == null ? null : cohort.cohortName(),
        unit,
        null,
        null,
        (String) r[8],
        (String) r[9],
        year);
  }

  private static Dimensions withYear(Dimensions d, int year) {
    return new Dimensions(
        d.courseId(),
        d.courseCode(),
        d.courseTitle(),
        d.cohortId(),
        d.cohortName(),
        d.unitKerja(),
        d.golongan(),
        d.jabatan(),
        d.regionCode(),
        d.regionName(),
        year);
  }

  private static Map<String, String> readAnswers(String text) {
    Map<String, String> answers = new HashMap<>();
    try (var reader = JSON.createReader(new StringReader(text))) {
      JsonObject json = reader.readObject();
      json.forEach(
          (id, value) -> {
            if (value.getValueType() == JsonValue.ValueType.STRING) {
              answers.put(id, ((JsonString) value).getString());
            } else if (value.getValueType() == JsonValue.ValueType.NUMBER) {
              answers.put(id, value.toString());
            }
          });
    }
    return answers;
  }
}
