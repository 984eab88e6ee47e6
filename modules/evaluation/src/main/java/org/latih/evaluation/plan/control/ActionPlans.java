package org.latih.evaluation.plan.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.latih.course.course.api.Course;
import org.latih.course.course.api.CourseCatalog;
import org.latih.course.enrolment.api.Enrolment;
import org.latih.course.enrolment.api.LearnerEnrolments;
import org.latih.evaluation.plan.entity.ActionPlan;
import org.latih.evaluation.plan.entity.ActionPlanLockedException;
import org.latih.evaluation.plan.entity.CourseNotCompletedException;
import org.latih.evaluation.plan.entity.PlanRules;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.rest.DomainException.FieldProblem;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.rest.NotFoundException;
import org.latih.kernel.rest.Page;
import org.latih.kernel.rest.PageRequest;
import org.latih.kernel.security.control.Caller;

/**
 * Action plans as the participant and their supervisor use them: one plan per completed course,
 * written and rewritten by the participant until the supervisor follows it up; the supervisor's
 * list of plans naming them; the reminders on the home page. Nobody else reads a plan here (staff
 * read them through {@link PlanFigures}), and a plan one may not read is reported as not found.
 */
@ApplicationScoped
@Transactional
public class ActionPlans {

  /** How many reminders of each kind the home page lists. */
  static final int REMINDERS = 10;

  @PersistenceContext EntityManager em;
  @Inject LearnerEnrolments enrolments;
  @Inject CourseCatalog courses;
  @Inject Supervisors supervisors;
  @Inject Clock clock;

  /** Someone who named a supervisor in a plan, for the course the plan is about. */
  public record Supervised(
      Long participantId,
      String participantName,
      String unitKerja,
      String courseCode,
      String courseTitle,
      java.time.Instant completedAt) {}

  /** A completed course of the caller's, with their plan for it if written. */
  public record CompletedCourse(Course course, Instant completedAt, ActionPlan plan) {}

  /** What the home page reminds of: courses still without a plan, plans due for follow-up. */
  public record Reminders(
      List<CompletedCourse> toWrite, long toWriteTotal, List<ActionPlan> due, long dueTotal) {}

  /**
   * Every participant who named this user as their direct supervisor, newest completion first, in
   * one statement. For other code of the module; applies no caller's rules.
   */
  public List<Supervised> supervisedBy(Long supervisorUserId) {
    return em
        .createQuery(
            "SELECT u.id, u.name, u.unitKerja, c.code, c.title, p.completedAt FROM ActionPlan p"
                + " JOIN p.participant u JOIN p.course c WHERE p.supervisor.id = :userId"
                + " ORDER BY p.completedAt DESC, p.writtenAt DESC, p.id DESC",
            Object[].class)
        .setParameter("userId", supervisorUserId)
        .getResultList()
        .stream()
        .map(
            r ->
                new Supervised(
                    (Long) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (Instant) r[5]))
        .toList();
  }

  /** The caller's completed courses, latest completion first, each with its plan if any. */
  public Page<CompletedCourse> mine(Caller caller, PageRequest page) {
    List<Object[]> rows =
        em.createQuery("SELECT c, e.completedAt" + COMPLETED + LATEST_FIRST, Object[].class)
            .setParameter("userId", caller.userId())
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createQuery("SELECT COUNT(e)" + COMPLETED, Long.class)
            .setParameter("userId", caller.userId())
            .getSingleResult();
    Map<Long, ActionPlan> plans = new HashMap<>();
    if (!rows.isEmpty()) {
      withGraph(
              em.createQuery(
                  "SELECT p FROM ActionPlan p WHERE p.participant.id = :userId"
                      + " AND p.course.id IN :courseIds",
                  ActionPlan.class))
          .setParameter("userId", caller.userId())
          .setParameter("courseIds", rows.stream().map(r -> ((Course) r[0]).id()).toList())
          .getResultList()
          .forEach(p -> plans.put(p.course().id(), p));
    }
    return Page.of(completed(rows, plans), page, total);
  }

