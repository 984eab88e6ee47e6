package org.latih.assessment.quiz.entity;

import org.latih.assessment.AssessmentProblem;
import org.latih.kernel.rest.DomainException;

/** The category has fewer questions than the quiz draws at random. */
public class QuestionPoolTooSmallException extends DomainException {

  public QuestionPoolTooSmallException(String category, int available, int wanted) {
    super(
        AssessmentProblem.QUESTION_POOL_TOO_SMALL,
        "quiz.poolTooSmall",
        category,
        available,
        wanted);
  }
}
