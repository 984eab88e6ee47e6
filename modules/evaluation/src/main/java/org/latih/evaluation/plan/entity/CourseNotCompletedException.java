package org.latih.evaluation.plan.entity;

import org.latih.evaluation.EvaluationProblem;
import org.latih.kernel.rest.DomainException;

/** An action plan waits until its course is completed. */
public class CourseNotCompletedException extends DomainException {

  public CourseNotCompletedException(String courseTitle) {
    super(EvaluationProblem.COURSE_NOT_COMPLETED, "actionPlan.notCompleted", courseTitle);
  }
}
