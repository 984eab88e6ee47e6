package org.latih.assessment.attempt.entity;

import org.latih.assessment.AssessmentProblem;
import org.latih.kernel.rest.DomainException;

/**
 * The attempt was submitted, by the learner or when its time ran out, and takes no more changes.
 */
public class AttemptClosedException extends DomainException {

  public AttemptClosedException(boolean timeUp) {
    super(AssessmentProblem.ATTEMPT_CLOSED, timeUp ? "attempt.timeUp" : "attempt.submitted");
  }
}
