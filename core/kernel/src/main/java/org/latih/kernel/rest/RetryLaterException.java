package org.latih.kernel.rest;

/**
 * A refusal the caller may simply repeat later: answered with {@code Retry-After}, which the web UI
 * and the test page honour.
 */
public abstract class RetryLaterException extends DomainException {

  private final long retryAfterSeconds;

  protected RetryLaterException(
      ProblemType type, long retryAfterSeconds, String messageKey, Object... args) {
    super(type, messageKey, args);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
