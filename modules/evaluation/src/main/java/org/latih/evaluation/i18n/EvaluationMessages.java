package org.latih.evaluation.i18n;

import org.latih.kernel.i18n.MessageBundle;

/** Registers the evaluation module's texts (problem details and pages). */
public class EvaluationMessages implements MessageBundle {

  @Override
  public String baseName() {
    return "org.latih.evaluation.i18n.messages";
  }

  @Override
  public String uiBaseName() {
    return "org.latih.evaluation.i18n.ui";
  }
}
