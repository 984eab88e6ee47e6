package org.latih.report.outcome.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.kernel.i18n.Messages;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;
import org.latih.report.export.boundary.TableFiles;
import org.latih.report.outcome.control.GroupBy;
import org.latih.report.outcome.control.OutcomeLearners;
import org.latih.report.outcome.control.OutcomeQuery;
import org.latih.report.outcome.control.OutcomeReport;
import org.latih.report.outcome.control.OutcomeReports;
import org.latih.report.outcome.control.OutcomeTables;
import org.latih.report.outcome.control.ReportRegion;

/** The outcome report across courses, for the region's staff. */
@Tag(name = "Reports", description = "Outcome reports across courses for evaluators and admins.")
@Path("report/outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.EVALUATOR, Role.REGIONAL_ADMIN, Role.SYSTEM_ADMIN})
public class OutcomesResource {

  @Inject OutcomeReports reports;
  @Inject OutcomeLearners learners;
  @Inject ReportRegion regions;
  @Inject Caller caller;
  @Inject TableFiles files;

  @Inject
  @ConfigProperty(name = "latih.report.min-sample", defaultValue = "10")
  int minSample;

  public record OutcomesView(
      String region,
      String regionName,
      Integer year,
      String groupBy,
      int minSample,
      OutcomeReport.Group total,
      List<OutcomeReport.Group> groups) {}

  @Operation(
      summary = "Get the outcome report across courses",
      description =
          "Filters: course (code), cohort (id), unitKerja, golongan, jabatan, region (system"
              + " admins; staff read their own), year (none: every year). Grouped by `groupBy`"
              + " (course, cohort, unitKerja, golongan, jabatan, region, year). Per group:"
              + " enrolled, attended, completed, pre/post means, matched-pair normalised gain with"
              + " Hake's bands, paired t, pass rate, reaction per aspect, follow-up, JP; with one"
              + " year, the previous year's figures and the change. Below"
              + " `latih.report.min-sample` pairs, p and the effect size are null with a warning.")
  @GET
  public OutcomesView get(
      @QueryParam("region") String region,
      @QueryParam("course") String course,
      @QueryParam("cohort") Long cohort,
      @QueryParam("unitKerja") String unitKerja,
      @QueryParam("golongan") String golongan,
      @QueryParam("jabatan") String jabatan,
      @QueryParam("year") Integer year,
      @QueryParam("groupBy") String groupBy) {
    Region scope = regions.of(caller, region);
    OutcomeQuery query = query(scope, course, cohort, unitKerja, golongan, jabatan, year, groupBy);
    OutcomeReport report = reports.build(query);
    return new OutcomesView(
        scope == null ? null : scope.code(),
        scope == null ? null : scope.name(),
        year,
        query.groupBy().param(),
        minSample,
        report.total(),
        report.groups());
  }

  @Operation(
      summary = "Download the outcome report",
      description =
          "The same report as a file: `format` csv (default), xlsx, json or pdf; a PDF carries"
              + " the region's kop surat, print date and signatory. Headings in the caller's"
              + " language.")
  @GET
  @Path("file")
  @Produces({"text/csv", TableFiles.XLSX, MediaType.APPLICATION_JSON, "application/pdf"})
  public Response file(
      @QueryParam("region") String region,
      @QueryParam("course") String course,
      @QueryParam("cohort") Long cohort,
      @QueryParam("unitKerja") String unitKerja,
      @QueryParam("golongan") String golongan,
      @QueryParam("jabatan") String jabatan,
      @QueryParam("year") Integer year,
      @QueryParam("groupBy") String groupBy,
      @QueryParam("format") String format,
      @QueryParam("lang") String lang,
      @Context HttpHeaders headers) {
    Region scope = regions.of(caller, region);
    OutcomeQuery query = query(scope, course, cohort, unitKerja, golongan, jabatan, year, groupBy);
    Locale locale = Messages.pick(lang, headers.getAcceptableLanguages());
    return files.download(
        "latih-outcomes" + (year == null ? "" : "-" + year),
        format,
        scope,
        OutcomeTables.of(reports.build(query), locale),
        locale);
  }

  @Operation(
      summary = "List the learners behind the outcome report",
      description =
          "The enrolments the report with the same filters counts, one per learner and course,"
              + " by name: completion, pre and post, normalised gain, sessions attended, JP.")
  @GET
  @Path("learners")
  public List<OutcomeLearners.Learner> learners(
      @QueryParam("region") String region,
      @QueryParam("course") String course,
      @QueryParam("cohort") Long cohort,
      @QueryParam("unitKerja") String unitKerja,
      @QueryParam("golongan") String golongan,
      @QueryParam("jabatan") String jabatan,
      @QueryParam("year") Integer year) {
    Region scope = regions.of(caller, region);
    return learners.of(query(scope, course, cohort, unitKerja, golongan, jabatan, year, null));
  }

  private OutcomeQuery query(
      Region scope,
      String course,
      Long cohort,
      String unitKerja,
      String golongan,
      String jabatan,
      Integer year,
      String groupBy) {
    return new OutcomeQuery(
        scope,
        course,
        cohort,
        unitKerja,
        golongan,
        jabatan,
        year,
        GroupBy.parse(groupBy),
        minSample);
  }
}
