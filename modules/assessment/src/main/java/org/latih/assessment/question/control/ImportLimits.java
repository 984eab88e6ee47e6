package org.latih.assessment.question.control;

import java.util.ArrayList;
import java.util.List;
import org.latih.assessment.question.entity.QuestionJson;

/**
 * Caps on what one import may bring: a file of 20,000 questions or a question of a million
 * characters is a mistake or an attack, and storing it makes every later read of the bank slow. An
 * import over a cap is refused whole, with the problem named, like any other broken question.
 *
 * @param maxQuestions questions in one file
 * @param maxQuestionChars characters of one question, all its texts, options and feedback together
 * @param maxBankQuestions questions in one course's bank after the import
 */
public record ImportLimits(int maxQuestions, int maxQuestionChars, int maxBankQuestions) {

  public static final ImportLimits DEFAULT = new ImportLimits(1_000, 20_000, 5_000);

  /** The result with a problem added for every cap crossed. */
  public ImportResult check(ImportResult result) {
    List<ImportProblem> problems = new ArrayList<>(result.problems());
    if (result.questions().size() > maxQuestions) {
      problems.add(
          ImportProblem.of(0, "questions.tooMany", result.questions().size(), maxQuestions));
    }
    for (ImportedQuestion q : result.questions()) {
      if (QuestionJson.write(q.content()).length() > maxQuestionChars) {
        problems.add(ImportProblem.of(q.line(), "question.tooLong", maxQuestionChars));
      }
    }
    return problems.size() == result.problems().size()
        ? result
        : new ImportResult(result.questions(), problems);
  }
}
