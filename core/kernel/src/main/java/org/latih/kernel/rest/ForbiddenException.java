package org.latih.kernel.rest;

/** The caller is known but their role or region does not allow this. */
public class ForbiddenException extends DomainException {

  public ForbiddenException(String messageKey, Object... args) {
    super(KernelProblem.FORBIDDEN, messageKey, args);
  }
}