  /** The caller's completed enrolments, as the lists below select them. */
  private static final String COMPLETED =
      " FROM Enrolment e JOIN e.course c WHERE e.user.id = :userId AND e.completedAt IS NOT NULL";

  private static final String LATEST_FIRST =
      " ORDER BY e.completedAt DESC, e.enrolledAt DESC, e.id DESC";

  private static List<CompletedCourse> completed(List<Object[]> rows, Map<Long, ActionPlan> plans) {
    return rows.stream()
        .map(
            r -> {
              Course course = (Course) r[0];
              return new CompletedCourse(course, (Instant) r[1], plans.get(course.id()));
            })
        .toList();
  }

  /**
   * Joins what a plan's view shows into a query of plans: course, participant and supervisor in the
   * same statement, the actions of every plan in one more.
   */
  static <Q extends Query> Q withGraph(Q query) {
    query.setHint("eclipselink.join-fetch", "p.course");
    query.setHint("eclipselink.left-join-fetch", "p.course.region");
    query.setHint("eclipselink.join-fetch", "p.participant");
    query.setHint("eclipselink.left-join-fetch", "p.participant.region");
    query.setHint("eclipselink.join-fetch", "p.supervisor");
    query.setHint("eclipselink.left-join-fetch", "p.supervisor.region");
    query.setHint("eclipselink.batch", "p.actions");
    query.setHint("eclipselink.batch.type", "IN");
    return query;
  }

  /** One completed course of the caller's; refused while the course is not completed. */
  public CompletedCourse mine(Caller caller, String code) {
    Course course = courses.visible(caller, code);
    Enrolment enrolment =
        enrolments
            .mine(caller, course)
            .filter(e -> e.completedAt() != null)
            .orElseThrow(() -> new CourseNotCompletedException(course.title()));
    return new CompletedCourse(course, enrolment.completedAt(), planOf(caller, course));
  }

