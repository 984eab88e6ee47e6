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

/**
 * Once the schema is in place, moves the jars of installs made before they were kept in the
 * database into it, and fills this node's cache of every serving install's jar from the database (a
 * file missing or changed on disk is written again); an install whose jar is intact nowhere is
 * taken out of service with the reason, before anyone uses it. Workers start when first needed.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PluginStartup {

  private static final Logger LOG = Logger.getLogger(PluginStartup.class.getName());

  @Inject Plugins plugins;

  @PostConstruct
  void checkPlugins() {
    try {
      plugins.verifyInstalled();
    } catch (RuntimeException e) {
      // a broken plugin table must not keep the platform from serving its other features
      LOG.log(Level.SEVERE, "Plugin files were not checked", e);
    }
  }
}
