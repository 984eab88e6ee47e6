package org.latih.evaluation.i18n;

import java.util.List;
import org.latih.evaluation.EvaluationProblem;
import org.latih.kernel.i18n.MessageBundle;
import org.latih.kernel.rest.ProblemCatalog;
import org.latih.kernel.rest.ProblemType;

/** Registers the evaluation module's problem types and texts (problem details and pages). */
public class EvaluationMessages implements MessageBundle, ProblemCatalog {

  @Override
  public String baseName() {
    return "org.latih.evaluation.i18n.messages";
  }

  @Override
  public String uiBaseName() {
    return "org.latih.evaluation.i18n.ui";
  }

  @Override
  public List<ProblemType> problemTypes() {
    return List.of(EvaluationProblem.values());
  }
}
