package org.latih.course.enrolment.api;

/**
 * A condition besides finishing every lesson that a course's completion waits for. Other modules
 * contribute them as CDI beans (the assessment module: "passed the post-test, if the course
 * requires it"), so the course module does not need to know about tests.
 */
public interface CompletionRule {

  boolean met(Enrolment enrolment);
}
