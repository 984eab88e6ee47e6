package org.latih.search.i18n;

import java.util.List;
import org.latih.kernel.i18n.MessageBundle;
import org.latih.kernel.rest.ProblemCatalog;
import org.latih.kernel.rest.ProblemType;
import org.latih.search.SearchProblem;

/** Registers the search module's problem types and texts (problem details and the search page). */
public class SearchMessages implements MessageBundle, ProblemCatalog {

  @Override
  public String baseName() {
    return "org.latih.search.i18n.messages";
  }

  @Override
  public String uiBaseName() {
    return "org.latih.search.i18n.ui";
  }

  @Override
  public List<ProblemType> problemTypes() {
    return List.of(SearchProblem.values());
  }
}
