package org.latih.assessment.i18n;

import org.latih.kernel.i18n.MessageBundle;

/** Registers the assessment module's texts (problem details, import reports, pages). */
public class AssessmentMessages implements MessageBundle {

  @Override
  public String baseName() {
    return "org.latih.assessment.i18n.messages";
  }

  @Override
  public String uiBaseName() {
    return "org.latih.assessment.i18n.ui";
  }
}
