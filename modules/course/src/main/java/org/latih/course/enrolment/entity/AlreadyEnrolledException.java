package org.latih.course.enrolment.entity;

import org.latih.course.CourseProblem;
import org.latih.kernel.rest.DomainException;

/** The learner is enrolled in this course already. */
public class AlreadyEnrolledException extends DomainException {

  public AlreadyEnrolledException() {
    super(CourseProblem.ALREADY_ENROLLED, "enrolment.exists");
  }
}
