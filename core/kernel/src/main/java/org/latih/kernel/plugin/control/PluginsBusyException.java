package org.latih.kernel.plugin.control;

import org.latih.kernel.rest.KernelProblem;
import org.latih.kernel.rest.RetryLaterException;

/**
 * A plugin call found no free thread within the time limit (others still run or hang). 503, and not
 * the called plugin's fault: it never ran, so it is not marked failed.
 */
public class PluginsBusyException extends RetryLaterException {

  public PluginsBusyException() {
    super(KernelProblem.PLUGINS_BUSY, 2, "plugin.busy");
  }
}
