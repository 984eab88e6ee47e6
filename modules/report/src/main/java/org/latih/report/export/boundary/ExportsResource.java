package org.latih.report.export.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.kernel.i18n.Messages;
import org.latih.kernel.identity.region.control.Regions;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;
import org.latih.report.export.api.TableFormat;
import org.latih.report.export.boundary.ExportViews.ExportRequest;
import org.latih.report.export.boundary.ExportViews.ExportView;
import org.latih.report.export.control.ExportChunks;
import org.latih.report.export.control.ExportJobs;
import org.latih.report.export.control.ExportNotReadyException;
import org.latih.report.export.control.ExportOrder;
import org.latih.report.export.control.ExportRunner;
import org.latih.report.export.control.RawFilter;
import org.latih.report.export.entity.ExportJob;
import org.latih.report.export.entity.ExportState;
import org.latih.report.export.entity.RawKind;

/**
 * Raw learner-level exports in the background: start one (202 with the job), watch its progress,
 * download its file. A job and its file are its requester's alone: anyone else gets 404.
 */
@Tag(
    name = "Report exports",
    description =
        "Raw learner-level data (attempts, answer scores, attendance, evaluation"
            + " answers) exported in the background as CSV, XLSX, JSON or PDF.")
@Path("report/exports")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.EVALUATOR})
public class ExportsResource {

  @Inject ExportRunner runner;
  @Inject ExportJobs jobs;
  @Inject ExportChunks chunks;
  @Inject Regions regions;
  @Inject Caller caller;

  @Operation(
      summary = "Start an export",
      description =
          "Counts the rows, refuses an export past the limits, and queues it: 202 with the job.")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.EVALUATOR})
  public Response start(ExportRequest request, @Context HttpHeaders headers) {
    if (request == null) {
      throw new InvalidInputException("kind", "body.missing");
    }
    if (request.year() != null && (request.year() < 2000 || request.year() > 2100)) {
      throw new InvalidInputException("year", "report.export.year", request.year());
    }
    RawKind kind = RawKind.of(request.kind());
    TableFormat format = TableFormat.of(request.format());
    Region region = region(request.region());
    Locale locale = Messages.pick(request.lang(), headers.getAcceptableLanguages());
    ExportJob job =
        runner.start(
            caller.userId(),
            new ExportOrder(
                kind,
                new RawFilter(region.id(), request.course(), request.year()),
                format,
                locale));
    return Response.accepted(ExportView.of(job, locale))
        .location(URI.create("report/exports/" + job.id()))
        .build();
  }

  @Operation(summary = "List my recent exports", description = "Newest first, at most 20.")
  @GET
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.EVALUATOR})
  public List<ExportView> mine(@Context HttpHeaders headers) {
    Locale locale = Messages.pick(headers.getAcceptableLanguages());
    return jobs.recent(caller.userId(), 20).stream().map(j -> ExportView.of(j, locale)).toList();
  }

  @Operation(
      summary = "Get an export's progress",
      description = "State, rows written, percent when the total is known, the link when done.")
  @GET
  @Path("{id}")
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.EVALUATOR})
  public ExportView progress(@PathParam("id") String id, @Context HttpHeaders headers) {
    return ExportView.of(
        jobs.mine(caller.userId(), id), Messages.pick(headers.getAcceptableLanguages()));
  }

  @Operation(
      summary = "Download an export's file",
      description = "Once the export is done; from any node, whichever ran the export.")
  @GET
  @Path("{id}/file")
  @Produces({
    "text/csv",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/pdf",
    MediaType.APPLICATION_JSON
  })
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.EVALUATOR})
  public Response file(@PathParam("id") String id) {
    ExportJob job = jobs.mine(caller.userId(), id);
    // the first piece read here, so a file that is not there is a problem, not a broken download
    byte[] first = job.state() == ExportState.DONE ? chunks.piece(job, 0) : null;
    if (first == null) {
      throw new ExportNotReadyException(job.state().name());
    }
    StreamingOutput body =
        out -> {
          out.write(first);
          chunks.copy(job, 1, out);
        };
    return Response.ok(body, job.format().mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + downloadName(job) + "\"")
        .header("Content-Length", job.fileBytes())
        .build();
  }

  /** The caller's own region; a system admin names one (or must, having none). */
  private Region region(String code) {
    if (code == null || code.isBlank()) {
      if (caller.region() == null) {
        throw new InvalidInputException("region", "report.export.regionRequired");
      }
      return caller.region();
    }
    Region wanted = regions.byCode("region", code);
    if (!caller.systemAdmin() && !wanted.id().equals(caller.region().id())) {
      throw new ForbiddenException("region.notYours", caller.region().name(), wanted.name());
    }
    return wanted;
  }

  /** "latih-attempts-2025.xlsx": letters, digits and dashes only, safe in any header. */
  static String downloadName(ExportJob job) {
    String course =
        job.courseCode() == null ? "" : "-" + job.courseCode().replaceAll("[^A-Za-z0-9-]+", "_");
    String year = job.year() == null ? "" : "-" + job.year();
    return "latih-" + job.kind().slug() + course + year + "." + job.format().extension();
  }
}
