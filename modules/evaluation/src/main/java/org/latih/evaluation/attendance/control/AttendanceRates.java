package org.latih.evaluation.attendance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
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
    Map<String, Rate> units = Rate.of(counts("u.unitKerja", where, cohort.id()), u -> u);
    Map<Long, Rate> sessions = Rate.of(counts("s.id", where, cohort.id()), String::valueOf);
    return new CohortRates(cohort, Rate.total(units.values()), units, sessions);
  }

  /** The caller's region: for its staff, and system admins who belong to a region. */
  public RegionRates region(Caller caller, PageRequest page) {
    if (!caller.hasAny(Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.EVALUATOR, Role.INSTRUCTOR)) {
      throw new ForbiddenException("evaluation.staffOnly");
    }
    if (caller.region() == null) {
      throw new ForbiddenException("evaluation.noRegion");
    }
    String where = "s.cohort.region.id = :id";
    Long region = caller.region().id();
    Map<String, Rate> units = Rate.of(counts("u.unitKerja", where, region), u -> u);
    Map<Long, Rate> perCohort = Rate.of(counts("s.cohort.id", where, region), String::valueOf);
    List<Long> newestFirst = perCohort.keySet().stream().sorted(Comparator.reverseOrder()).toList();
    Page<Long> ids = Page.slice(newestFirst, page);
    List<CohortRate> rows = new ArrayList<>();
    for (Long id : ids.items()) {
      rows.add(new CohortRate(em.find(Cohort.class, id), perCohort.get(id)));
    }
    return new RegionRates(
        Rate.total(units.values()),
        new Page<>(rows, ids.page(), ids.size(), ids.totalItems(), ids.totalPages()),
        units);
  }

  /** Present and absent records counted per {@code key}; a missing unit counts as "". */
  @SuppressWarnings("unchecked")
  private <K> List<Rate.Count<K>> counts(String key, String where, Long id) {
    List<Object[]> rows =
        em.createQuery(
                "SELECT "
                    + key
                    + ", r.present, COUNT(r)"
                    + FROM
                    + where
                    + " GROUP BY "
                    + key
                    + ", r.present")
            .setParameter("id", id)
            .getResultList();
    List<Rate.Count<K>> counts = new ArrayList<>();
    for (Object[] row : rows) {
      Object k = row[0] == null ? "" : row[0];
      counts.add(
          new Rate.Count<>((K) k, Boolean.TRUE.equals(row[1]), ((Number) row[2]).longValue()));
    }
    return counts;
  }
}
