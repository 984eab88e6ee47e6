package org.latih.assessment.attempt.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.OptionalDouble;
import org.latih.assessment.attempt.entity.Attempt;
import org.latih.assessment.attempt.entity.AttemptState;
import org.latih.assessment.quiz.entity.Quiz;

/**
 * A learner's result in a quiz: their graded attempts combined by the quiz's grading method. An
 * attempt with an ungraded essay does not count until it is graded.
 */
@ApplicationScoped
@Transactional
public class Results {

  @PersistenceContext EntityManager em;

  public List<Attempt> submitted(Long userId, Quiz quiz) {
    return em
        .createNamedQuery(Attempt.OF_USER_AND_QUIZ, Attempt.class)
        .setParameter("userId", userId)
        .setParameter("quizId", quiz.id())
        .getResultList()
        .stream()
        .filter(a -> a.state() == AttemptState.SUBMITTED)
        .toList();
  }

  /** Whether the learner has submitted at least one attempt (graded or not). */
  public boolean taken(Long userId, Quiz quiz) {
    return !submitted(userId, quiz).isEmpty();
  }

  public OptionalDouble percent(Long userId, Quiz quiz) {
    return percent(quiz, submitted(userId, quiz));
  }

  public static OptionalDouble percent(Quiz quiz, List<Attempt> submitted) {
    List<Double> graded = submitted.stream().map(Attempt::percent).filter(p -> p != null).toList();
    return quiz.gradingMethod().pick(graded);
  }

  public boolean passed(Long userId, Quiz quiz) {
    OptionalDouble percent = percent(userId, quiz);
    return percent.isPresent() && quiz.passes(percent.getAsDouble());
  }
}
