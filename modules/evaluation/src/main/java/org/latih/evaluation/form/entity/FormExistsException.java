package org.latih.evaluation.form.entity;

import org.latih.evaluation.EvaluationProblem;
import org.latih.kernel.rest.DomainException;

/** A form with this id exists in the region already. */
public class FormExistsException extends DomainException {

  public FormExistsException(String formId) {
    super(EvaluationProblem.FORM_EXISTS, "evaluation.form.exists", formId);
  }
}
