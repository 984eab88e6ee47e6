package org.latih.kernel.identity.user.entity;

import org.latih.kernel.rest.DomainException;
import org.latih.kernel.rest.KernelProblem;

/** Another user already has this NIP. */
public class NipTakenException extends DomainException {

  public NipTakenException(String nip) {
    super(KernelProblem.NIP_TAKEN, "nip.duplicate", nip);
  }
}
