package org.latih.kernel.plugin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.kernel.plugin.entity.Plugin;
import org.latih.kernel.plugin.entity.PluginAudit;
import org.latih.kernel.plugin.entity.PluginState;

/**
 * What the platform itself records about an install, each in a transaction of its own, so the mark
 * stays even though the request that found it answers with an error.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class PluginStates {

  static final String SYSTEM = "system";

  @PersistenceContext EntityManager em;
  @Inject Workers workers;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "latih.plugin.first-retry-seconds", defaultValue = "10")
  long firstRetrySeconds;

  /** A fault of the plugin's own: out of service until its backoff has passed. */
  public void fail(Long key, String error) {
    workers.stop(key);
    // a timed-out call and the busy-between-calls check may report one hang at once
    Plugin plugin = locked(key);
    if (plugin != null && plugin.serving()) {
      plugin.fail(error, clock.instant(), Duration.ofSeconds(firstRetrySeconds));
      em.persist(new PluginAudit(plugin, PluginAudit.Action.FAIL, SYSTEM, clock.instant()));
    }
  }

  /**
   * Its worker started again after the backoff: back in service, unless its admin changed it while
   * the worker started (then the worker goes, if the install no longer serves).
   */
  public void recover(Long key) {
    Plugin plugin = locked(key);
    if (plugin == null || plugin.state() != PluginState.FAILED) {
      workers.follow(key, plugin);
      return;
    }
    plugin.recover();
    em.persist(new PluginAudit(plugin, PluginAudit.Action.RECOVER, SYSTEM, clock.instant()));
  }

  /** A retry that failed again: the backoff doubles (unless its admin changed it meanwhile). */
  public void failAgain(Long key, String error) {
    Plugin plugin = locked(key);
    if (plugin != null && plugin.state() == PluginState.FAILED) {
      plugin.fail(error, clock.instant(), Duration.ofSeconds(firstRetrySeconds));
    }
  }

  /**
   * Every change of state reads the row under a lock: the supervisor's retry, a worker's fault and
   * an admin's disable may meet on one install, and each must see what the one before it wrote.
   */
  private Plugin locked(Long key) {
    return em.find(Plugin.class, key, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Keeps definitions read from an install made before they were kept. */
  public void define(Long key, String definitions) {
    Plugin plugin = em.find(Plugin.class, key);
    if (plugin != null && plugin.definitions() == null) {
      plugin.define(definitions);
    }
  }

  /**
   * Replaces the definitions kept for the version with {@code checksum}, read again from its
   * worker: those kept before report titles were read in every language. A newer version's are left
   * alone.
   */
  public void redefine(Long key, String checksum, String definitions) {
    Plugin plugin = em.find(Plugin.class, key);
    if (plugin != null && checksum.equals(plugin.checksum())) {
      plugin.define(definitions);
    }
  }
}
