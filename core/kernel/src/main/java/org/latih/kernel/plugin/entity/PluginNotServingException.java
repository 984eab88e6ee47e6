package org.latih.kernel.plugin.entity;

import org.latih.kernel.rest.DomainException;
import org.latih.kernel.rest.KernelProblem;

/** The plugin is disabled or failed, so it cannot answer now. */
public class PluginNotServingException extends DomainException {

  public PluginNotServingException(String id, String state) {
    super(KernelProblem.PLUGIN_NOT_SERVING, "plugin.notServing", id, state);
  }
}
