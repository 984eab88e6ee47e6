package org.latih.report.export;

import java.util.List;
import org.latih.kernel.rest.ProblemCatalog;
import org.latih.kernel.rest.ProblemType;

/** Registers the export problem types for the API documentation and the bundle check. */
public class ExportProblems implements ProblemCatalog {

  @Override
  public List<ProblemType> problemTypes() {
    return List.of(ExportProblem.values());
  }
}
