package org.latih.assessment.quiz.entity;

import org.latih.assessment.AssessmentProblem;
import org.latih.kernel.rest.DomainException;

/** The quiz's window has closed. */
public class QuizClosedException extends DomainException {

  public QuizClosedException() {
    super(AssessmentProblem.QUIZ_CLOSED, "quiz.closed");
  }
}
