package org.latih.course.i18n;

import java.util.List;
import org.latih.course.CourseProblem;
import org.latih.kernel.i18n.MessageBundle;
import org.latih.kernel.rest.ProblemCatalog;
import org.latih.kernel.rest.ProblemType;

/**
 * Registers the course module's problem types and texts (problem details and import reports) with
 * the kernel.
 */
public class CourseMessages implements MessageBundle, ProblemCatalog {

  @Override
  public String baseName() {
    return "org.latih.course.i18n.messages";
  }

  @Override
  public String uiBaseName() {
    return "org.latih.course.i18n.ui";
  }

  @Override
  public List<ProblemType> problemTypes() {
    return List.of(CourseProblem.values());
  }
}
