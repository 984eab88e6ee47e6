package org.latih.assessment.attempt.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.OptionalDouble;
import org.latih.assessment.attempt.control.Results;
import org.latih.assessment.quiz.entity.Quiz;
import org.latih.assessment.quiz.entity.QuizKind;

/**
 * A learner's pre- and post-test results in a course, for other modules (the evaluation module's
 * outcome reports): the percent of their graded attempts combined by the test's grading method,
 * empty when the course has no such test or nothing of theirs is graded yet.
 */
@ApplicationScoped
@Transactional
public class CourseTestResults {

  @PersistenceContext EntityManager em;
  @Inject Results results;

  public OptionalDouble preTest(Long userId, Long courseId) {
    return percent(userId, courseId, QuizKind.PRE_TEST);
  }

  public OptionalDouble postTest(Long userId, Long courseId) {
    return percent(userId, courseId, QuizKind.POST_TEST);
  }

  private OptionalDouble percent(Long userId, Long courseId, QuizKind kind) {
    List<Quiz> tests =
        em.createNamedQuery(Quiz.OF_COURSE_AND_KIND, Quiz.class)
            .setParameter("courseId", courseId)
            .setParameter("kind", kind)
            .getResultList();
    return tests.isEmpty() ? OptionalDouble.empty() : results.percent(userId, tests.get(0));
  }
}
