package org.latih.kernel.plugin.worker;

/**
 * A plugin's own fault, told by its worker: it threw, answered nonsense, took too long, used more
 * than it may, or its process died. {@link WorkerProcess#alive()} tells whether the worker is gone.
 */
public class WorkerFault extends RuntimeException {

  public WorkerFault(String reason) {
    super(reason);
  }
}
