package org.latih.assessment.question.control;

import java.util.List;

/**
 * What an import read: the questions it could read exactly and the problems that made it skip the
 * others. Both are returned together so one broken question does not stop a whole bank.
 */
public record ImportResult(List<ImportedQuestion> questions, List<ImportProblem> problems) {

  public ImportResult {
    questions = questions == null ? List.of() : List.copyOf(questions);
    problems = problems == null ? List.of() : List.copyOf(problems);
  }

  public boolean clean() {
    return problems.isEmpty();
  }
}
