package org.latih.evaluation.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.latih.api.reports.AttendanceRow;

/**
 * The attendance part of {@link RegionOutcomes}' reading, in a transaction of its own so that it
 * can run on another thread beside the rest: a region's 150,000 records are the largest read of a
 * report's outcome data.
 */
@ApplicationScoped
@Transactional
public class RegionAttendance {

  @PersistenceContext EntityManager em;

  /** A session's columns of an attendance row. */
  private record Session(String course, String cohort, String title, String deliveryMode) {}

  /**
   * Attendance at the sessions of the region's cohorts of the request, in three reads: the
   * sessions, their records (from an index that holds every column read) and the learners' unit
   * kerja. Joined in one statement, H2 looked up the session, cohort, course and learner again for
   * each of a region's 150,000 records, which took most of a whole-region report's loading.
   *
   * @param yearCohorts the cohorts of the requested year, or null when no year was asked for
   */
  public List<AttendanceRow> load(ReportScope scope, Set<Long> yearCohorts, SharedStrings strings) {
    if (yearCohorts != null && yearCohorts.isEmpty()) {
      return List.of();
    }
    String sessionsOfRequest =
        " FROM CohortSession s JOIN s.cohort co JOIN co.course c WHERE co.region.id = :region"
            + (scope.course() == null ? "" : " AND c.code = :course")
            + (yearCohorts == null ? "" : " AND co.id IN :cohorts");
    Map<Long, Session> sessions = new HashMap<>();
    narrowed(
            em.createQuery(
                "SELECT s.id, c.code, co.name, s.title, s.deliveryMode" + sessionsOfRequest,
                Object[].class),
            scope,
            yearCohorts)
        .getResultStream()
        .forEach(
            r ->
                sessions.put(
                    (Long) r[0],
                    new Session((String) r[1], (String) r[2], (String) r[3], (String) r[4])));
    if (sessions.isEmpty()) {
      return List.of();
    }
    List<Object[]> records =
        RegionOutcomes.inIdOrder(
            narrowed(
                em.createQuery(
                    "SELECT r.session.id, r.user.id, r.present, r.absence, r.id"
                        + " FROM AttendanceRecord r WHERE r.session.id IN (SELECT s.id"
                        + sessionsOfRequest
                        + ")",
                    Object[].class),
                scope,
                yearCohorts),
            0,
            4);
    Map<Long, String> unitKerja = unitKerja(scope.regionId(), records, strings);
    return records.stream()
        .map(
            r -> {
              Session s = sessions.get((Long) r[0]);
              return new AttendanceRow(
                  s.course(),
                  s.cohort(),
                  s.title(),
                  s.deliveryMode(),
                  unitKerja.get((Long) r[1]),
                  (Boolean) r[2],
                  r[3] == null ? null : strings.of(r[3].toString()));
            })
        .toList();
  }

  private static TypedQuery<Object[]> narrowed(
      TypedQuery<Object[]> query, ReportScope scope, Set<Long> yearCohorts) {
    query.setParameter("region", scope.regionId());
    if (scope.course() != null) {
      query.setParameter("course", scope.course());
    }
    if (yearCohorts != null) {
      query.setParameter("cohorts", yearCohorts);
    }
    return query;
  }

  /**
   * The unit kerja of the learners in {@code records} (user id in column 1): the region's users in
   * one read, and in a second only if a record is someone else's (a learner moved to another
   * region).
   */
  private Map<Long, String> unitKerja(
      long regionId, List<Object[]> records, SharedStrings strings) {
    Map<Long, String> unitKerja = new HashMap<>();
    em.createQuery(
            "SELECT u.id, u.unitKerja FROM User u WHERE u.region.id = :region", Object[].class)
        .setParameter("region", regionId)
        .getResultStream()
        .forEach(r -> unitKerja.put((Long) r[0], strings.of((String) r[1])));
    Set<Long> others =
        records.stream()
            .map(r -> (Long) r[1])
            .filter(id -> !unitKerja.containsKey(id))
            .collect(Collectors.toSet());
    if (!others.isEmpty()) {
      em.createQuery("SELECT u.id, u.unitKerja FROM User u WHERE u.id IN :ids", Object[].class)
          .setParameter("ids", others)
          .getResultStream()
          .forEach(r -> unitKerja.put((Long) r[0], strings.of((String) r[1])));
    }
    return unitKerja;
  }
}
