package org.latih.kernel.cluster.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.latih.kernel.cluster.entity.Change;

/**
 * Announces a change to every node, in the caller's transaction: the row and (on PostgreSQL) the
 * NOTIFY that wakes the followers take effect at commit, or not at all.
 */
@ApplicationScoped
public class ChangeLog {

  /** The PostgreSQL channel followers LISTEN on; the payload is empty, the rows say what. */
  static final String CHANNEL = "latih_changes";

  public static final String PLUGIN = "plugin";
  public static final String COURSE = "course";
  public static final String SEARCH_REBUILD = "search-rebuild";

  @PersistenceContext EntityManager em;
  @Inject Node node;
  @Inject Clock clock;

  @Transactional
  public void record(String kind, String key, Long regionId) {
    em.persist(new Change(kind, key, regionId, node.id(), clock.instant()));
    if (node.postgres()) {
      // NOTIFY is transactional: sent at commit, dropped on rollback
      em.createNativeQuery("SELECT pg_notify('" + CHANNEL + "', '')").getSingleResult();
    }
  }
}
