package org.latih.assessment.quiz.entity;

import org.latih.assessment.AssessmentProblem;
import org.latih.kernel.rest.DomainException;

/** The post-test waits until every lesson of the course is finished. */
public class LessonsFirstException extends DomainException {

  public LessonsFirstException() {
    super(AssessmentProblem.LESSONS_FIRST, "quiz.lessonsFirst");
  }
}
