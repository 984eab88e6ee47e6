package org.latih.kernel.plugin.entity;

import org.latih.kernel.rest.DomainException;
import org.latih.kernel.rest.KernelProblem;

/** The upload is older than the installed version and the admin has not confirmed going back. */
public class PluginDowngradeException extends DomainException {

  public PluginDowngradeException(String id, String installed, String uploaded) {
    super(KernelProblem.PLUGIN_DOWNGRADE, "plugin.downgrade", id, installed, uploaded);
  }
}
