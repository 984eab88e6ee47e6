package org.latih.kernel.identity.user.entity;

import org.latih.kernel.rest.DomainException;
import org.latih.kernel.rest.KernelProblem;

/** A user tried to deactivate their own account, which would lock them out. */
public class SelfDeactivationException extends DomainException {

  public SelfDeactivationException() {
    super(KernelProblem.SELF_DEACTIVATION, "user.selfDeactivate");
  }
}
