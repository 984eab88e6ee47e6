package org.latih.search.index.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * At start, once the schema is migrated and the starter catalogue imported (the rebuild reads the
 * courses), rebuilds a missing or unreadable index from the database. The follower skips the
 * starter import's course-by-course updates while this rebuild is ahead ({@link
 * CourseIndex#rebuildAhead()}), so on a fresh installation this is what indexes it, and the node is
 * not ready until it is done.
 */
@Singleton
@Startup
@DependsOn({"Migrations", "StarterCatalogue"})
public class SearchStartup {

  private static final Logger LOG = Logger.getLogger(SearchStartup.class.getName());

  @Inject CourseIndex index;
  @Inject Reindex reindex;

  @PostConstruct
  void check() {
    if (index.lucene().needsRebuild()) {
      LOG.info("Search index missing or unreadable: rebuilding it from the database");
      try {
        reindex.start();
      } catch (RebuildRunningException alreadyRunning) {
        // the change feed started one (this node had no record of applied changes)
      }
    }
  }
}
