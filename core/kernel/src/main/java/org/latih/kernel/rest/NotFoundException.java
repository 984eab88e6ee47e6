package org.latih.kernel.rest;

import java.util.List;

/** The thing the caller named does not exist (or is not theirs to see). */
public class NotFoundException extends DomainException {

  public NotFoundException(String messageKey, Object... args) {
    super(404, "not-found", messageKey, List.of(), args);
  }
}
