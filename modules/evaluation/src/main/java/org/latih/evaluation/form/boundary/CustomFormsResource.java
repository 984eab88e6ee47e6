package org.latih.evaluation.form.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.api.forms.FormDefinition;
import org.latih.evaluation.form.control.CustomForms;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;

/** The region's own forms, built on the admin page: list, read, create, revise, archive, delete. */
@Tag(name = "Custom forms", description = "Evaluation forms built by a region's admins.")
@Path("evaluation/custom-forms")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN})
public class CustomFormsResource {

  @Inject CustomForms forms;
  @Inject Caller caller;

  public record Archived(boolean archived) {}

  @Operation(
      summary = "List the region's own forms",
      description = "With version and number of answers.")
  @GET
  public List<CustomForms.Summary> list() {
    return forms.list(caller);
  }

  @Operation(summary = "Get an own form")
  @GET
  @Path("{key}")
  public FormDefinition get(@PathParam("key") String key) {
    return forms.get(caller, key);
  }

  @Operation(
      summary = "Create an own form",
      description = "Every mistake is reported at its field.")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(JsonObject draft) {
    return Response.status(Response.Status.CREATED).entity(forms.create(caller, draft)).build();
  }

  @Operation(
      summary = "Revise an own form",
      description = "Saves a new version; answers keep the version they were given to.")
  @PUT
  @Path("{key}")
  @Consumes(MediaType.APPLICATION_JSON)
  public FormDefinition revise(@PathParam("key") String key, JsonObject draft) {
    return forms.revise(caller, key, draft);
  }

  @Operation(
      summary = "Archive or restore an own form",
      description = "An archived form is no longer issued; its answers stay readable.")
  @PUT
  @Path("{key}/archived")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response archive(@PathParam("key") String key, Archived request) {
    forms.archive(caller, key, request != null && request.archived());
    return Response.noContent().build();
  }

  @Operation(summary = "Delete an own form", description = "Only while nobody has answered it.")
  @DELETE
  @Path("{key}")
  public Response delete(@PathParam("key") String key) {
    forms.delete(caller, key);
    return Response.noContent().build();
  }
}
