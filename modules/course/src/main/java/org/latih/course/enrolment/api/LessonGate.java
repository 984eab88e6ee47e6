package org.latih.course.enrolment.api;

/**
 * Holds a course's lessons back from a learner until something else is done first (the assessment
 * module: the pre-test). Contributed by other modules as CDI beans.
 */
public interface LessonGate {

  /** Throws a domain exception that says what to do first when the lessons are not open yet. */
  void check(Enrolment enrolment);
}
