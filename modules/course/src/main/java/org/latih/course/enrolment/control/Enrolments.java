package org.latih.course.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.latih.course.cohort.api.Cohort;
import org.latih.course.cohort.api.CohortClosedException;
import org.latih.course.cohort.api.CohortFullException;
import org.latih.course.cohort.control.Cohorts;
import org.latih.course.course.api.Course;
import org.latih.course.course.api.CourseAccess;
import org.latih.course.course.control.Courses;
import org.latih.course.course.entity.CourseNotPublishedException;
import org.latih.course.course.entity.Lesson;
import org.latih.course.enrolment.api.CompletionRule;
import org.latih.course.enrolment.api.Enrolment;
import org.latih.course.enrolment.api.LessonGate;
import org.latih.course.enrolment.entity.AlreadyEnrolledException;
import org.latih.course.transcript.entity.JpCredit;
import org.latih.kernel.identity.user.control.Users;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.rest.NotFoundException;
import org.latih.kernel.security.control.Caller;

/**
 * Enrolling in courses and moving through their lessons. Finishing the last lesson completes the
 * course, once the other modules' {@link CompletionRule}s hold too, and credits its JP in the same
 * transaction, so the transcript never disagrees with the progress. {@link LessonGate}s may hold
 * the lessons back (until the pre-test is taken).
 */
@ApplicationScoped
@Transactional
public class Enrolments {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @PersistenceContext EntityManager em;
  @Inject Courses courses;
  @Inject Cohorts cohorts;
  @Inject Users users;
  @Inject Clock clock;
  @Inject Progress progress;
  @Inject @Any Instance<CompletionRule> rules;
  @Inject @Any Instance<LessonGate> gates;

  /** A learner enrols themselves, on their own pace or in an open cohort of their region. */
  public Enrolment enrolSelf(Caller caller, String code, Long cohortId) {
    Course course = courses.visible(caller, code);
    if (!course.published()) {
      throw new CourseNotPublishedException();
    }
    Cohort cohort = null;
    if (cohortId != null) {
      cohort = cohorts.find(cohortId);
      // one joins a cohort of one's own region; another region's is unknown here, as for attempts
      if (caller.region() == null || !Objects.equals(caller.region().id(), cohort.region().id())) {
        throw new NotFoundException("cohort.notFound", cohortId);
      }
      if (!cohort.openOn(LocalDate.now(clock.withZone(WIB)))) {
        throw new CohortClosedException();
      }
    }
    return enrol(em.find(User.class, caller.userId()), course, cohort);
  }

  /** A regional admin enrols one of their region's people into a cohort, by NIP. */
  public Enrolment enrolInCohort(Caller caller, long cohortId, String nip) {
    Cohort cohort = cohorts.known(caller, cohortId);
    caller.ensureAdministers(cohort.region());
    User user =
        users
            .byUsername(nip == null ? "" : nip.strip())
            .orElseThrow(() -> new InvalidInputException("nip", "enrolment.userUnknown", nip));
    caller.ensureAdministers(user.region());
    return enrol(user, cohort.course(), cohort);
  }

  private Enrolment enrol(User user, Course course, Cohort cohort) {
    if (find(user.id(), course).isPresent()) {
      throw new AlreadyEnrolledException();
    }
    if (cohort != null) {
      if (!cohort.course().id().equals(course.id())) {
        throw new InvalidInputException("cohortId", "enrolment.cohortCourse");
      }
      if (cohorts.enrolled(cohort) >= cohort.capacity()) {
        throw new CohortFullException(cohort.capacity());
      }
    }
    Enrolment enrolment = new Enrolment(user, course, cohort, clock.instant());
    em.persist(enrolment);
    return enrolment;
  }

  public Optional<Enrolment> find(Long userId, Course course) {
    return em.createNamedQuery(Enrolment.OF_USER_AND_COURSE, Enrolment.class)
        .setParameter("userId", userId)
        .setParameter("courseId", course.id())
        .getResultStream()
        .findFirst();
  }

  public Optional<Enrolment> mine(Caller caller, Course course) {
    return find(caller.userId(), course);
  }

  /** Where the caller stands in a course: finished lessons by key, completion, cohort. */
  public record Standing(Instant completedAt, String cohort, Set<String> finished) {

    /** Of the given lessons, how many are finished (progress of dropped lessons never counts). */
    public int finishedOf(Collection<String> lessonKeys) {
      return (int) lessonKeys.stream().filter(finished::contains).count();
    }

    /** Whole-number percent of the given lessons finished, as {@link Enrolment#percent()}. */
    public int percentOf(Collection<String> lessonKeys) {
      return lessonKeys.isEmpty() ? 0 : finishedOf(lessonKeys) * 100 / lessonKeys.size();
    }
  }

