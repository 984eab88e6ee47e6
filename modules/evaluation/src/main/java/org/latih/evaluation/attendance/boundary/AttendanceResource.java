package org.latih.evaluation.attendance.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.course.cohort.api.Cohort;
import org.latih.evaluation.attendance.boundary.AttendanceViews.CohortAttendance;
import org.latih.evaluation.attendance.boundary.AttendanceViews.CohortEntry;
import org.latih.evaluation.attendance.boundary.AttendanceViews.MineEntry;
import org.latih.evaluation.attendance.boundary.AttendanceViews.RegionRatesView;
import org.latih.evaluation.attendance.boundary.AttendanceViews.SessionRequest;
import org.latih.evaluation.attendance.boundary.AttendanceViews.SessionView;
import org.latih.evaluation.attendance.boundary.AttendanceViews.SheetRequest;
import org.latih.evaluation.attendance.boundary.AttendanceViews.SheetView;
import org.latih.evaluation.attendance.control.AttendanceRates;
import org.latih.evaluation.attendance.control.AttendanceSheets;
import org.latih.evaluation.attendance.control.Attendances;
import org.latih.evaluation.attendance.control.CohortAccess;
import org.latih.evaluation.attendance.control.CohortList;
import org.latih.evaluation.attendance.control.Sessions;
import org.latih.evaluation.attendance.entity.CohortSession;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.rest.Page;
import org.latih.kernel.rest.PageRequest;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;

/**
 * Attendance per session: a cohort's sessions, their attendance sheets, and the rates per cohort
 * and per unit kerja. A learner reads their own attendance under {@code mine}.
 */
@Tag(name = "Attendance", description = "Cohort sessions, attendance sheets and attendance rates.")
@Path("attendance")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.EVALUATOR, Role.INSTRUCTOR})
public class AttendanceResource {

  @Inject CohortList cohortList;
  @Inject Sessions sessions;
  @Inject AttendanceSheets sheets;
  @Inject AttendanceRates rates;
  @Inject Attendances attendances;
  @Inject CohortAccess access;
  @Inject Caller caller;

  @Operation(
      summary = "List cohorts with attendance rates",
      description = "The caller's region's cohorts, paged.")
  @GET
  @Path("cohorts")
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.EVALUATOR, Role.INSTRUCTOR})
  public Page<CohortEntry> cohorts(
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    Page<Cohort> found = cohortList.of(caller, PageRequest.of(page, size));
    Set<Long> recordable = access.recordable(caller, found.items());
    return found.map(c -> CohortEntry.of(c, recordable.contains(c.id())));
  }

  @Operation(
      summary = "Get a cohort's attendance",
      description = "Its sessions and the attendance rates per session and unit kerja.")
  @GET
  @Path("cohorts/{id}")
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.EVALUATOR, Role.INSTRUCTOR})
  public CohortAttendance cohort(@PathParam("id") long id) {
    AttendanceRates.CohortRates found = rates.cohort(caller, id);
    return CohortAttendance.of(
        found, sessions.of(found.cohort()), access.records(caller, found.cohort()));
  }

  @Operation(
      summary = "Add a session to a cohort",
      description = "The cohort's instructors and the region's admins.")
  @POST
  @Path("cohorts/{id}/sessions")
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.INSTRUCTOR})
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@PathParam("id") long id, SessionRequest request) {
    var session = sessions.create(caller, id, plan(request));
    return Response.status(Response.Status.CREATED).entity(SessionView.of(session, null)).build();
  }

  @Operation(summary = "Change a session")
  @PUT
  @Path("sessions/{id}")
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.INSTRUCTOR})
  @Consumes(MediaType.APPLICATION_JSON)
  public SessionView update(@PathParam("id") long id, SessionRequest request) {
    return SessionView.of(sessions.update(caller, id, plan(request)), null);
  }

  @Operation(summary = "Delete a session", description = "Only once its attendance sheet is empty.")
  @DELETE
  @Path("sessions/{id}")
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.INSTRUCTOR})
  public Response delete(@PathParam("id") long id) {
    sessions.delete(caller, id);
    return Response.noContent().build();
  }

  @Operation(summary = "Get a session's attendance sheet")
  @GET
  @Path("sessions/{id}/records")
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.EVALUATOR, Role.INSTRUCTOR})
  public SheetView sheet(@PathParam("id") long id) {
    return SheetView.of(sheets.sheet(caller, id));
  }

  /** The whole sheet of a session: who was present and who was absent; idempotent. */
  @Operation(
      summary = "Record a session's attendance sheet",
      description = "The whole sheet (`{records:[{nip, present}]}`); sending it again replaces it.")
  @PUT
  @Path("sessions/{id}/records")
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.INSTRUCTOR})
  @Consumes(MediaType.APPLICATION_JSON)
  public SheetView record(@PathParam("id") long id, SheetRequest request) {
    if (request == null || request.records() == null) {
      throw new InvalidInputException("records", "body.missing");
    }
    return SheetView.of(sheets.record(caller, id, request.marks()));
  }

  @Operation(
      summary = "Get attendance rates of the region",
      description = "Rates per cohort and unit kerja, paged.")
  @GET
  @Path("rates")
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.EVALUATOR, Role.INSTRUCTOR})
  public RegionRatesView regionRates(
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return RegionRatesView.of(rates.region(caller, PageRequest.of(page, size)));
  }

  @Operation(summary = "List my attendance")
  @GET
  @Path("mine")
  @Allowed
  public Page<MineEntry> mine(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return attendances.recordedFor(caller.userId(), PageRequest.of(page, size)).map(MineEntry::of);
  }

  private static CohortSession.Plan plan(SessionRequest request) {
    if (request == null) {
      throw new InvalidInputException("title", "body.missing");
    }
    return request.plan();
  }
}
