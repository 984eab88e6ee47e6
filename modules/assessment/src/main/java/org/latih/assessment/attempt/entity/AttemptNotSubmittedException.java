package org.latih.assessment.attempt.entity;

import org.latih.assessment.AssessmentProblem;
import org.latih.kernel.rest.DomainException;

/** The attempt is still open, so it has no result to show or grade yet. */
public class AttemptNotSubmittedException extends DomainException {

  public AttemptNotSubmittedException() {
    super(AssessmentProblem.ATTEMPT_NOT_SUBMITTED, "attempt.notSubmitted");
  }
}
