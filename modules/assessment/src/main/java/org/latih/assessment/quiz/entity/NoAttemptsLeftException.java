package org.latih.assessment.quiz.entity;

import org.latih.assessment.AssessmentProblem;
import org.latih.kernel.rest.DomainException;

/** The learner has used every attempt the quiz allows. */
public class NoAttemptsLeftException extends DomainException {

  public NoAttemptsLeftException(int allowed) {
    super(AssessmentProblem.NO_ATTEMPTS_LEFT, "quiz.noAttemptsLeft", allowed);
  }
}
