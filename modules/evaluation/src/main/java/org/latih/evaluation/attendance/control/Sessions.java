package org.latih.evaluation.attendance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.latih.course.cohort.api.Cohort;
import org.latih.evaluation.attendance.entity.AttendanceRecord;
import org.latih.evaluation.attendance.entity.CohortSession;
import org.latih.evaluation.attendance.entity.SessionHasAttendanceException;
import org.latih.kernel.security.control.Caller;

/**
 * Keeping a cohort's sessions. A session with recorded attendance is not deleted: the records are
 * evidence that it took place. Clearing its sheet first (an empty list) makes deleting possible.
 */
@ApplicationScoped
@Transactional
public class Sessions {

  @PersistenceContext EntityManager em;
  @Inject CohortAccess access;
  @Inject Clock clock;

  public List<CohortSession> of(Cohort cohort) {
    var query =
        em.createNamedQuery(CohortSession.OF_COHORT, CohortSession.class)
            .setHint("eclipselink.join-fetch", "s.cohort");
    return CohortAccess.withCohort(query, "s.cohort")
        .setParameter("cohortId", cohort.id())
        .getResultList();
  }

  public CohortSession create(Caller caller, long cohortId, CohortSession.Plan plan) {
    Cohort cohort = access.toRecord(caller, cohortId);
    CohortSession session = new CohortSession(cohort, plan, clock.instant());
    em.persist(session);
    return session;
  }

  public CohortSession update(Caller caller, long sessionId, CohortSession.Plan plan) {
    CohortSession session = access.session(sessionId);
    access.ensureRecords(caller, session.cohort());
    session.replan(plan);
    return session;
  }

  public void delete(Caller caller, long sessionId) {
    CohortSession session = access.session(sessionId);
    access.ensureRecords(caller, session.cohort());
    long recorded =
        em.createNamedQuery(AttendanceRecord.COUNT_OF_SESSION, Long.class)
            .setParameter("sessionId", sessionId)
            .getSingleResult();
    if (recorded > 0) {
      throw new SessionHasAttendanceException(session.title(), recorded);
    }
    em.remove(session);
  }
}
