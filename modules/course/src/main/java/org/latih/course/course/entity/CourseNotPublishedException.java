package org.latih.course.course.entity;

import org.latih.course.CourseProblem;
import org.latih.kernel.rest.DomainException;

/** The course is not published, so nobody can enrol yet. */
public class CourseNotPublishedException extends DomainException {

  public CourseNotPublishedException() {
    super(CourseProblem.COURSE_NOT_PUBLISHED, "enrolment.notPublished");
  }
}
