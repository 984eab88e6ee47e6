package org.latih.kernel.identity.activation.entity;

import org.latih.kernel.rest.DomainException;
import org.latih.kernel.rest.KernelProblem;

/**
 * The NIP and code do not name a valid, unused code. Deliberately one answer for an unknown NIP, a
 * wrong code, an expired code and a used one: the form must not tell a guesser which part was
 * right.
 */
public class ActivationRefusedException extends DomainException {

  public ActivationRefusedException() {
    super(KernelProblem.ACTIVATION_REFUSED, "activation.refused");
  }
}
