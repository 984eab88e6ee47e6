package org.latih.assessment.analysis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.latih.assessment.attempt.control.Results;
import org.latih.assessment.quiz.control.Quizzes;
import org.latih.assessment.quiz.entity.Quiz;
import org.latih.assessment.quiz.entity.QuizKind;
import org.latih.course.course.api.Course;
import org.latih.course.course.api.CourseCatalog;
import org.latih.course.enrolment.api.Enrolment;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.security.control.Caller;

/**
 * Learning gain between a course's pre-test and post-test, on the percentage scale (max 100). Each
 * test's result is the learner's result by its grading method. Only matched pairs (both tests
 * graded) enter the cohort figures; the others are listed so an evaluator sees who is missing.
 */
@ApplicationScoped
@Transactional
public class Gains {

  private static final double MAX = 100;

  @PersistenceContext EntityManager em;
  @Inject CourseCatalog courses;
  @Inject Quizzes quizzes;
  @Inject Results results;

  public record LearnerGain(
      String nip,
      String name,
      String cohort,
      Double pre,
      Double post,
      Double raw,
      Double normalized,
      GainBand band) {}

  public record Report(
      String course, Long cohortId, int learners, List<LearnerGain> rows, CohortGain cohort) {}

  /** Every learner of the course (or of one cohort) the caller may see, with the cohort figures. */
  public Report ofCourse(Caller caller, String code, Long cohortId) {
    Course course = courses.visible(caller, code);
    ResultsAccess.ensureViewer(caller, course);
    Quiz pre = test(course, QuizKind.PRE_TEST);
    Quiz post = test(course, QuizKind.POST_TEST);
    if (pre == null && post == null) {
      throw new NoPrePostTestsException(course.code());
    }
    List<LearnerGain> rows = new ArrayList<>();
    List<LearningGain> pairs = new ArrayList<>();
    for (Enrolment e : enrolments(course, cohortId)) {
      if (!ResultsAccess.sees(caller, e.user())) {
        continue;
      }
      LearnerGain row = row(e.user(), e.cohort() == null ? null : e.cohort().name(), pre, post);
      rows.add(row);
      if (row.pre() != null && row.post() != null) {
        pairs.add(new LearningGain(row.pre(), row.post(), MAX));
      }
    }
    return new Report(
        code, cohortId, rows.size(), rows, pairs.isEmpty() ? null : CohortGain.of(pairs));
  }

  /** The caller's own pre- and post-test results and gain in a course. */
  public LearnerGain mine(Caller caller, String code) {
    Course course = courses.visible(caller, code);
    User me = em.find(User.class, caller.userId());
    return row(me, null, test(course, QuizKind.PRE_TEST), test(course, QuizKind.POST_TEST));
  }

  private LearnerGain row(User user, String cohort, Quiz pre, Quiz post) {
    Double before = percent(user, pre);
    Double after = percent(user, post);
    LearningGain gain =
        before == null || after == null ? null : new LearningGain(before, after, MAX);
    return new LearnerGain(
        user.username(),
        user.name(),
        cohort,
        before,
        after,
        gain == null ? null : gain.raw(),
        gain == null ? null : gain.normalized(),
        gain == null ? null : gain.band());
  }

  private Double percent(User user, Quiz quiz) {
    if (quiz == null) {
      return null;
    }
    OptionalDouble p = results.percent(user.id(), quiz);
    return p.isPresent() ? Math.max(0, Math.min(MAX, p.getAsDouble())) : null;
  }

  /** The course's test of that kind, or null: a course may have only one of the two. */
  private Quiz test(Course course, QuizKind kind) {
    return quizzes.ofKind(course, kind).orElse(null);
  }

  private List<Enrolment> enrolments(Course course, Long cohortId) {
    String jpql =
        "SELECT e FROM Enrolment e WHERE e.course.id = :courseId"
            + (cohortId == null ? "" : " AND e.cohort.id = :cohortId")
            + " ORDER BY e.user.name, e.id";
    var query = em.createQuery(jpql, Enrolment.class).setParameter("courseId", course.id());
    if (cohortId != null) {
      query.setParameter("cohortId", cohortId);
    }
    return query.getResultList();
  }
}
