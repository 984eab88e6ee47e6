package org.latih.report.certificate.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.kernel.i18n.Messages;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.rest.Page;
import org.latih.kernel.rest.PageRequest;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;
import org.latih.report.certificate.control.CertificateDocuments;
import org.latih.report.certificate.control.CertificateReads.Issued;
import org.latih.report.certificate.control.Certificates;
import org.latih.report.letterhead.control.RegionChoice;

/**
 * A region's certificates for its staff: the list, one certificate's PDF, a cohort's certificates
 * as one zip, and revocation by the region's admins. A system admin names the region with {@code
 * ?region=}.
 */
@Tag(name = "Certificates")
@Path("report/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.EVALUATOR, Role.INSTRUCTOR})
public class RegionCertificatesResource {

  @Inject Certificates certificates;
  @Inject CertificateDocuments documents;
  @Inject RegionChoice regions;
  @Inject Caller caller;

  public record RevocationRequest(String reason) {}

  @Operation(summary = "List the region's certificates", description = "Latest first, paged.")
  @GET
  public Page<CertificateView> list(
      @QueryParam("region") String region,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return certificates
        .ofRegion(caller, regions.chosen(caller, region), PageRequest.of(page, size))
        .map(CertificateView::of);
  }

  @Operation(summary = "Download a certificate as PDF", description = "409 if revoked.")
  @GET
  @Path("{id}/pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response pdf(@PathParam("id") long id, @Context HttpHeaders headers) {
    Issued issued = certificates.forStaff(caller, id);
    byte[] pdf =
        documents.pdf(
            issued.certificate(), issued.region(), Messages.pick(headers.getAcceptableLanguages()));
    return Response.ok(pdf, "application/pdf")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + CertificateDocuments.fileName(issued.certificate()) + "\"")
        .build();
  }

  @Operation(
      summary = "Revoke a certificate",
      description = "The region's admins, with a reason; its verification then says revoked.")
  @POST
  @Path("{id}/revocation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN})
  public CertificateView revoke(@PathParam("id") long id, RevocationRequest request) {
    if (request == null) {
      throw new InvalidInputException("reason", "body.missing");
    }
    return CertificateView.of(certificates.revoke(caller, id, request.reason()));
  }

  @Operation(
      summary = "Download a cohort's certificates as one zip",
      description = "One PDF per learner who completed; issues those not yet issued.")
  @GET
  @Path("cohorts/{id}/zip")
  @Produces({"application/zip", MediaType.APPLICATION_JSON})
  public Response cohort(@PathParam("id") long id, @Context HttpHeaders headers) {
    Certificates.OfCohort found = certificates.ofCohort(caller, id);
    Locale locale = Messages.pick(headers.getAcceptableLanguages());
    StreamingOutput zip = out -> documents.zip(found.certificates(), found.region(), locale, out);
    return Response.ok(zip, "application/zip")
        .header(
            "Content-Disposition", "attachment; filename=\"sertifikat-angkatan-" + id + ".zip\"")
        .build();
  }
}
