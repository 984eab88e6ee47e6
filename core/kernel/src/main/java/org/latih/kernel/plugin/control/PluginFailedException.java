package org.latih.kernel.plugin.control;

import org.latih.kernel.rest.DomainException;
import org.latih.kernel.rest.KernelProblem;

/**
 * A plugin threw, hung or answered too much; the plugin has been marked failed. 502: the platform
 * is fine, the component it relied on was not.
 */
public class PluginFailedException extends DomainException {

  private final String error;

  public PluginFailedException(String pluginId, String error) {
    super(KernelProblem.PLUGIN_FAILED, "plugin.failed", pluginId, error);
    this.error = error;
  }

  /** What went wrong, as recorded on the plugin. */
  public String error() {
    return error;
  }
}
