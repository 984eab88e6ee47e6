package org.latih.kernel.rest;

/** The thing the caller named does not exist (or is not theirs to see). */
public class NotFoundException extends DomainException {

  public NotFoundException(String messageKey, Object... args) {
    super(KernelProblem.NOT_FOUND, messageKey, args);
  }
}
