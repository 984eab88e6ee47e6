package org.latih.assessment.i18n;

import java.util.List;
import org.latih.assessment.AssessmentProblem;
import org.latih.kernel.i18n.MessageBundle;
import org.latih.kernel.rest.ProblemCatalog;
import org.latih.kernel.rest.ProblemType;

/**
 * Registers the assessment module's problem types and texts (problem details, import reports,
 * pages).
 */
public class AssessmentMessages implements MessageBundle, ProblemCatalog {

  @Override
  public String baseName() {
    return "org.latih.assessment.i18n.messages";
  }

  @Override
  public String uiBaseName() {
    return "org.latih.assessment.i18n.ui";
  }

  @Override
  public List<ProblemType> problemTypes() {
    return List.of(AssessmentProblem.values());
  }
}
