package org.latih.assessment.quiz.entity;

import org.latih.assessment.AssessmentProblem;
import org.latih.kernel.rest.DomainException;

/** The quiz's window has not opened yet. */
public class QuizNotYetOpenException extends DomainException {

  public QuizNotYetOpenException() {
    super(AssessmentProblem.QUIZ_NOT_YET_OPEN, "quiz.notYetOpen");
  }
}
