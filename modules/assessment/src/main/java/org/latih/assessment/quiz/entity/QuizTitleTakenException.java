package org.latih.assessment.quiz.entity;

import org.latih.assessment.AssessmentProblem;
import org.latih.kernel.rest.DomainException;

/** Another quiz of the same kind in the course already has this title; learners could not tell. */
public class QuizTitleTakenException extends DomainException {

  public QuizTitleTakenException(String title) {
    super(AssessmentProblem.QUIZ_TITLE_TAKEN, "quiz.titleTaken", title);
  }
}
