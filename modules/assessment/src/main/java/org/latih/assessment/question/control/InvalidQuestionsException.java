package org.latih.assessment.question.control;

import java.util.List;
import org.latih.assessment.AssessmentProblem;
import org.latih.kernel.rest.DomainException;

/**
 * A question file was refused: every unsupported construct or broken question with its line, so the
 * author fixes them all at once. Nothing of the file was stored.
 */
public class InvalidQuestionsException extends DomainException {

  public InvalidQuestionsException(List<ImportProblem> problems) {
    super(
        AssessmentProblem.INVALID_QUESTIONS,
        "questions.invalid",
        problems.stream()
            .map(p -> new FieldProblem("line " + p.line(), p.messageKey(), p.args().toArray()))
            .toList(),
        problems.size());
  }

  /** Even for one problem the detail says the whole file was refused and nothing stored. */
  @Override
  public boolean detailFromSingleFieldProblem() {
    return false;
  }
}
