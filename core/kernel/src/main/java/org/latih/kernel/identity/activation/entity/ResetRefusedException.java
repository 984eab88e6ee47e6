package org.latih.kernel.identity.activation.entity;

import org.latih.kernel.rest.DomainException;
import org.latih.kernel.rest.KernelProblem;

/** The reset link is unknown, used or expired (one answer for all three): ask for a new one. */
public class ResetRefusedException extends DomainException {

  public ResetRefusedException() {
    super(KernelProblem.PASSWORD_RESET_REFUSED, "passwordReset.refused");
  }
}
