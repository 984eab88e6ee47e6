package org.latih.evaluation.attendance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Objects;
import org.latih.course.cohort.api.Cohort;
import org.latih.evaluation.attendance.entity.CohortSession;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.rest.NotFoundException;
import org.latih.kernel.security.control.Caller;

/**
 * Who may do what with a cohort's attendance. Its own instructors and the admins of its region keep
 * the sessions and record attendance; staff of its region (evaluators, other instructors) read it.
 * A system admin acts on every region, as with cohorts themselves.
 */
@ApplicationScoped
@Transactional
public class CohortAccess {

  @PersistenceContext EntityManager em;

  public Cohort cohort(long id) {
    Cohort cohort = em.find(Cohort.class, id);
    if (cohort == null) {
      throw new NotFoundException("attendance.cohortNotFound", id);
    }
    return cohort;
  }

  public CohortSession session(long id) {
    CohortSession session = em.find(CohortSession.class, id);
    if (session == null) {
      throw new NotFoundException("attendance.sessionNotFound", id);
    }
    return session;
  }

  public static boolean teaches(Caller caller, Cohort cohort) {
    return cohort.instructors().stream().anyMatch(u -> u.id().equals(caller.userId()));
  }

  public static boolean records(Caller caller, Cohort cohort) {
    return teaches(caller, cohort) || caller.administers(cohort.region());
  }

  public static boolean reads(Caller caller, Cohort cohort) {
    return records(caller, cohort)
        || (caller.hasAny(Role.REGIONAL_ADMIN, Role.EVALUATOR, Role.INSTRUCTOR)
            && caller.region() != null
            && Objects.equals(caller.region().id(), cohort.region().id()));
  }

  public Cohort toRecord(Caller caller, long cohortId) {
    Cohort cohort = cohort(cohortId);
    ensureRecords(caller, cohort);
    return cohort;
  }

  public static void ensureRecords(Caller caller, Cohort cohort) {
    if (!records(caller, cohort)) {
      throw new ForbiddenException("attendance.notYours", cohort.name());
    }
  }

  public Cohort toRead(Caller caller, long cohortId) {
    Cohort cohort = cohort(cohortId);
    if (!reads(caller, cohort)) {
      throw new ForbiddenException("attendance.notYours", cohort.name());
    }
    return cohort;
  }
}
