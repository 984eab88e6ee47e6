package org.latih.kernel.rest;

/** The server is at a limit it keeps to stay responsive; 503 overloaded, try again shortly. */
public class ServerBusyException extends RetryLaterException {

  public ServerBusyException(long retryAfterSeconds, String messageKey, Object... args) {
    super(KernelProblem.OVERLOADED, retryAfterSeconds, messageKey, args);
  }
}
