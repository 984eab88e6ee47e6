package org.latih.evaluation.form.entity;

import org.latih.evaluation.EvaluationProblem;
import org.latih.kernel.rest.DomainException;

/** People have answered the form, so deleting it would lose their answers. */
public class FormAnsweredException extends DomainException {

  public FormAnsweredException(String formTitle) {
    super(EvaluationProblem.FORM_ANSWERED, "evaluation.form.answeredKeep", formTitle);
  }
}
