package org.latih.course.enrolment.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.latih.course.course.api.Course;
import org.latih.course.enrolment.control.Enrolments;
import org.latih.kernel.security.control.Caller;

/**
 * Learners' enrolments as other modules use them: reading the caller's own, and asking the course
 * module to complete a course once something it waited for (a passed post-test) has happened.
 */
@ApplicationScoped
public class LearnerEnrolments {

  @Inject Enrolments enrolments;

  public Optional<Enrolment> mine(Caller caller, Course course) {
    return enrolments.mine(caller, course);
  }

  /**
   * Completes the learner's course, crediting its JP, if every lesson and every {@link
   * CompletionRule} is met now.
   */
  public void recheck(Long userId, Course course) {
    enrolments.recheck(userId, course);
  }
}
