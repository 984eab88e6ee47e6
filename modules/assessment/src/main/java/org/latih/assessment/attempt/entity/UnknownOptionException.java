package org.latih.assessment.attempt.entity;

import org.latih.assessment.AssessmentProblem;
import org.latih.kernel.rest.DomainException;

/**
 * A save named an option this attempt never showed: a token from another attempt, or an author's
 * choice id guessed from the question file. Nothing is stored.
 */
public class UnknownOptionException extends DomainException {

  public UnknownOptionException(String token) {
    super(AssessmentProblem.UNKNOWN_OPTION, "answer.unknownOption", token);
  }
}
