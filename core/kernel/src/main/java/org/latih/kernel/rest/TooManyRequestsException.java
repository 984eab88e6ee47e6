package org.latih.kernel.rest;

import java.util.List;

/** The caller must wait before trying again, for example after repeated failed logins. */
public class TooManyRequestsException extends DomainException {

  private final long retryAfterSeconds;

  public TooManyRequestsException(long retryAfterSeconds, String messageKey, Object... args) {
    super(429, "too-many-requests", messageKey, List.of(), args);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
