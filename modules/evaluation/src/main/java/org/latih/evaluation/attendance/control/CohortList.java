package org.latih.evaluation.attendance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.latih.course.cohort.api.Cohort;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.rest.Page;
import org.latih.kernel.rest.PageRequest;
import org.latih.kernel.security.control.Caller;

/**
 * The cohorts whose attendance the caller may open, newest first: their region's, or every region's
 * for a system admin without one.
 */
@ApplicationScoped
@Transactional
public class CohortList {

  @PersistenceContext EntityManager em;

  public Page<Cohort> of(Caller caller, PageRequest page) {
    boolean all = caller.region() == null;
    if (all && !caller.systemAdmin()) {
      throw new ForbiddenException("evaluation.noRegion");
    }
    String where = all ? "" : " WHERE c.region.id = :regionId";
    var query =
        em.createQuery(
            "SELECT c FROM Cohort c" + where + " ORDER BY c.startsOn DESC, c.id DESC",
            Cohort.class);
    var count = em.createQuery("SELECT COUNT(c) FROM Cohort c" + where, Long.class);
    if (!all) {
      query.setParameter("regionId", caller.region().id());
      count.setParameter("regionId", caller.region().id());
    }
    List<Cohort> found =
        CohortAccess.withCohort(query, "c")
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return Page.of(found, page, count.getSingleResult());
  }
}
