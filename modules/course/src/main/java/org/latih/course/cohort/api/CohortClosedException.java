package org.latih.course.cohort.api;

import org.latih.course.CourseProblem;
import org.latih.kernel.rest.DomainException;

/** The cohort has ended and takes no more enrolments. */
public class CohortClosedException extends DomainException {

  public CohortClosedException() {
    super(CourseProblem.COHORT_CLOSED, "cohort.closed");
  }
}
