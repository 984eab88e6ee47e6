package org.latih.assessment.quiz.entity;

import org.latih.assessment.AssessmentProblem;
import org.latih.kernel.rest.DomainException;

/** The course already has a quiz of this kind (a pre-test or a post-test). */
public class QuizKindExistsException extends DomainException {

  public QuizKindExistsException(Object kind) {
    super(AssessmentProblem.QUIZ_KIND_EXISTS, "quiz.kindExists", kind);
  }
}
