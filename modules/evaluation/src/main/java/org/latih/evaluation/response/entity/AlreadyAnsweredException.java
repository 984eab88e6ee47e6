package org.latih.evaluation.response.entity;

import org.latih.evaluation.EvaluationProblem;
import org.latih.kernel.rest.DomainException;

/** The caller filled in this form for this course already. */
public class AlreadyAnsweredException extends DomainException {

  public AlreadyAnsweredException(String formTitle) {
    super(EvaluationProblem.ALREADY_ANSWERED, "evaluation.answered", formTitle);
  }
}
