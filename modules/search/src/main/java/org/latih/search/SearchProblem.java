package org.latih.search;

import org.latih.kernel.rest.ProblemType;

/**
 * Every problem type of the search module, each with its own {@code type} URI so a client can act
 * on it; titles are in the module's message bundle under {@code problem.<slug>}.
 */
public enum SearchProblem implements ProblemType {
  REBUILD_RUNNING(
      "rebuild-running", 409, "A rebuild of the search index is already running; follow that one.");

  private final Spec spec;

  SearchProblem(String slug, int status, String meaning) {
    this.spec = new Spec(slug, status, meaning);
  }

  @Override
  public Spec spec() {
    return spec;
  }
}
