package org.latih.evaluation.plan.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
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

  /**
   * The region's courses that someone completed or wrote a plan for, by title, paged by the
   * database; only the page's courses are counted.
   */
  public Page<CourseFigures> perCourse(Caller caller, PageRequest page) {
    PlanAccess.ensureRegionStaff(caller);
    Long region = caller.region().id();
    String courses =
        " FROM Course c WHERE EXISTS (SELECT e FROM Enrolment e WHERE e.course = c"
            + " AND e.user.region.id = :region AND e.completedAt IS NOT NULL)"
            + " OR EXISTS (SELECT p FROM ActionPlan p WHERE p.course = c AND p.region.id = :region)";
    List<Course> found =
        em.createQuery("SELECT c" + courses + " ORDER BY c.title, c.code", Course.class)
            .setParameter("region", region)
            .setHint("eclipselink.left-join-fetch", "c.region")
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createQuery("SELECT COUNT(c)" + courses, Long.class)
            .setParameter("region", region)
            .getSingleResult();
    if (found.isEmpty()) {
      return Page.of(List.of(), page, total);
    }
    List<Long> ids = found.stream().map(Course::id).toList();
    Map<Long, Long> completed = new HashMap<>();
    for (Object[] row :
        rows(
            "SELECT e.course.id, COUNT(e) FROM Enrolment e WHERE e.user.region.id = :region"
                + " AND e.completedAt IS NOT NULL AND e.course.id IN :ids GROUP BY e.course.id",
            region,
            ids)) {
      completed.put((Long) row[0], ((Number) row[1]).longValue());
    }
    Map<Long, Written> plans = new HashMap<>();
    for (Object[] row :
        rows(
            "SELECT p.course.id, COUNT(p), COUNT(p.followedUpAt), AVG(p.score) FROM ActionPlan p"
                + " WHERE p.region.id = :region AND p.course.id IN :ids GROUP BY p.course.id",
            region,
            ids)) {
      plans.put(
          (Long) row[0],
          new Written(
              ((Number) row[1]).longValue(),
              ((Number) row[2]).longValue(),
              row[3] == null ? null : ((Number) row[3]).doubleValue()));
    }
    Map<Long, Map<FollowUpStatus, Long>> statuses = new HashMap<>();
    for (Object[] row :
        rows(
            "SELECT a.plan.course.id, a.status, COUNT(a) FROM PlannedAction a"
                + " WHERE a.plan.region.id = :region AND a.status IS NOT NULL"
                + " AND a.plan.course.id IN :ids GROUP BY a.plan.course.id, a.status",
            region,
            ids)) {
      statuses
          .computeIfAbsent((Long) row[0], id -> new EnumMap<>(FollowUpStatus.class))
          .put((FollowUpStatus) row[1], ((Number) row[2]).longValue());
    }
    return Page.of(
        found.stream()
            .map(
                course -> {
                  Written p = plans.getOrDefault(course.id(), Written.NONE);
                  Map<FollowUpStatus, Long> s = statuses.getOrDefault(course.id(), Map.of());
                  return new CourseFigures(
                      course,
                      completed.getOrDefault(course.id(), 0L),
                      p.plans(),
                      p.followUps(),
                      s.getOrDefault(FollowUpStatus.TERLAKSANA, 0L),
                      s.getOrDefault(FollowUpStatus.SEBAGIAN, 0L),
                      s.getOrDefault(FollowUpStatus.BELUM, 0L),
                      p.meanScore());
                })
            .toList(),
        page,
        total);
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
        ActionPlans.withGraph(items)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return Page.of(found, page, count.getSingleResult());
  }

  /** A course's plans: how many were written and followed up, and their mean score. */
  private record Written(long plans, long followUps, Double meanScore) {
    static final Written NONE = new Written(0, 0, null);
  }

  private List<Object[]> rows(String jpql, Long region, List<Long> courseIds) {
    return em.createQuery(jpql, Object[].class)
        .setParameter("region", region)
        .setParameter("ids", courseIds)
        .getResultList();
  }
}
