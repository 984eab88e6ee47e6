package org.latih.kernel.plugin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.latih.kernel.plugin.entity.Plugin;
import org.latih.kernel.plugin.entity.PluginAudit;

/**
 * Records that a plugin failed and takes it out of service. In its own transaction, so the mark
 * stays even though the request that found the failure answers with an error.
 */
@ApplicationScoped
public class PluginFailures {

  static final String SYSTEM = "system";

  @PersistenceContext EntityManager em;
  @Inject PluginHost host;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(String pluginId, String error) {
    host.unload(pluginId);
    Plugin plugin = em.find(Plugin.class, pluginId);
    if (plugin != null) {
      plugin.fail(error);
      em.persist(new PluginAudit(plugin, PluginAudit.Action.FAIL, SYSTEM, clock.instant()));
    }
  }
}
