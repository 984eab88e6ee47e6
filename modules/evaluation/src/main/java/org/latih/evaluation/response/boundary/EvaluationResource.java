package org.latih.evaluation.response.boundary;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.api.reports.Report;
import org.latih.api.reports.ReportDefinition;
import org.latih.evaluation.report.control.EvaluationReports;
import org.latih.evaluation.report.export.ReportExports;
import org.latih.evaluation.response.control.Responses;
import org.latih.evaluation.response.control.Summaries;
import org.latih.kernel.i18n.Messages;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;

/**
 * The forms (the plugins' and the region's own) and the plugins' reports for the caller's region:
 * forms to fill in with their reminders, answers, each form's summary, the reports, one report
 * built, and downloaded as PDF, XLSX or CSV.
 */
@Tag(
    name = "Evaluation",
    description = "Filling in evaluation forms, their summaries and the plugins' reports.")
@Path("evaluation")
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class EvaluationResource {

  @Inject Responses responses;
  @Inject Summaries summaries;
  @Inject EvaluationReports reports;
  @Inject ReportExports exports;
  @Inject Caller caller;

  /** An answer; {@code about} names the occasion (session, person, cohort) when there is one. */
  public record AnswerRequest(
      String pluginId, String formId, String course, String about, Map<String, String> answers) {}

  public record ReportEntry(String pluginId, ReportDefinition report) {}

  @Operation(
      summary = "List the forms I can fill in",
      description =
          "The forms of my region (plugins' and the region's own, `pluginId` `local`) with the occasions still waiting.")
  @GET
  @Path("forms")
  public List<Responses.Available> forms() {
    return responses.available(caller);
  }

  @Operation(
      summary = "Answer a form",
      description = "Checked item by item; one answer per person, form, course and occasion.")
  @POST
  @Path("responses")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response answer(AnswerRequest request) {
    if (request == null || request.pluginId() == null || request.formId() == null) {
      throw new InvalidInputException("formId", "body.missing");
    }
    responses.submit(
        caller,
        new Responses.Target(
            request.pluginId(), request.formId(), request.course(), request.about()),
        request.answers());
    return Response.status(Response.Status.CREATED).build();
  }

  @Operation(
      summary = "Summarise a form's answers",
      description = "Per item and per aspect, over the caller's region.")
  @GET
  @Path("forms/{plugin}/{form}/summary")
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.EVALUATOR, Role.INSTRUCTOR})
  public Summaries.Summary summary(
      @PathParam("plugin") String plugin, @PathParam("form") String form) {
    return summaries.of(caller, plugin, form);
  }

  @Operation(
      summary = "List the plugins' reports",
      description = "Titled in the language of Accept-Language where the plugin titles them so.")
  @GET
  @Path("reports")
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.EVALUATOR, Role.INSTRUCTOR})
  public List<ReportEntry> reports(@Context HttpHeaders headers) {
    return reports.list(caller, Messages.pick(headers.getAcceptableLanguages())).stream()
        .map(c -> new ReportEntry(c.pluginId(), c.value()))
        .toList();
  }

  @Operation(
      summary = "Build a plugin's report",
      description =
          "From the caller's region's outcome data, optionally for one course and year, in the"
              + " language of Accept-Language (Indonesian or English) where the plugin writes it.")
  @GET
  @Path("reports/{plugin}/{report}")
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.EVALUATOR, Role.INSTRUCTOR})
  public Report report(
      @PathParam("plugin") String plugin,
      @PathParam("report") String report,
      @QueryParam("course") String course,
      @QueryParam("year") Integer year,
      @Context HttpHeaders headers) {
    return reports.build(
        caller, plugin, report, course, year, Messages.pick(headers.getAcceptableLanguages()));
  }

  /**
   * The same report as a file to download (format pdf, xlsx or csv); the file's header names the
   * region and the filters.
   */
  @Operation(
      summary = "Download a plugin's report",
      description = "As `format=pdf`, `xlsx` or `csv`; `lang` picks the language of the file.")
  @GET
  @Path("reports/{plugin}/{report}/export")
  @Produces({
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "text/csv",
    MediaType.APPLICATION_JSON
  })
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.EVALUATOR, Role.INSTRUCTOR})
  public Response export(
      @PathParam("plugin") String plugin,
      @PathParam("report") String report,
      @QueryParam("format") String format,
      @QueryParam("course") String course,
      @QueryParam("year") Integer year,
      @QueryParam("lang") String lang,
      @Context HttpHeaders headers) {
    Locale locale = Messages.pick(lang, headers.getAcceptableLanguages());
    ReportExports.Download download =
        exports.export(caller, plugin, report, course, year, format, locale);
    return Response.ok(download.bytes(), download.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"")
        .build();
  }
}
