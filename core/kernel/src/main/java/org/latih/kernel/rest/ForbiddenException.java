package org.latih.kernel.rest;

import java.util.List;

/** The caller is known but their role or region does not allow this. */
public class ForbiddenException extends DomainException {

  public ForbiddenException(String messageKey, Object... args) {
    super(403, "forbidden", messageKey, List.of(), args);
  }
}
