package org.latih.assessment.quiz.entity;

import org.latih.assessment.AssessmentProblem;
import org.latih.kernel.rest.DomainException;

/** The course's lessons wait until its pre-test is taken. */
public class PreTestFirstException extends DomainException {

  public PreTestFirstException(String preTestTitle) {
    super(AssessmentProblem.PRE_TEST_FIRST, "lesson.preTestFirst", preTestTitle);
  }
}
