package org.latih.course.i18n;

import org.latih.kernel.i18n.MessageBundle;

/** Registers the course module's texts (problem details and import reports) with the kernel. */
public class CourseMessages implements MessageBundle {

  @Override
  public String baseName() {
    return "org.latih.course.i18n.messages";
  }

  @Override
  public String uiBaseName() {
    return "org.latih.course.i18n.ui";
  }
}
