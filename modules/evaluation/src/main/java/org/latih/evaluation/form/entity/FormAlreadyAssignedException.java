package org.latih.evaluation.form.entity;

import org.latih.evaluation.EvaluationProblem;
import org.latih.kernel.rest.DomainException;

/** The form is assigned to this course and cohort already. */
public class FormAlreadyAssignedException extends DomainException {

  public FormAlreadyAssignedException(String courseTitle) {
    super(EvaluationProblem.FORM_ALREADY_ASSIGNED, "evaluation.assign.exists", courseTitle);
  }
}
