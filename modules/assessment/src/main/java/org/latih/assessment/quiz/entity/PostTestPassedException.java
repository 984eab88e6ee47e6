package org.latih.assessment.quiz.entity;

import org.latih.assessment.AssessmentProblem;
import org.latih.kernel.rest.DomainException;

/**
 * The learner has passed the post-test. Once passed, the review may show every right answer, so a
 * further attempt could be copied from it; the course page offers none, and neither does the API.
 */
public class PostTestPassedException extends DomainException {

  public PostTestPassedException() {
    super(AssessmentProblem.POST_TEST_PASSED, "quiz.postTestPassed");
  }
}
