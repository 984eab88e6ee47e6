package org.latih.course.course.entity;

import org.latih.course.CourseProblem;
import org.latih.kernel.rest.DomainException;

/** The course has learners, so deleting it would lose their progress. */
public class CourseHasLearnersException extends DomainException {

  public CourseHasLearnersException(long learners) {
    super(CourseProblem.COURSE_HAS_LEARNERS, "course.hasLearners", learners);
  }
}
