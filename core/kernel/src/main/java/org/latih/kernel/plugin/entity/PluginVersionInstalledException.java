package org.latih.kernel.plugin.entity;

import org.latih.kernel.rest.DomainException;
import org.latih.kernel.rest.KernelProblem;

/** This version of the plugin is installed already; an upgrade needs a new version. */
public class PluginVersionInstalledException extends DomainException {

  public PluginVersionInstalledException(String id, String version) {
    super(KernelProblem.PLUGIN_VERSION_INSTALLED, "plugin.versionInstalled", id, version);
  }
}
