package org.latih.kernel.rest;

/** The caller must wait before trying again, for example after repeated failed logins. */
public class TooManyRequestsException extends RetryLaterException {

  public TooManyRequestsException(long retryAfterSeconds, String messageKey, Object... args) {
    super(KernelProblem.TOO_MANY_REQUESTS, retryAfterSeconds, messageKey, args);
  }
}
