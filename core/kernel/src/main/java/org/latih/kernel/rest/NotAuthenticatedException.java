package org.latih.kernel.rest;

/** No valid credentials came with the request, or the ones that came are wrong. */
public class NotAuthenticatedException extends DomainException {

  public NotAuthenticatedException(String messageKey, Object... args) {
    super(KernelProblem.NOT_AUTHENTICATED, messageKey, args);
  }
}
