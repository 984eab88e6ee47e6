package org.latih.evaluation.attendance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.latih.course.cohort.api.Cohort;
import org.latih.evaluation.attendance.entity.CohortSession;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.rest.NotFoundException;
import org.latih.kernel.security.control.Caller;

/**
 * Who may do what with a cohort's attendance. Its own instructors and the admins of its region keep
 * the sessions and record attendance; staff of its region (evaluators, other instructors) read it.
 * A system admin acts on every region, as with cohorts themselves. Whether someone teaches a cohort
 * is asked of the database by id, never by loading the cohort's instructors.
 */
@ApplicationScoped
@Transactional
public class CohortAccess {

  @PersistenceContext EntityManager em;

  /**
   * Joins the course and regions of the cohort at {@code path} (such as "s.cohort") into a query.
   */
  static <Q extends Query> Q withCohort(Q query, String path) {
    query.setHint("eclipselink.join-fetch", path + ".course");
    query.setHint("eclipselink.left-join-fetch", path + ".course.region");
    query.setHint("eclipselink.join-fetch", path + ".region");
    return query;
  }

  public Cohort cohort(long id) {
    return withCohort(em.createQuery("SELECT c FROM Cohort c WHERE c.id = :id", Cohort.class), "c")
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("attendance.cohortNotFound", id));
  }

  public CohortSession session(long id) {
    var query =
        em.createQuery("SELECT s FROM CohortSession s WHERE s.id = :id", CohortSession.class)
            .setHint("eclipselink.join-fetch", "s.cohort");
    return withCohort(query, "s.cohort")
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("attendance.sessionNotFound", id));
  }

  public boolean teaches(Caller caller, Cohort cohort) {
    return !taught(caller, List.of(cohort)).isEmpty();
  }

  /** The ids of those cohorts the caller teaches, in one statement. */
  public Set<Long> taught(Caller caller, Collection<Cohort> cohorts) {
    if (caller.userId() == null || cohorts.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "SELECT c.id FROM Cohort c JOIN c.instructors i WHERE i.id = :userId"
                    + " AND c.id IN :ids",
                Long.class)
            .setParameter("userId", caller.userId())
            .setParameter("ids", cohorts.stream().map(Cohort::id).distinct().toList())
            .getResultList());
  }

  public boolean records(Caller caller, Cohort cohort) {
    return caller.administers(cohort.region()) || teaches(caller, cohort);
  }

  /** The ids of those cohorts whose attendance the caller may record. */
  public Set<Long> recordable(Caller caller, List<Cohort> cohorts) {
    Set<Long> ids = new HashSet<>();
    List<Cohort> others = cohorts.stream().filter(c -> !caller.administers(c.region())).toList();
    cohorts.stream().filter(c -> caller.administers(c.region())).forEach(c -> ids.add(c.id()));
    ids.addAll(taught(caller, others));
    return ids;
  }

  public boolean reads(Caller caller, Cohort cohort) {
    return (caller.hasAny(Role.REGIONAL_ADMIN, Role.EVALUATOR, Role.INSTRUCTOR)
            && caller.region() != null
            && Objects.equals(caller.region().id(), cohort.region().id()))
        || records(caller, cohort);
  }

  public Cohort toRecord(Caller caller, long cohortId) {
    Cohort cohort = cohort(cohortId);
    ensureRecords(caller, cohort);
    return cohort;
  }

  public void ensureRecords(Caller caller, Cohort cohort) {
    if (!records(caller, cohort)) {
      throw refused(caller, cohort);
    }
  }

  public void ensureReads(Caller caller, Cohort cohort) {
    if (!reads(caller, cohort)) {
      throw refused(caller, cohort);
    }
  }

  public Cohort toRead(Caller caller, long cohortId) {
    Cohort cohort = cohort(cohortId);
    ensureReads(caller, cohort);
    return cohort;
  }

  /**
   * Staff of the cohort's region learn that it is not theirs to change; anyone else is told it does
   * not exist, as for attempts: a refusal would confirm it and name another region's cohort.
   */
  private static RuntimeException refused(Caller caller, Cohort cohort) {
    boolean sameRegion =
        caller.region() != null && Objects.equals(caller.region().id(), cohort.region().id());
    return sameRegion
        ? new ForbiddenException("attendance.notYours", cohort.name())
        : new NotFoundException("attendance.cohortNotFound", cohort.id());
  }
}
