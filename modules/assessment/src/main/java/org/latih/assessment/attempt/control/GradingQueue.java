package org.latih.assessment.attempt.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.latih.assessment.attempt.entity.Attempt;
import org.latih.assessment.attempt.entity.AttemptSlot;
import org.latih.assessment.quiz.entity.QuizKind;
import org.latih.course.course.api.Course;
import org.latih.course.course.api.CourseAccess;
import org.latih.course.course.api.CourseCatalog;
import org.latih.course.enrolment.api.LearnerEnrolments;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.rest.NotFoundException;
import org.latih.kernel.security.control.Caller;

/**
 * Essays waiting for a person, oldest first, for the instructors and admins of the learners'
 * region; and giving a grade with a rubric comment, which may complete the learner's course.
 */
@ApplicationScoped
@Transactional
public class GradingQueue {

  @PersistenceContext EntityManager em;
  @Inject CourseCatalog courses;
  @Inject LearnerEnrolments enrolments;

  public List<AttemptSlot> waiting(Caller caller, String code) {
    Course course = courses.visible(caller, code);
    ensureGrader(caller);
    return em
        .createQuery(
            "SELECT s FROM AttemptSlot s WHERE s.fraction IS NULL AND s.attempt.state = :submitted"
                + " AND s.attempt.quiz.course.id = :courseId ORDER BY s.attempt.submittedAt, s.id",
            AttemptSlot.class)
        .setParameter("submitted", org.latih.assessment.attempt.entity.AttemptState.SUBMITTED)
        .setParameter("courseId", course.id())
        .getResultList()
        .stream()
        .filter(s -> sees(caller, s.attempt()))
        .toList();
  }

  public Attempt grade(
      Caller caller, String code, long attemptId, int position, Double fraction, String comment) {
    ensureGrader(caller);
    Attempt attempt = em.find(Attempt.class, attemptId);
    if (attempt == null
        || !attempt.quiz().course().code().equals(code)
        || !sees(caller, attempt)
        || !CourseAccess.visible(caller, attempt.quiz().course())) {
      throw new NotFoundException("attempt.notFound", attemptId);
    }
    if (fraction == null || fraction.isNaN() || fraction < 0 || fraction > 1) {
      throw new InvalidInputException("fraction", "grade.fraction");
    }
    if (comment != null && comment.length() > 4000) {
      throw new InvalidInputException("comment", "grade.comment", 4000);
    }
    attempt.gradeByHand(position, fraction, comment, caller.userId());
    if (attempt.quiz().kind() == QuizKind.POST_TEST) {
      em.flush();
      enrolments.recheck(attempt.user().id(), attempt.quiz().course());
    }
    return attempt;
  }

  private static void ensureGrader(Caller caller) {
    if (!caller.hasAny(Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.INSTRUCTOR)) {
      throw new ForbiddenException("grade.forbidden");
    }
  }

  private static boolean sees(Caller caller, Attempt attempt) {
    return caller.systemAdmin()
        || (caller.region() != null
            && attempt.user().region() != null
            && caller.region().id().equals(attempt.user().region().id()));
  }
}
