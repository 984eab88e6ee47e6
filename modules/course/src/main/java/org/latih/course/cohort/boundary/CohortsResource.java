package org.latih.course.cohort.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.course.cohort.api.Cohort;
import org.latih.course.cohort.control.CohortEnrolmentImport;
import org.latih.course.cohort.control.Cohorts;
import org.latih.course.enrolment.boundary.EnrolmentResource.EnrolmentView;
import org.latih.course.enrolment.control.Enrolments;
import org.latih.kernel.i18n.Messages;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.rest.Page;
import org.latih.kernel.rest.PageRequest;
import org.latih.kernel.rest.PayloadTooLargeException;
import org.latih.kernel.rest.Uploads;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;

/** Cohorts (angkatan) of a course, and enrolling people into them singly or from a CSV of NIPs. */
@Tag(
    name = "Cohorts",
    description = "Cohorts (angkatan) of a course and enrolling people into them.")
@Path("cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class CohortsResource {

  private static final long MAX_CSV_BYTES = 1 << 20;

  @Inject Cohorts cohorts;
  @Inject Enrolments enrolments;
  @Inject CohortEnrolmentImport enrolmentImport;
  @Inject Caller caller;
  @Context HttpHeaders headers;

  public record CohortRequest(
      String course,
      String region,
      String name,
      String startsOn,
      String endsOn,
      Integer capacity,
      Boolean selfEnrolment,
      List<String> instructors) {

    Cohort.Schedule schedule() {
      return new Cohort.Schedule(
          name,
          date("startsOn", startsOn),
          date("endsOn", endsOn),
          capacity == null ? 0 : capacity,
          Boolean.TRUE.equals(selfEnrolment));
    }

    private static LocalDate date(String field, String text) {
      try {
        return text == null ? null : LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new InvalidInputException(field, "cohort.date", text);
      }
    }
  }

  public record CohortView(
      long id,
      String course,
      String courseTitle,
      String region,
      String regionName,
      String name,
      String startsOn,
      String endsOn,
      int capacity,
      long enrolled,
      boolean selfEnrolment,
      List<String> instructors) {}

  public record NipRequest(String nip) {}

  public record ParticipantView(
      String nip,
      String name,
      String unitKerja,
      int percent,
      Instant enrolledAt,
      Instant completedAt) {}

  public record RowView(int line, String nip, String outcome, String message) {}

  public record ImportView(int enrolled, int rejected, List<RowView> rows) {}

  @Operation(
      summary = "List a course's cohorts",
      description = "The cohorts of the caller's region.")
  @GET
  public List<CohortView> ofCourse(@QueryParam("course") String course) {
    if (course == null || course.isBlank()) {
      throw new InvalidInputException("course", "manifest.required", "course");
    }
    return views(cohorts.ofCourse(caller, course));
  }

  @Operation(summary = "Create a cohort")
  @POST
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(CohortRequest request) {
    if (request == null) {
      throw new InvalidInputException("body", "body.missing");
    }
    Cohort cohort =
        cohorts.create(
            caller, request.course(), request.region(), request.schedule(), request.instructors());
    return Response.status(Response.Status.CREATED).entity(views(List.of(cohort)).get(0)).build();
  }

  @Operation(
      summary = "Change a cohort",
      description = "Schedule, capacity, self-enrolment and instructors.")
  @PATCH
  @Path("{id}")
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  public CohortView update(@PathParam("id") long id, CohortRequest request) {
    if (request == null) {
      throw new InvalidInputException("body", "body.missing");
    }
    return views(List.of(cohorts.update(caller, id, request.schedule(), request.instructors())))
        .get(0);
  }

  @Operation(summary = "Enrol a person into a cohort by NIP")
  @POST
  @Path("{id}/enrolments")
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  public Response enrol(@PathParam("id") long id, NipRequest request) {
    var enrolment = enrolments.enrolInCohort(caller, id, request == null ? null : request.nip());
    return Response.status(Response.Status.CREATED).entity(EnrolmentView.of(enrolment)).build();
  }

  @Operation(
      summary = "List a cohort's participants",
      description =
          "With progress and completion date; for the region's admins and the cohort's instructors.")
  @GET
  @Path("{id}/enrolments")
  public Page<ParticipantView> participants(
      @PathParam("id") long id,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return cohorts
        .participants(caller, id, PageRequest.of(page, size))
        .map(
            p ->
                new ParticipantView(
                    p.nip(),
                    p.name(),
                    p.unitKerja(),
                    p.percent(),
                    p.enrolledAt(),
                    p.completedAt()));
  }

  /** A CSV whose header has a nip column; every row is enrolled or rejected on its own. */
  @Operation(
      summary = "Enrol people into a cohort from CSV",
      description = "A CSV with a `nip` column; every row is enrolled or rejected on its own.")
  @POST
  @Path("{id}/enrolments/import")
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN})
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  public ImportView importCsv(
      @PathParam("id") long id, InputStream body, @HeaderParam("Content-Length") Long length) {
    if (length != null && length > Uploads.DRAIN_FACTOR * MAX_CSV_BYTES) {
      throw new PayloadTooLargeException(MAX_CSV_BYTES);
    }
    String csv = Uploads.utf8(Uploads.read(body, MAX_CSV_BYTES), "file");
    Locale locale = Messages.pick(headers.getAcceptableLanguages());
    var report = enrolmentImport.run(caller, id, csv);
    List<RowView> rows =
        report.rows().stream()
            .map(
                r ->
                    new RowView(
                        r.line(),
                        r.nip(),
                        r.outcome(),
                        r.problem() == null
                            ? null
                            : Messages.text(locale, r.problem().messageKey(), r.problem().args())))
            .toList();
    return new ImportView(report.enrolled(), report.rejected(), rows);
  }

  /** The cohorts as views, their participants counted and instructors read for all at once. */
  private List<CohortView> views(List<Cohort> list) {
    Map<Long, Long> enrolled = cohorts.enrolled(list);
    Map<Long, List<String>> instructors = cohorts.instructorNips(list);
    return list.stream()
        .map(
            c ->
                new CohortView(
                    c.id(),
                    c.course().code(),
                    c.course().title(),
                    c.region().code(),
                    c.region().name(),
                    c.name(),
                    c.startsOn().toString(),
                    c.endsOn().toString(),
                    c.capacity(),
                    enrolled.getOrDefault(c.id(), 0L),
                    c.selfEnrolment(),
                    instructors.getOrDefault(c.id(), List.of())))
        .toList();
  }
}
