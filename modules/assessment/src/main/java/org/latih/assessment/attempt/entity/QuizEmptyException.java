package org.latih.assessment.attempt.entity;

import org.latih.assessment.AssessmentProblem;
import org.latih.kernel.rest.DomainException;

/** The quiz has no questions, so no attempt can start. */
public class QuizEmptyException extends DomainException {

  public QuizEmptyException(String quizTitle) {
    super(AssessmentProblem.QUIZ_EMPTY, "quiz.noQuestions", quizTitle);
  }
}
