package org.latih.report.certificate.entity;

import org.latih.kernel.rest.DomainException;

/** A certificate waits until the course is completed. */
public class CertificateNotEarnedException extends DomainException {

  public CertificateNotEarnedException(String course) {
    super(DocumentProblem.CERTIFICATE_NOT_EARNED, "certificate.notEarned", course);
  }
}
