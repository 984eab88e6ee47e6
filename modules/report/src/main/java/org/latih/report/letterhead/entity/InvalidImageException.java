package org.latih.report.letterhead.entity;

import org.latih.kernel.rest.DomainException;
import org.latih.report.certificate.entity.DocumentProblem;

/** The uploaded logo is not a PNG or JPEG that can be read (or is absurdly large in pixels). */
public class InvalidImageException extends DomainException {

  public InvalidImageException() {
    super(DocumentProblem.INVALID_IMAGE, "letterhead.logoInvalid", LogoImage.MAX_SIDE);
  }
}
