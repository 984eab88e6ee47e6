package org.latih.course.cohort.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.latih.course.cohort.api.Cohort;
import org.latih.course.course.api.Course;
import org.latih.course.course.control.Courses;
import org.latih.course.enrolment.api.Enrolment;
import org.latih.course.enrolment.control.Progress;
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
  @Inject Progress progress;

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
    cohort.assignInstructors(instructors(instructorNips, region));
    em.persist(cohort);
    return cohort;
  }

  public Cohort update(
      Caller caller, long id, Cohort.Schedule schedule, List<String> instructorNips) {
    Cohort cohort = known(caller, id);
    caller.ensureAdministers(cohort.region());
    cohort.reschedule(schedule);
    if (instructorNips != null) {
      cohort.assignInstructors(instructors(instructorNips, cohort.region()));
    }
    return cohort;
  }

  public Cohort find(long id) {
    // one statement for the cohort with its course and regions, where em.find would run three
    return em.createQuery("SELECT c FROM Cohort c WHERE c.id = :id", Cohort.class)
        .setParameter("id", id)
        .setHint("eclipselink.join-fetch", "c.course")
        .setHint("eclipselink.left-join-fetch", "c.course.region")
        .setHint("eclipselink.join-fetch", "c.region")
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("cohort.notFound", id));
  }

  /**
   * A cohort of the caller's region (any, for a system admin). Another region's cohort answers 404
   * as if it did not exist, as attempts do: a 403 would confirm it and name it.
   */
  public Cohort known(Caller caller, long id) {
    Cohort cohort = find(id);
    if (!caller.systemAdmin()
        && (caller.region() == null
            || !Objects.equals(caller.region().id(), cohort.region().id()))) {
      throw new NotFoundException("cohort.notFound", id);
    }
    return cohort;
  }

  /** The cohorts of a course the caller may see: all for a system admin, else their region's. */
  public List<Cohort> ofCourse(Caller caller, String courseCode) {
    return ofCourse(caller, courses.visible(caller, courseCode));
  }

  /** The cohorts of a course the caller has already been allowed to see. */
  public List<Cohort> ofCourse(Caller caller, Course course) {
    if (caller.systemAdmin()) {
      return em.createQuery(
              "SELECT c FROM Cohort c WHERE c.course = :course ORDER BY c.startsOn", Cohort.class)
          .setParameter("course", course)
          .setHint("eclipselink.join-fetch", "c.region")
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
        .setHint("eclipselink.join-fetch", "c.region")
        .getResultList();
  }

  /** One participant of a cohort as its list shows them. */
  public record Participant(
      String nip,
      String name,
      String unitKerja,
      int percent,
      Instant enrolledAt,
      Instant completedAt) {}

  /**
   * The people enrolled in a cohort, by name: for the admins of its region and for its own
   * instructors, who follow their participants' progress.
   */
  public Page<Participant> participants(Caller caller, long id, PageRequest page) {
    Cohort cohort = find(id);
    if (!caller.administers(cohort.region()) && !teaches(caller.userId(), cohort)) {
      // the caller's own region's cohort may be named; another region's stays unknown
      known(caller, id);
      throw new ForbiddenException("cohort.notYours");
    }
    List<Object[]> rows =
        em.createQuery(
                "SELECT e.id, u.username, u.name, u.unitKerja, e.enrolledAt, e.completedAt"
                    + " FROM Enrolment e JOIN e.user u WHERE e.cohort.id = :cohortId"
                    + " ORDER BY u.name, e.id",
                Object[].class)
            .setParameter("cohortId", id)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    Map<Long, Integer> percents = progress.percents(rows.stream().map(r -> (Long) r[0]).toList());
    List<Participant> found =
        rows.stream()
            .map(
                r ->
                    new Participant(
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        percents.get((Long) r[0]),
                        (Instant) r[4],
                        (Instant) r[5]))
            .toList();
    return Page.of(found, page, enrolled(cohort));
  }

  public long enrolled(Cohort cohort) {
    return em.createNamedQuery(Enrolment.COUNT_IN_COHORT, Long.class)
        .setParameter("cohortId", cohort.id())
        .getSingleResult();
  }

  /** The participants of each cohort, counted in one statement; a cohort without any is absent. */
  public Map<Long, Long> enrolled(Collection<Cohort> cohorts) {
    Map<Long, Long> counts = new HashMap<>();
    if (!cohorts.isEmpty()) {
      em.createQuery(
              "SELECT e.cohort.id, COUNT(e) FROM Enrolment e WHERE e.cohort.id IN :ids"
                  + " GROUP BY e.cohort.id",
              Object[].class)
          .setParameter("ids", ids(cohorts))
          .getResultList()
          .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
    }
    return counts;
  }

  /** The NIPs of each cohort's instructors in order, read in one statement. */
  public Map<Long, List<String>> instructorNips(Collection<Cohort> cohorts) {
    Map<Long, List<String>> nips = new HashMap<>();
    if (!cohorts.isEmpty()) {
      em.createQuery(
              "SELECT c.id, i.username FROM Cohort c JOIN c.instructors i WHERE c.id IN :ids"
                  + " ORDER BY i.username",
              Object[].class)
          .setParameter("ids", ids(cohorts))
          .getResultList()
          .forEach(
              row ->
                  nips.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                      .add((String) row[1]));
    }
    return nips;
  }

  /** Whether the user is one of the cohort's instructors, asked without loading them all. */
  private boolean teaches(Long userId, Cohort cohort) {
    return userId != null
        && em.createQuery(
                    "SELECT COUNT(c) FROM Cohort c JOIN c.instructors i WHERE i.id = :userId"
                        + " AND c.id = :id",
                    Long.class)
                .setParameter("userId", userId)
                .setParameter("id", cohort.id())
                .getSingleResult()
            > 0;
  }

  private static List<Long> ids(Collection<Cohort> cohorts) {
    return cohorts.stream().map(Cohort::id).distinct().toList();
  }

  /**
   * The instructors named, each of the cohort's region. Someone of another region answers as an
   * unknown NIP would, so this cannot tell who exists elsewhere.
   */
  private Set<User> instructors(List<String> nips, Region region) {
    Set<User> found = new HashSet<>();
    for (String nip : nips == null ? List.<String>of() : nips) {
      User user =
          users
              .byUsername(nip.strip())
              .filter(u -> u.region() != null && Objects.equals(u.region().id(), region.id()))
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
