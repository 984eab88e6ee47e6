package org.latih.assessment.analysis.control;

import org.latih.assessment.AssessmentProblem;
import org.latih.kernel.rest.DomainException;

/** The course has no pre-test and post-test, so there is no gain to measure. */
public class NoPrePostTestsException extends DomainException {

  public NoPrePostTestsException(String courseCode) {
    super(AssessmentProblem.NO_PRE_POST_TESTS, "gain.noTests", courseCode);
  }
}
