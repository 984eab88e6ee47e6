package org.latih.report.transcript.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;
import org.latih.report.transcript.control.Transcript;
import org.latih.report.transcript.control.Transcripts;

/**
 * A person's transcript as JSON or PDF for the admins and evaluators of their region (any region
 * for a system admin); the JP compliance report links here.
 */
@Tag(name = "Transcript")
@Path("report/people/{userId}")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.EVALUATOR})
public class PersonTranscriptsResource {

  @Inject Transcripts transcripts;
  @Inject TranscriptDownloads downloads;
  @Inject Caller caller;

  @Operation(
      summary = "Get a person's transcript",
      description = "For the admins and evaluators of the person's region.")
  @GET
  @Path("transcript")
  public Transcript person(@PathParam("userId") long userId) {
    return transcripts.ofPerson(caller, userId);
  }

  @Operation(
      summary = "Download a person's transcript as PDF",
      description = "For the admins and evaluators of the person's region.")
  @GET
  @Path("transcript.pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response personPdf(@PathParam("userId") long userId, @Context HttpHeaders headers) {
    return downloads.pdf(transcripts.ofPerson(caller, userId), headers);
  }
}
