package org.latih.kernel.plugin.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.latih.worker.protocol.WarmUp;

/**
 * Once the schema is in place, moves the jars of installs made before they were kept in the
 * database into it, and fills this node's cache of every serving install's jar from the database (a
 * file missing or changed on disk is written again); an install whose jar is intact nowhere is
 * taken out of service with the reason, before anyone uses it. Workers start when first needed. A
 * few seconds after the start, the encoder of the workers' requests is warmed up.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PluginStartup {

  private static final Logger LOG = Logger.getLogger(PluginStartup.class.getName());

  /** Long enough for the deployment to have finished, so the warm-up never slows the start. */
  static final long WARM_UP_DELAY_SECONDS = 5;

  @Inject Plugins plugins;
  @Resource ManagedScheduledExecutorService scheduler;

  @PostConstruct
  void checkPlugins() {
    try {
      plugins.verifyInstalled();
    } catch (RuntimeException e) {
      // a broken plugin table must not keep the platform from serving its other features
      LOG.log(Level.SEVERE, "Plugin files were not checked", e);
    }
    scheduler.schedule(PluginStartup::warmUp, WARM_UP_DELAY_SECONDS, TimeUnit.SECONDS);
  }

  /** The request encoder compiled before the first report needs it ({@link WarmUp}). */
  private static void warmUp() {
    try {
      WarmUp.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Warm-up of the worker protocol failed", e);
    }
  }
}
