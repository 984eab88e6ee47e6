package org.latih.kernel.rest;

import java.util.List;

/** An upload exceeds the configured limit; says the limit so the user can split or shrink it. */
public class PayloadTooLargeException extends DomainException {

  public PayloadTooLargeException(long limitBytes) {
    super(413, "payload-too-large", "upload.tooLarge", List.of(), limitBytes / 1024);
  }
}
