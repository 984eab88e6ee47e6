package org.latih.report.certificate.boundary;

import java.time.Instant;
import java.time.LocalDate;
import org.latih.report.certificate.control.CertificateReads.Issued;
import org.latih.report.certificate.entity.Certificate;

/** A certificate as its learner and the staff of its region see it. */
public record CertificateView(
    Long id,
    String number,
    String name,
    String nip,
    String course,
    int jp,
    LocalDate startsOn,
    LocalDate endsOn,
    String region,
    Instant issuedAt,
    boolean revoked,
    Instant revokedAt,
    String revokedReason,
    String verifyCode) {

  static CertificateView of(Issued issued) {
    Certificate c = issued.certificate();
    return new CertificateView(
        c.id(),
        c.number(),
        c.learnerName(),
        c.learnerNip(),
        c.courseTitle(),
        c.jp(),
        c.startsOn(),
        c.endsOn(),
        issued.region().name(),
        c.issuedAt(),
        c.revoked(),
        c.revokedAt(),
        c.revokedReason(),
        c.code());
  }
}
