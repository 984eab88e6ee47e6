package org.latih.report.compliance.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.kernel.i18n.Messages;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.Page;
import org.latih.kernel.rest.PageRequest;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;
import org.latih.report.compliance.control.Compliance;
import org.latih.report.compliance.control.ComplianceQuery;
import org.latih.report.compliance.control.ComplianceTables;
import org.latih.report.compliance.control.JpCompliance;
import org.latih.report.compliance.control.SiasnTrainings;
import org.latih.report.export.boundary.TableFiles;
import org.latih.report.outcome.control.ReportRegion;

/** JP compliance of a region's ASN against the yearly target, for the region's staff. */
@Tag(name = "Reports", description = "Outcome reports across courses for evaluators and admins.")
@Path("report/jp-compliance")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.EVALUATOR, Role.REGIONAL_ADMIN, Role.SYSTEM_ADMIN})
public class JpComplianceResource {

  @Inject JpCompliance compliance;
  @Inject ReportRegion regions;
  @Inject Caller caller;
  @Inject TableFiles files;
  @Inject SiasnTrainings trainings;

  @Inject
  @ConfigProperty(name = "latih.report.jp-target", defaultValue = "20")
  int defaultTarget;

  /** One person of the list, with where their transcript is. */
  public record PersonView(
      long userId,
      String name,
      String nip,
      String unitKerja,
      String jabatan,
      String golongan,
      int jp,
      int shortfall,
      String transcriptPdf) {

    static PersonView of(Compliance.Person p) {
      return new PersonView(
          p.userId(),
          p.name(),
          p.nip(),
          p.unitKerja(),
          p.jabatan(),
          p.golongan(),
          p.jp(),
          p.shortfall(),
          "api/v1/report/people/" + p.userId() + "/transcript.pdf");
    }
  }

  public record ComplianceView(
      String region,
      String regionName,
      int year,
      int target,
      String unitKerja,
      Compliance.Tally total,
      List<Compliance.UnitTally> units,
      List<Compliance.Month> months,
      Page<PersonView> people) {}

  @Operation(
      summary = "Get JP compliance",
      description =
          "For a region (staff: their own; system admins: `region`, or all), a year (default this"
              + " year) and an optional unit kerja: per unit kerja and per person the JP credited"
              + " in the year against the target (`latih.report.jp-target`, or `target`), people"
              + " with no training counted with 0 JP; the people paged and sorted by `sort`"
              + " (shortfall, jp, name, unitKerja; `below=true` lists only those below the target);"
              + " and per month the JP credited and how many had reached the target by its end.")
  @GET
  public ComplianceView get(
      @QueryParam("region") String region,
      @QueryParam("year") Integer year,
      @QueryParam("unitKerja") String unitKerja,
      @QueryParam("target") Integer target,
      @QueryParam("below") Boolean below,
      @QueryParam("sort") String sort,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    Region scope = regions.of(caller, region);
    ComplianceQuery query = query(scope, year, unitKerja, target, below, sort, page, size);
    Compliance report = compliance.report(query);
    return new ComplianceView(
        scope == null ? null : scope.code(),
        scope == null ? null : scope.name(),
        report.year(),
        report.target(),
        query.unitKerja(),
        report.total(),
        report.units(),
        report.months(),
        Page.of(
            report.people().stream().map(PersonView::of).toList(),
            query.page(),
            report.totalPeople()));
  }

  @Operation(
      summary = "Download JP compliance",
      description =
          "The same report as a file, every person of it (not a page): `format` csv (default),"
              + " xlsx, json or pdf; a PDF carries the region's kop surat, print date and"
              + " signatory. Headings in the caller's language.")
  @GET
  @Path("file")
  @Produces({"text/csv", TableFiles.XLSX, MediaType.APPLICATION_JSON, "application/pdf"})
  public Response file(
      @QueryParam("region") String region,
      @QueryParam("year") Integer year,
      @QueryParam("unitKerja") String unitKerja,
      @QueryParam("target") Integer target,
      @QueryParam("below") Boolean below,
      @QueryParam("sort") String sort,
      @QueryParam("format") String format,
      @QueryParam("lang") String lang,
      @Context HttpHeaders headers) {
    Region scope = regions.of(caller, region);
    ComplianceQuery query = query(scope, year, unitKerja, target, below, sort, 1, null);
    Compliance report = compliance.report(query);
    Locale locale = Messages.pick(lang, headers.getAcceptableLanguages());
    return files.download(
        "latih-jp-" + report.year(),
        format,
        scope,
        ComplianceTables.of(report, compliance, query, locale),
        locale);
  }

  @Operation(
      summary = "Download the year's trainings for SIASN",
      description =
          "Every training the region's ASN were credited JP for in `year`, one row per person and"
              + " training, in the fields SIASN records (name, NIP, training, type, dates, JP,"
              + " certificate number): `format` csv (default), xlsx, json or pdf.")
  @GET
  @Path("siasn")
  @Produces({"text/csv", TableFiles.XLSX, MediaType.APPLICATION_JSON, "application/pdf"})
  public Response siasn(
      @QueryParam("region") String region,
      @QueryParam("year") Integer year,
      @QueryParam("format") String format,
      @QueryParam("lang") String lang,
      @Context HttpHeaders headers) {
    Region scope = regions.of(caller, region);
    int chosen = year == null ? LocalDate.now(WIB).getYear() : year;
    Locale locale = Messages.pick(lang, headers.getAcceptableLanguages());
    return files.download(
        "latih-siasn-" + chosen,
        format,
        scope,
        List.of(trainings.of(scope, chosen, locale)),
        locale);
  }

  ComplianceQuery query(
      Region scope,
      Integer year,
      String unitKerja,
      Integer target,
      Boolean below,
      String sort,
      Integer page,
      Integer size) {
    return new ComplianceQuery(
        scope,
        year == null ? LocalDate.now(JpComplianceResource.WIB).getYear() : year,
        unitKerja,
        target == null ? defaultTarget : target,
        Boolean.TRUE.equals(below),
        ComplianceQuery.PersonOrder.parse(sort),
        PageRequest.of(page, size));
  }

  static final java.time.ZoneId WIB = java.time.ZoneId.of("Asia/Jakarta");
}
