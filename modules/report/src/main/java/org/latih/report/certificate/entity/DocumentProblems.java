package org.latih.report.certificate.entity;

import java.util.List;
import org.latih.kernel.rest.ProblemCatalog;
import org.latih.kernel.rest.ProblemType;

/**
 * Registers the official documents' problem types (a service, as the other modules' catalogues).
 */
public class DocumentProblems implements ProblemCatalog {

  @Override
  public List<ProblemType> problemTypes() {
    return List.of(DocumentProblem.values());
  }
}
