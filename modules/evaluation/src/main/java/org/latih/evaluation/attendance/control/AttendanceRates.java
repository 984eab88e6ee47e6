package org.latih.evaluation.attendance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.latih.course.cohort.api.Cohort;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.rest.Page;
import org.latih.kernel.rest.PageRequest;
import org.latih.kernel.security.control.Caller;

/**
 * Attendance rates (present of recorded) of one cohort, per unit kerja and per session, and of a
 * region, per cohort and per unit kerja. Counted by the database, grouped; the unit is the
 * participant's unit kerja today.
 */
@ApplicationScoped
@Transactional
public class AttendanceRates {

  private static final String FROM =
      " FROM AttendanceRecord r JOIN r.session s JOIN r.user u WHERE ";

  @PersistenceContext EntityManager em;
  @Inject CohortAccess access;

  public record CohortRates(
      Cohort cohort, Rate total, Map<String, Rate> units, Map<Long, Rate> sessions) {}

  public record CohortRate(Cohort cohort, Rate rate) {}

  public record RegionRates(Rate total, Page<CohortRate> cohorts, Map<String, Rate> units) {}

  public CohortRates cohort(Caller caller, long cohortId) {
    Cohort cohort = access.toRead(caller, cohortId);
    String where = "s.cohort.id = :id";
    Map<String, Object> id = Map.of("id", cohort.id());
    Map<String, Rate> units = Rate.of(counts("u.unitKerja", where, id), u -> u);
    Map<Long, Rate> sessions = Rate.of(counts("s.id", where, id), String::valueOf);
    return new CohortRates(cohort, Rate.total(units.values()), units, sessions);
  }

  /**
   * The caller's region: for its staff, and system admins who belong to a region. Its cohorts with
   * records are paged by the database, newest first, and only that page's are counted.
   */
  public RegionRates region(Caller caller, PageRequest page) {
    if (!caller.hasAny(Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.EVALUATOR, Role.INSTRUCTOR)) {
      throw new ForbiddenException("evaluation.staffOnly");
    }
    if (caller.region() == null) {
      throw new ForbiddenException("evaluation.noRegion");
    }
    Long region = caller.region().id();
    Map<String, Rate> units =
        Rate.of(counts("u.unitKerja", "s.cohort.region.id = :id", Map.of("id", region)), u -> u);
    List<Long> ids =
        em.createQuery(
                "SELECT s.cohort.id FROM AttendanceRecord r JOIN r.session s"
                    + " WHERE s.cohort.region.id = :id GROUP BY s.cohort.id"
                    + " ORDER BY s.cohort.id DESC",
                Long.class)
            .setParameter("id", region)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createQuery(
                "SELECT COUNT(DISTINCT s.cohort.id) FROM AttendanceRecord r JOIN r.session s"
                    + " WHERE s.cohort.region.id = :id",
                Long.class)
            .setParameter("id", region)
            .getSingleResult();
    List<CohortRate> rows = new ArrayList<>();
    if (!ids.isEmpty()) {
      Map<Long, Rate> perCohort =
          Rate.of(
              counts("s.cohort.id", "s.cohort.id IN :ids", Map.of("ids", ids)), String::valueOf);
      Map<Long, Cohort> cohorts = new HashMap<>();
      CohortAccess.withCohort(
              em.createQuery("SELECT c FROM Cohort c WHERE c.id IN :ids", Cohort.class), "c")
          .setParameter("ids", ids)
          .getResultList()
          .forEach(c -> cohorts.put(c.id(), c));
      for (Long id : ids) {
        rows.add(new CohortRate(cohorts.get(id), perCohort.get(id)));
      }
    }
    return new RegionRates(Rate.total(units.values()), Page.of(rows, page, total), units);
  }

  /** Present and absent records counted per {@code key}; a missing unit counts as "". */
  @SuppressWarnings("unchecked")
  private <K> List<Rate.Count<K>> counts(String key, String where, Map<String, Object> params) {
    var query =
        em.createQuery(
            "SELECT "
                + key
                + ", r.present, COUNT(r)"
                + FROM
                + where
                + " GROUP BY "
                + key
                + ", r.present");
    params.forEach(query::setParameter);
    List<Object[]> rows = query.getResultList();
    List<Rate.Count<K>> counts = new ArrayList<>();
    for (Object[] row : rows) {
      Object k = row[0] == null ? "" : row[0];
      counts.add(
          new Rate.Count<>((K) k, Boolean.TRUE.equals(row[1]), ((Number) row[2]).longValue()));
    }
    return counts;
  }
}
