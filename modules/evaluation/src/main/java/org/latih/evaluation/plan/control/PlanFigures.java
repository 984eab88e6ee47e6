package org.latih.evaluation.plan.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.latih.course.course.api.Course;
import org.latih.evaluation.plan.entity.ActionPlan;
import org.latih.evaluation.plan.entity.FollowUpStatus;
import org.latih.kernel.rest.Page;
import org.latih.kernel.rest.PageRequest;
import org.latih.kernel.security.control.Caller;

/**
 * Level-3 figures of the caller's region for its staff: per course, how many of those who completed
 * it wrote a plan, how many plans were followed up, how the followed-up actions fared and the mean
 * overall score; and the region's plans themselves.
 */
@ApplicationScoped
@Transactional
public class PlanFigures {

  @PersistenceContext EntityManager em;

  /** One course's figures; the action counts cover followed-up actions only. */
  public record CourseFigures(
      Course course,
      long completed,
      long plans,
      long followUps,
      long terlaksana,
      long sebagian,
      long belum,
      Double meanScore) {}

  public Page<CourseFigures> perCourse(Caller caller, PageRequest page) {
    PlanAccess.ensureRegionStaff(caller);
    Long region = caller.region().id();
    Map<Long, long[]> counts =
        new HashMap<>(); // course id -> completed, plans, follow-ups, statuses
    Map<Long, Double> means = new HashMap<>();
    for (Object[] row :
        rows(
            "SELECT e.course.id, COUNT(e) FROM Enrolment e WHERE e.user.region.id = :region"
                + " AND e.completedAt IS NOT NULL GROUP BY e.course.id",
            region)) {
      counts.computeIfAbsent((Long) row[0], id -> new long[6])[0] = ((Number) row[1]).longValue();
    }
    for (Object[] row :
        rows(
            "SELECT p.course.id, COUNT(p), COUNT(p.followedUpAt), AVG(p.score) FROM ActionPlan p"
                + " WHERE p.region.id = :region GROUP BY p.course.id",
            region)) {
      long[] c = counts.computeIfAbsent((Long) row[0], id -> new long[6]);
      c[1] = ((Number) row[1]).longValue();
      c[2] = ((Number) row[2]).longValue();
      if (row[3] != null) {
        means.put((Long) row[0], ((Number) row[3]).doubleValue());
      }
    }
    for (Object[] row :
        rows(
            "SELECT a.plan.course.id, a.status, COUNT(a) FROM PlannedAction a"
                + " WHERE a.plan.region.id = :region AND a.status IS NOT NULL"
                + " GROUP BY a.plan.course.id, a.status",
            region)) {
      long[] c = counts.computeIfAbsent((Long) row[0], id -> new long[6]);
      c[3 + ((FollowUpStatus) row[1]).ordinal()] = ((Number) row[2]).longValue();
    }
    List<CourseFigures> all = new ArrayList<>();
    counts.forEach(
        (courseId, c) ->
            all.add(
                new CourseFigures(
                    em.find(Course.class, courseId),
                    c[0],
                    c[1],
                    c[2],
                    c[3 + FollowUpStatus.TERLAKSANA.ordinal()],
                    c[3 + FollowUpStatus.SEBAGIAN.ordinal()],
                    c[3 + FollowUpStatus.BELUM.ordinal()],
                    means.get(courseId))));
    all.sort(
        Comparator.comparing((CourseFigures f) -> f.course().title())
            .thenComparing(f -> f.course().code()));
    return Page.slice(all, page);
  }

  /** The region's plans, newest first; of one course when its code is given. */
  public Page<ActionPlan> plans(Caller caller, String courseCode, PageRequest page) {
    PlanAccess.ensureRegionStaff(caller);
    boolean oneCourse = courseCode != null && !courseCode.isBlank();
    String where = " WHERE p.region.id = :region" + (oneCourse ? " AND p.course.code = :code" : "");
    TypedQuery<ActionPlan> items =
        em.createQuery(
            "SELECT p FROM ActionPlan p" + where + " ORDER BY p.writtenAt DESC, p.id DESC",
            ActionPlan.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(p) FROM ActionPlan p" + where, Long.class);
    for (TypedQuery<?> q : List.of(items, count)) {
      q.setParameter("region", caller.region().id());
      if (oneCourse) {
        q.setParameter("code", courseCode.strip());
      }
    }
    List<ActionPlan> found =
        items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return Page.of(found, page, count.getSingleResult());
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String jpql, Long region) {
    return em.createQuery(jpql).setParameter("region", region).getResultList();
  }
}
