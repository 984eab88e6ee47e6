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
 * Once the schema is in place, checks the file of every serving install against its checksum: a
 * file that went missing or changed on disk takes its install out of service with the reason,
 * before anyone uses it. Workers themselves start when first needed.
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
