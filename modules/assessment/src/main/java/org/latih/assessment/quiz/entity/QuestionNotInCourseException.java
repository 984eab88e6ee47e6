package org.latih.assessment.quiz.entity;

import org.latih.assessment.AssessmentProblem;
import org.latih.kernel.rest.DomainException;

/** A question put in a quiz is not in its course's question bank. */
public class QuestionNotInCourseException extends DomainException {

  public QuestionNotInCourseException(long questionId) {
    super(AssessmentProblem.QUESTION_NOT_IN_COURSE, "quiz.foreignQuestion", questionId);
  }
}
