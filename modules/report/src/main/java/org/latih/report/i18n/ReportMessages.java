package org.latih.report.i18n;

import org.latih.kernel.i18n.MessageBundle;

/** Registers the report module's texts (problem details and pages). */
public class ReportMessages implements MessageBundle {

  @Override
  public String baseName() {
    return "org.latih.report.i18n.messages";
  }

  @Override
  public String uiBaseName() {
    return "org.latih.report.i18n.ui";
  }
}
