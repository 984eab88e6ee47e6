package org.latih.assessment.attempt.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.latih.assessment.quiz.control.Quizzes;
import org.latih.assessment.quiz.entity.PreTestFirstException;
import org.latih.assessment.quiz.entity.QuizKind;
import org.latih.course.enrolment.api.CompletionRule;
import org.latih.course.enrolment.api.Enrolment;
import org.latih.course.enrolment.api.LessonGate;

/**
 * What a course's tests mean for its lessons and completion: a course with a pre-test opens its
 * lessons once the learner has submitted it; a post-test that is required for completion must be
 * passed (by its grading method) before the course completes and credits its JP.
 */
@ApplicationScoped
public class CourseTestRules implements LessonGate, CompletionRule {

  @Inject Quizzes quizzes;
  @Inject Results results;

  @Override
  public void check(Enrolment enrolment) {
    quizzes
        .ofKind(enrolment.course(), QuizKind.PRE_TEST)
        .filter(quiz -> !quiz.questions().isEmpty())
        .filter(quiz -> !results.taken(enrolment.user().id(), quiz))
        .ifPresent(
            quiz -> {
              throw new PreTestFirstException(quiz.title());
            });
  }

  @Override
  public boolean met(Enrolment enrolment) {
    return quizzes
        .ofKind(enrolment.course(), QuizKind.POST_TEST)
        .filter(quiz -> quiz.requiredForCompletion())
        .map(quiz -> results.passed(enrolment.user().id(), quiz))
        .orElse(true);
  }
}
