package org.latih.kernel.plugin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.latih.kernel.cluster.control.ChangeArrived;
import org.latih.kernel.cluster.control.ChangeLog;
import org.latih.kernel.plugin.entity.Plugin;

/**
 * Brings this node's plugin host in step with an install changed on any node: a worker running a
 * version no longer installed, or an install disabled or uninstalled, is stopped; the installed
 * version's jar is put in this node's cache, so its first use here does not wait for it. What
 * installs serve, and their forms, are read from the database on every request anyway.
 */
@ApplicationScoped
public class PluginFollower {

  private static final Logger LOG = Logger.getLogger(PluginFollower.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Workers workers;
  @Inject PluginFiles files;

  void changed(@Observes ChangeArrived change) {
    if (!change.is(ChangeLog.PLUGIN)) {
      return;
    }
    Long key = Long.valueOf(change.key());
    Plugin plugin = em.find(Plugin.class, key);
    // read fresh: the shared cache is off, and the feed's thread has no persistence context
    workers.follow(key, plugin);
    if (plugin != null && plugin.serving()) {
      files
          .problem(plugin)
          .ifPresent(why -> LOG.warning(() -> "Plugin " + plugin.id() + ": " + why));
    }
  }
}
