package org.latih.kernel.rest;

/** The caller must wait before trying again, for example after repeated failed logins. */
public class TooManyRequestsException extends DomainException {

  private final long retryAfterSeconds;

  public TooManyRequestsException(long retryAfterSeconds, String messageKey, Object... args) {
    super(KernelProblem.TOO_MANY_REQUESTS, messageKey, args);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
