package org.latih.assessment.question.entity;

import org.latih.assessment.AssessmentProblem;
import org.latih.kernel.rest.DomainException;

/** The question was answered in attempts, so deleting it would change their grades. */
public class QuestionAskedException extends DomainException {

  public QuestionAskedException(long attempts) {
    super(AssessmentProblem.QUESTION_ASKED, "question.asked", attempts);
  }
}
