package org.latih.kernel.plugin.worker;

/** Every call slot of a worker stayed taken for longer than the caller would wait: not a fault. */
public class WorkerBusyException extends RuntimeException {

  public WorkerBusyException(String message) {
    super(message);
  }
}
