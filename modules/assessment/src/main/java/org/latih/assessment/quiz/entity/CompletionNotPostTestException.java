package org.latih.assessment.quiz.entity;

import org.latih.assessment.AssessmentProblem;
import org.latih.kernel.rest.DomainException;

/** Only a post-test can be what completes a course. */
public class CompletionNotPostTestException extends DomainException {

  public CompletionNotPostTestException() {
    super(AssessmentProblem.COMPLETION_ONLY_POST_TEST, "quiz.completionOnlyPost");
  }
}
