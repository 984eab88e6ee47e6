package org.latih.assessment.analysis.control;

import org.latih.assessment.AssessmentProblem;
import org.latih.kernel.rest.DomainException;

/** Item analysis needs at least two graded attempts. */
public class TooFewAttemptsException extends DomainException {

  public TooFewAttemptsException(int graded) {
    super(AssessmentProblem.TOO_FEW_ATTEMPTS, "analysis.tooFew", graded);
  }
}