  /** The caller's standing in a course, read in one statement; empty when not enrolled. */
  public Optional<Standing> standing(Caller caller, Course course) {
    List<Object[]> rows =
        em.createQuery(
                "SELECT e.completedAt, k.name, p.lessonKey FROM Enrolment e LEFT JOIN e.cohort k"
                    + " LEFT JOIN e.progress p ON p.finishedAt IS NOT NULL"
                    + " WHERE e.user.id = :userId AND e.course.id = :courseId",
                Object[].class)
            .setParameter("userId", caller.userId())
            .setParameter("courseId", course.id())
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Set<String> finished = new HashSet<>();
    rows.stream().filter(r -> r[2] != null).forEach(r -> finished.add((String) r[2]));
    return Optional.of(new Standing((Instant) rows.get(0)[0], (String) rows.get(0)[1], finished));
  }

  /** One of the caller's enrolments as their course list shows it. */
  public record Listed(
      String course,
      String title,
      String cohort,
      Instant enrolledAt,
      int percent,
      Instant completedAt) {}

  /**
   * The caller's enrolments, latest first, read with their courses and cohorts in one statement and
   * their progress in two more, however many there are.
   */
  public List<Listed> listed(Caller caller) {
    List<Object[]> rows =
        em.createQuery(
                "SELECT e.id, c.code, c.title, k.name, e.enrolledAt, e.completedAt"
                    + " FROM Enrolment e JOIN e.course c LEFT JOIN e.cohort k"
                    + " WHERE e.user.id = :userId ORDER BY e.enrolledAt DESC",
                Object[].class)
            .setParameter("userId", caller.userId())
            .getResultList();
    Map<Long, Integer> percents = progress.percents(rows.stream().map(r -> (Long) r[0]).toList());
    return rows.stream()
        .map(
            r ->
                new Listed(
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (Instant) r[4],
                    percents.get((Long) r[0]),
                    (Instant) r[5]))
        .toList();
  }

  /** A lesson as its page shows it, with every lesson of the course in order around it. */
  public record Reading(
      Course course,
      Lesson lesson,
      List<Courses.OutlineLesson> lessons,
      Optional<Enrolment> enrolment) {

    /** Whole-number percent of the course's lessons finished, as {@link Enrolment#percent()}. */
    public Optional<Integer> percent() {
      return enrolment.map(
          e ->
              lessons.isEmpty()
                  ? 0
                  : (int) lessons.stream().filter(l -> e.finished(l.key())).count()
                      * 100
                      / lessons.size());
    }
  }

  /**
   * A lesson as the caller may read it: enrolled learners (the view is recorded) and the course's
   * staff, who preview without an enrolment. Reads the outline, the lesson and the enrolment with
   * its progress in one statement each, whatever the size of the course.
   */
  public Reading read(Caller caller, String code, String key) {
    Course course = courses.visible(caller, code);
    Lesson lesson =
        em.createQuery(
                "SELECT l FROM Lesson l WHERE l.module.course.id = :courseId AND l.key = :key",
                Lesson.class)
            .setParameter("courseId", course.id())
            .setParameter("key", key)
            .setHint("eclipselink.join-fetch", "l.module")
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("lesson.notFound", key));
    List<Courses.OutlineLesson> lessons =
        courses.outline(course).stream().flatMap(m -> m.lessons().stream()).toList();
    Optional<Enrolment> enrolment =
        em.createNamedQuery(Enrolment.OF_USER_AND_COURSE, Enrolment.class)
            .setParameter("userId", caller.userId())
            .setParameter("courseId", course.id())
            .setHint("eclipselink.join-fetch", "e.user")
            .setHint("eclipselink.left-join-fetch", "e.user.region")
            .setHint("eclipselink.left-join-fetch", "e.cohort")
            .setHint("eclipselink.left-join-fetch", "e.progress")
            .getResultStream()
            .findFirst();
    if (enrolment.isPresent()) {
      gates.forEach(gate -> gate.check(enrolment.get()));
      enrolment.get().viewed(lesson, clock.instant());
    } else if (!CourseAccess.staff(caller)) {
      throw new ForbiddenException("lesson.notEnrolled");
    }
    return new Reading(course, lesson, lessons, enrolment);
  }

  /** Marks a lesson finished; completing the course credits its JP. */
  public Enrolment finish(Caller caller, String code, String key) {
    Course course = courses.visible(caller, code);
    Lesson lesson =
        course.lesson(key).orElseThrow(() -> new NotFoundException("lesson.notFound", key));
    Enrolment enrolment =
        mine(caller, course).orElseThrow(() -> new ForbiddenException("lesson.notEnrolled"));
    gates.forEach(gate -> gate.check(enrolment));
    enrolment.finished(lesson, clock.instant());
    completeIfDone(enrolment);
    return enrolment;
  }

  /**
   * Completes a learner's course if every lesson and every other rule is met now; the assessment
   * module calls it when a post-test is passed after the lessons.
   */
  public void recheck(Long userId, Course course) {
    find(userId, course).ifPresent(this::completeIfDone);
  }

  private void completeIfDone(Enrolment enrolment) {
    if (enrolment.completedAt() != null || !enrolment.lessonsDone()) {
      return;
    }
    for (CompletionRule rule : rules) {
      if (!rule.met(enrolment)) {
        return;
      }
    }
    Instant now = clock.instant();
    if (enrolment.complete(now)) {
      em.persist(new JpCredit(enrolment.user(), enrolment.course(), now));
    }
  }
}
