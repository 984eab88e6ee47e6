package org.latih.kernel.plugin.control;

import org.latih.kernel.rest.KernelProblem;
import org.latih.kernel.rest.RetryLaterException;

/** The server could not launch a plugin worker at all: its own fault, never the plugin's. */
public class WorkerUnavailableException extends RetryLaterException {

  public WorkerUnavailableException(String why) {
    super(KernelProblem.PLUGIN_WORKER_UNAVAILABLE, 30, "plugin.workerUnavailable", why);
  }
}
