package org.latih.kernel.plugin.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.latih.kernel.plugin.entity.Plugin;
import org.latih.kernel.plugin.worker.WorkerFault;

/**
 * Every five seconds: records the faults the workers' watchdogs found (a plugin that spun between
 * calls or started too many threads), stops workers left idle, and tries failed installs again once
 * their backoff has passed, putting each back in service if its worker starts.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PluginSupervisor {

  private static final Logger LOG = Logger.getLogger(PluginSupervisor.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Workers workers;
  @Inject PluginStates states;
  @Inject Clock clock;

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  void supervise() {
    workers.takeFaults().forEach(states::fail);
    workers.stopIdle();
    List<Plugin> due =
        em.createNamedQuery(Plugin.DUE_RETRY, Plugin.class)
            .setParameter("now", clock.instant())
            .getResultList();
    for (Plugin plugin : due) {
      try {
        workers.of(plugin);
        states.recover(plugin.key());
        LOG.info(() -> "Plugin " + plugin.id() + " is serving again after a failure");
      } catch (WorkerFault e) {
        states.failAgain(plugin.key(), e.getMessage());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not retry plugin " + plugin.id(), e);
      }
    }
  }
}
