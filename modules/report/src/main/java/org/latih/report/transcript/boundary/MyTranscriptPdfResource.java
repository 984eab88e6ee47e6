package org.latih.report.transcript.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;
import org.latih.report.transcript.control.Transcripts;

/** The signed-in person's transcript as a PDF, beside the course module's JSON transcript. */
@Tag(name = "Transcript")
@Path("me/transcript.pdf")
@Allowed
public class MyTranscriptPdfResource {

  @Inject Transcripts transcripts;
  @Inject TranscriptDownloads downloads;
  @Inject Caller caller;

  @Operation(
      summary = "Download my transcript as PDF",
      description = "Completed courses, JP per year against the target, certificate numbers.")
  @GET
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response mine(@Context HttpHeaders headers) {
    return downloads.pdf(transcripts.mine(caller), headers);
  }
}
