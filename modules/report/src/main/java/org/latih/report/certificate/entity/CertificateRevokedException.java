package org.latih.report.certificate.entity;

import org.latih.kernel.rest.DomainException;

/** A revoked certificate's PDF is no longer handed out; its verification still says revoked. */
public class CertificateRevokedException extends DomainException {

  public CertificateRevokedException(String number) {
    super(DocumentProblem.CERTIFICATE_REVOKED, "certificate.revoked", number);
  }
}
