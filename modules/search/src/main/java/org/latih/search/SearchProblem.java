package org.latih.search;

import org.latih.kernel.rest.ProblemType;

/**
 * Every problem type of the search module, each with its own {@code type} URI so a client can act
 * on it; titles are in the module's message bundle under {@code problem.<slug>}.
 */
public enum SearchProblem implements ProblemType {
  REBUILD_RUNNING(
      "rebuild-running", 409, "A rebuild of the search index is already running; follow that one.");

  private final String slug;
  private final int status;
  private final String meaning;

  SearchProblem(String slug, int status, String meaning) {
    this.slug = slug;
    this.status = status;
    this.meaning = meaning;
  }

  @Override
  public String slug() {
    return slug;
  }

  @Override
  public int status() {
    return status;
  }

  @Override
  public String meaning() {
    return meaning;
  }
}
