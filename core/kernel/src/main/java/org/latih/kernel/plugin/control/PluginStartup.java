package org.latih.kernel.plugin.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Starts the installed, enabled plugins once the schema is in place. */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PluginStartup {

  private static final Logger LOG = Logger.getLogger(PluginStartup.class.getName());

  @Inject Plugins plugins;

  @PostConstruct
  void startPlugins() {
    try {
      plugins.startInstalled();
    } catch (RuntimeException e) {
      // a broken plugin table must not keep the platform from serving its other features
      LOG.log(Level.SEVERE, "Plugins were not started", e);
    }
  }
}
