package org.latih.kernel.rest;

import java.util.List;

/** No valid credentials came with the request, or the ones that came are wrong. */
public class NotAuthenticatedException extends DomainException {

  public NotAuthenticatedException(String messageKey, Object... args) {
    super(401, "not-authenticated", messageKey, List.of(), args);
  }
}