  /** The NIP of the supervisor the caller named last, so the form can offer it again. */
  public Optional<String> lastSupervisorNip(Caller caller) {
    return em.createQuery(
            "SELECT s.username FROM ActionPlan p JOIN p.supervisor s"
                + " WHERE p.participant.id = :userId ORDER BY p.updatedAt DESC",
            String.class)
        .setParameter("userId", caller.userId())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The outcome of writing a plan: the plan, and whether it is new. */
  public record Written(ActionPlan plan, boolean created) {}

  /** Writes the caller's plan for a completed course, or rewrites it while it is editable. */
  public Written write(
      Caller caller, String code, String supervisorNip, List<ActionPlan.Action> actions) {
    if (caller.region() == null) {
      throw new ForbiddenException("evaluation.noRegion");
    }
    CompletedCourse completed = mine(caller, code);
    ActionPlan plan = completed.plan();
    if (plan != null && !plan.editable()) {
      throw new ActionPlanLockedException();
    }
    User participant = em.find(User.class, caller.userId());
    List<FieldProblem> problems = new ArrayList<>();
    Optional<User> supervisor =
        supervisors.named(supervisorNip, participant.region(), participant, problems);
    LocalDate completedOn = completedOn(completed.completedAt());
    problems.addAll(PlanRules.actions(actions, completedOn));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Instant now = clock.instant();
    if (plan != null) {
      plan.revise(supervisor.orElseThrow(), actions, now);
      return new Written(plan, false);
    }
    plan =
        new ActionPlan(
            participant,
            completed.course(),
            completed.completedAt(),
            supervisor.orElseThrow(),
            actions,
            now);
    em.persist(plan);
    return new Written(plan, true);
  }

  /** A plan as its participant, its supervisor or staff of its region may read it. */
  public ActionPlan find(Caller caller, long id) {
    ActionPlan plan = em.find(ActionPlan.class, id);
    if (plan == null || !PlanAccess.readable(caller, plan)) {
      throw new NotFoundException("actionPlan.notFound", id);
    }
    return plan;
  }

  /** The plans naming the caller as supervisor, newest first. */
  public Page<ActionPlan> supervised(Caller caller, PageRequest page) {
    List<ActionPlan> items =
        withGraph(em.createNamedQuery(ActionPlan.OF_SUPERVISOR, ActionPlan.class))
            .setParameter("userId", caller.userId())
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createNamedQuery(ActionPlan.COUNT_OF_SUPERVISOR, Long.class)
            .setParameter("userId", caller.userId())
            .getSingleResult();
    return Page.of(items, page, total);
  }

  /** The supervisor writes or changes the follow-up of a plan naming them. */
  public ActionPlan followUp(
      Caller caller,
      long id,
      List<ActionPlan.Assessment> assessments,
      Integer score,
      String comment) {
    ActionPlan plan = find(caller, id);
    if (!plan.supervisor().id().equals(caller.userId())) {
      throw new ForbiddenException("actionPlan.notSupervisor");
    }
    plan.followUp(assessments, score, comment, clock.instant());
    return plan;
  }

  /** A regional admin names the right supervisor, when the participant named the wrong one. */
  public ActionPlan correctSupervisor(Caller caller, long id, String supervisorNip) {
    ActionPlan plan = em.find(ActionPlan.class, id);
    if (plan == null || !caller.administers(plan.region())) {
      throw new NotFoundException("actionPlan.notFound", id);
    }
    List<FieldProblem> problems = new ArrayList<>();
    Optional<User> supervisor =
        supervisors.named(supervisorNip, plan.region(), plan.participant(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    plan.correctSupervisor(supervisor.orElseThrow(), clock.instant());
    return plan;
  }

  /**
   * The caller's reminders: their courses awaiting a plan, and plans awaiting their follow-up; the
   * first {@value #REMINDERS} of each and how many there are, counted by the database.
   */
  public Reminders reminders(Caller caller) {
    String unplanned =
        COMPLETED
            + " AND NOT EXISTS (SELECT p FROM ActionPlan p WHERE p.participant.id = :userId"
            + " AND p.course = c)";
    List<Object[]> toWrite =
        em.createQuery("SELECT c, e.completedAt" + unplanned + LATEST_FIRST, Object[].class)
            .setParameter("userId", caller.userId())
            .setMaxResults(REMINDERS)
            .getResultList();
    long toWriteTotal =
        em.createQuery("SELECT COUNT(e)" + unplanned, Long.class)
            .setParameter("userId", caller.userId())
            .getSingleResult();
    List<ActionPlan> due =
        em.createNamedQuery(ActionPlan.DUE_FOR_SUPERVISOR, ActionPlan.class)
            .setParameter("userId", caller.userId())
            .setParameter("today", today())
            .setHint("eclipselink.join-fetch", "p.participant")
            .setHint("eclipselink.join-fetch", "p.course")
            .setHint("eclipselink.left-join-fetch", "p.course.region")
            .setMaxResults(REMINDERS)
            .getResultList();
    long dueTotal =
        em.createQuery(
                "SELECT COUNT(p) FROM ActionPlan p WHERE p.supervisor.id = :userId"
                    + " AND p.followedUpAt IS NULL AND p.lastTargetOn < :today",
                Long.class)
            .setParameter("userId", caller.userId())
            .setParameter("today", today())
            .getSingleResult();
    return new Reminders(completed(toWrite, Map.of()), toWriteTotal, due, dueTotal);
  }

  /** Today in WIB: the day the target dates and the follow-up's due date are counted in. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(ActionPlan.WIB));
  }

  private ActionPlan planOf(Caller caller, Course course) {
    return em.createNamedQuery(ActionPlan.OF_PARTICIPANT_AND_COURSE, ActionPlan.class)
        .setParameter("userId", caller.userId())
        .setParameter("courseId", course.id())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static LocalDate completedOn(Instant completedAt) {
    return completedAt.atZone(ActionPlan.WIB).toLocalDate();
  }
}
