package org.latih.course.cohort.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.latih.course.cohort.api.Cohort;
import org.latih.course.course.api.Course;
import org.latih.course.course.control.Courses;
import org.latih.course.enrolment.api.Enrolment;
import org.latih.kernel.identity.region.control.Regions;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.identity.user.control.Users;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.rest.NotFoundException;
import org.latih.kernel.rest.Page;
import org.latih.kernel.rest.PageRequest;
import org.latih.kernel.security.control.Caller;

/** Scheduling cohorts: a regional admin runs them for their region, a system admin for any. */
@ApplicationScoped
@Transactional
public class Cohorts {

  @PersistenceContext EntityManager em;
  @Inject Courses courses;
  @Inject Regions regions;
  @Inject Users users;

  public Cohort create(
      Caller caller,
      String courseCode,
      String regionCode,
      Cohort.Schedule schedule,
      List<String> instructorNips) {
    Course course = courses.visible(caller, courseCode);
    Region region =
        regionCode == null || regionCode.isBlank()
            ? caller.region()
            : regions.byCode("region", regionCode);
    caller.ensureAdministers(region);
    Cohort cohort = new Cohort(course, region, schedule);
    cohort.assignInstructors(instructors(instructorNips));
    em.persist(cohort);
    return cohort;
  }

  public Cohort update(
      Caller caller, long id, Cohort.Schedule schedule, List<String> instructorNips) {
    Cohort cohort = find(id);
    caller.ensureAdministers(cohort.region());
    cohort.reschedule(schedule);
    if (instructorNips != null) {
      cohort.assignInstructors(instructors(instructorNips));
    }
    return cohort;
  }

  public Cohort find(long id) {
    Cohort cohort = em.find(Cohort.class, id);
    if (cohort == null) {
      throw new NotFoundException("cohort.notFound", id);
    }
    return cohort;
  }

  /** The cohorts of a course the caller may see: all for a system admin, else their region's. */
  public List<Cohort> ofCourse(Caller caller, String courseCode) {
    Course course = courses.visible(caller, courseCode);
    if (caller.systemAdmin()) {
      return em.createQuery(
              "SELECT c FROM Cohort c WHERE c.course = :course ORDER BY c.startsOn", Cohort.class)
          .setParameter("course", course)
          .getResultList();
    }
    if (caller.region() == null) {
      return List.of();
    }
    return em.createQuery(
            "SELECT c FROM Cohort c WHERE c.course = :course AND c.region = :region ORDER BY c.startsOn",
            Cohort.class)
        .setParameter("course", course)
        .setParameter("region", caller.region())
        .getResultList();
  }

  /**
   * The people enrolled in a cohort, by name: for the admins of its region and for its own
   * instructors, who follow their participants' progress.
   */
  public Page<Enrolment> participants(Caller caller, long id, PageRequest page) {
    Cohort cohort = find(id);
    boolean teaches = cohort.instructors().stream().anyMatch(u -> u.id().equals(caller.userId()));
    if (!teaches && !caller.administers(cohort.region())) {
      throw new ForbiddenException("cohort.otherRegion");
    }
    List<Enrolment> found =
        em.createNamedQuery(Enrolment.IN_COHORT, Enrolment.class)
            .setParameter("cohortId", id)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return Page.of(found, page, enrolled(cohort));
  }

  public long enrolled(Cohort cohort) {
    return em.createNamedQuery(Enrolment.COUNT_IN_COHORT, Long.class)
        .setParameter("cohortId", cohort.id())
        .getSingleResult();
  }

  private Set<User> instructors(List<String> nips) {
    Set<User> found = new HashSet<>();
    for (String nip : nips == null ? List.<String>of() : nips) {
      User user =
          users
              .byUsername(nip.strip())
              .orElseThrow(
                  () -> new InvalidInputException("instructors", "cohort.instructorUnknown", nip));
      if (!user.hasRole(Role.INSTRUCTOR)) {
        throw new InvalidInputException("instructors", "cohort.notInstructor", nip);
      }
      found.add(user);
    }
    return found;
  }
}
