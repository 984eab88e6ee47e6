package org.latih.evaluation.plan.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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
   * Every participant who named this user as their direct supervisor, newest completion first. For
   * other code of the module; applies no caller's rules.
   */
  public List<Supervised> supervisedBy(Long supervisorUserId) {
    return em
        .createNamedQuery(ActionPlan.OF_SUPERVISOR, ActionPlan.class)
        .setParameter("userId", supervisorUserId)
        .getResultList()
        .stream()
        .sorted(Comparator.comparing(ActionPlan::completedAt).reversed())
        .map(
            p ->
                new Supervised(
                    p.participant().id(),
                    p.participant().name(),
                    p.participant().profile().unitKerja(),
                    p.course().code(),
                    p.course().title(),
                    p.completedAt()))
        .toList();
  }

  /** The caller's completed courses, latest completion first, each with its plan if any. */
  public Page<CompletedCourse> mine(Caller caller, PageRequest page) {
    return Page.slice(completed(caller), page);
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
    return em.createNamedQuery(ActionPlan.OF_PARTICIPANT, ActionPlan.class)
        .setParameter("userId", caller.userId())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(p -> p.supervisor().username());
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
        em.createNamedQuery(ActionPlan.OF_SUPERVISOR, ActionPlan.class)
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

  /** The caller's reminders: their courses awaiting a plan, and plans awaiting their follow-up. */
  public Reminders reminders(Caller caller) {
    List<CompletedCourse> toWrite =
        completed(caller).stream().filter(c -> c.plan() == null).toList();
    List<ActionPlan> due =
        em.createNamedQuery(ActionPlan.DUE_FOR_SUPERVISOR, ActionPlan.class)
            .setParameter("userId", caller.userId())
            .setParameter("today", today())
            .getResultList();
    return new Reminders(
        toWrite.stream().limit(REMINDERS).toList(),
        toWrite.size(),
        due.stream().limit(REMINDERS).toList(),
        due.size());
  }

  /** Today in WIB: the day the target dates and the follow-up's due date are counted in. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(ActionPlan.WIB));
  }

  private List<CompletedCourse> completed(Caller caller) {
    Map<Long, ActionPlan> plans =
        em
            .createNamedQuery(ActionPlan.OF_PARTICIPANT, ActionPlan.class)
            .setParameter("userId", caller.userId())
            .getResultList()
            .stream()
            .collect(Collectors.toMap(p -> p.course().id(), Function.identity()));
    return enrolments.mine(caller).stream()
        .filter(e -> e.completedAt() != null)
        .sorted(Comparator.comparing(Enrolment::completedAt).reversed())
        .map(e -> new CompletedCourse(e.course(), e.completedAt(), plans.get(e.course().id())))
        .toList();
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
