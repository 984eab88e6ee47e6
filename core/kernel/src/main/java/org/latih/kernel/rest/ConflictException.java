package org.latih.kernel.rest;

import java.util.List;

/** The request contradicts what is already stored, such as a duplicate NIP. */
public class ConflictException extends DomainException {

  public ConflictException(String messageKey, Object... args) {
    super(409, "conflict", messageKey, List.of(), args);
  }
}
