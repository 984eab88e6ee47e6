package org.latih.kernel.rest;

/** An upload exceeds the configured limit; says the limit so the user can split or shrink it. */
public class PayloadTooLargeException extends DomainException {

  public PayloadTooLargeException(long limitBytes) {
    super(KernelProblem.PAYLOAD_TOO_LARGE, "upload.tooLarge", limitBytes / 1024);
  }
}
