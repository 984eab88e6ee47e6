package org.latih.course.cohort.api;

import org.latih.course.CourseProblem;
import org.latih.kernel.rest.DomainException;

/** The cohort has reached its capacity. */
public class CohortFullException extends DomainException {

  public CohortFullException(int capacity) {
    super(CourseProblem.COHORT_FULL, "cohort.full", capacity);
  }
}
