package org.latih.evaluation.form.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.evaluation.form.control.FormAssignments;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;

/**
 * Where a form applies: the courses and cohorts it is assigned to (none means every course of the
 * region). Source is a plugin id or {@code local}.
 */
@Tag(
    name = "Form assignments",
    description = "Which courses and cohorts an evaluation form applies to.")
@Path("evaluation/assignments/{source}/{form}")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN})
public class AssignmentsResource {

  @Inject FormAssignments assignments;
  @Inject Caller caller;

  public record AssignRequest(String course, Long cohortId) {}

  @Operation(
      summary = "List a form's assignments",
      description = "A form without assignments applies to every course of the region.")
  @GET
  public List<FormAssignments.View> list(
      @PathParam("source") String source, @PathParam("form") String form) {
    return assignments.of(caller, source, form);
  }

  @Operation(summary = "Assign a form to a course or cohort")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(
      @PathParam("source") String source, @PathParam("form") String form, AssignRequest request) {
    if (request == null) {
      throw new InvalidInputException("course", "body.missing");
    }
    return Response.status(Response.Status.CREATED)
        .entity(assignments.add(caller, source, form, request.course(), request.cohortId()))
        .build();
  }

  @Operation(summary = "Remove a form's assignment")
  @DELETE
  @Path("{id}")
  public Response remove(
      @PathParam("source") String source,
      @PathParam("form") String form,
      @PathParam("id") long id) {
    assignments.remove(caller, source, form, id);
    return Response.noContent().build();
  }
}
