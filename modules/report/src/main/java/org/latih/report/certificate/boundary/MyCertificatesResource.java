package org.latih.report.certificate.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.kernel.i18n.Messages;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;
import org.latih.report.certificate.control.CertificateDocuments;
import org.latih.report.certificate.control.CertificateReads.Issued;
import org.latih.report.certificate.control.Certificates;

/**
 * The signed-in learner's certificates: one per completed course, issued the first time it is
 * listed or downloaded, and kept with its number from then on.
 */
@Tag(name = "Certificates", description = "Certificates (STTPP) for completed courses.")
@Path("me/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class MyCertificatesResource {

  @Inject Certificates certificates;
  @Inject CertificateDocuments documents;
  @Inject Caller caller;

  @Operation(
      summary = "List my certificates",
      description = "One per completed course; those not yet issued are issued now.")
  @GET
  public List<CertificateView> list() {
    return certificates.mine(caller).stream().map(CertificateView::of).toList();
  }

  @Operation(summary = "Download one of my certificates as PDF", description = "409 if revoked.")
  @GET
  @Path("{id}/pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response pdf(@PathParam("id") long id, @Context HttpHeaders headers) {
    return download(certificates.mine(caller, id), headers);
  }

  @Operation(
      summary = "Download my certificate of a course as PDF",
      description = "Issued now if it is the first time; 409 while the course is not completed.")
  @GET
  @Path("course/{code}/pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response forCourse(@PathParam("code") String code, @Context HttpHeaders headers) {
    return download(certificates.mineFor(caller, code), headers);
  }

  private Response download(Issued issued, HttpHeaders headers) {
    byte[] pdf =
        documents.pdf(
            issued.certificate(), issued.region(), Messages.pick(headers.getAcceptableLanguages()));
    return Response.ok(pdf, "application/pdf")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + CertificateDocuments.fileName(issued.certificate()) + "\"")
        .build();
  }
}
