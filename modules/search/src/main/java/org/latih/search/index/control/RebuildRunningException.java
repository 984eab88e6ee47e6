package org.latih.search.index.control;

import org.latih.kernel.rest.DomainException;
import org.latih.search.SearchProblem;

/** A rebuild of the search index is running already. */
public class RebuildRunningException extends DomainException {

  public RebuildRunningException() {
    super(SearchProblem.REBUILD_RUNNING, "search.rebuildRunning");
  }
}
