package org.latih.report.certificate.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.kernel.security.boundary.PublicEndpoint;
import org.latih.report.certificate.control.CertificateReads.Issued;
import org.latih.report.certificate.control.Certificates;
import org.latih.report.certificate.entity.Certificate;

/**
 * Public verification of a certificate by the code its QR carries: whoever holds a printed
 * certificate can check it without signing in. It confirms the facts printed on it and whether it
 * still stands, nothing more: the NIP is masked, and no e-mail or score is said.
 */
@Tag(name = "Certificates")
@Path("certificates/verify")
@Produces(MediaType.APPLICATION_JSON)
@PublicEndpoint
public class VerificationResource {

  @Inject Certificates certificates;

  /** What a verification confirms; {@code valid} false with {@code revokedOn} once revoked. */
  public record Verification(
      boolean valid,
      String number,
      String name,
      String nip,
      String course,
      int jp,
      LocalDate startsOn,
      LocalDate endsOn,
      String region,
      LocalDate issuedOn,
      LocalDate revokedOn) {}

  @Operation(
      summary = "Verify a certificate",
      description =
          "Public. The certificate's facts and whether it is valid or revoked; 404 for an unknown code.")
  @GET
  @Path("{code}")
  @PublicEndpoint
  public Verification verify(@PathParam("code") String code) {
    Issued issued = certificates.verify(code);
    Certificate c = issued.certificate();
    return new Verification(
        !c.revoked(),
        c.number(),
        c.learnerName(),
        masked(c.learnerNip()),
        c.courseTitle(),
        c.jp(),
        c.startsOn(),
        c.endsOn(),
        issued.region().name(),
        day(c.issuedAt()),
        c.revoked() ? day(c.revokedAt()) : null);
  }

  /** "**************1001": enough to tell two namesakes apart, not enough to identify anyone. */
  static String masked(String nip) {
    if (nip == null || nip.length() < 4) {
      return null;
    }
    return "*".repeat(nip.length() - 4) + nip.substring(nip.length() - 4);
  }

  private static LocalDate day(Instant instant) {
    return instant.atZone(ZoneId.of("Asia/Jakarta")).toLocalDate();
  }
}
