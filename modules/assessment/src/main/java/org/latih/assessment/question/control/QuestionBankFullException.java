package org.latih.assessment.question.control;

import org.latih.assessment.AssessmentProblem;
import org.latih.kernel.rest.DomainException;

/** The import would take the course's bank past its cap; nothing of it was stored. */
public class QuestionBankFullException extends DomainException {

  public QuestionBankFullException(int existing, int adding, int limit) {
    super(AssessmentProblem.QUESTION_BANK_FULL, "questions.bankFull", existing, adding, limit);
  }
}
