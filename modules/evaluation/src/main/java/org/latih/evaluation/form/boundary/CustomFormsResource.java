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
import org.latih.api.forms.FormDefinition;
import org.latih.evaluation.form.control.CustomForms;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;

/** The region's own forms, built on the admin page: list, read, create, revise, archive, delete. */
@Path("evaluation/custom-forms")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN})
public class CustomFormsResource {

  @Inject CustomForms forms;
  @Inject Caller caller;

  public record Archived(boolean archived) {}

  @GET
  public List<CustomForms.Summary> list() {
    return forms.list(caller);
  }

  @GET
  @Path("{key}")
  public FormDefinition get(@PathParam("key") String key) {
    return forms.get(caller, key);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(JsonObject draft) {
    return Response.status(Response.Status.CREATED).entity(forms.create(caller, draft)).build();
  }

  @PUT
  @Path("{key}")
  @Consumes(MediaType.APPLICATION_JSON)
  public FormDefinition revise(@PathParam("key") String key, JsonObject draft) {
    return forms.revise(caller, key, draft);
  }

  @PUT
  @Path("{key}/archived")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response archive(@PathParam("key") String key, Archived request) {
    forms.archive(caller, key, request != null && request.archived());
    return Response.noContent().build();
  }

  @DELETE
  @Path("{key}")
  public Response delete(@PathParam("key") String key) {
    forms.delete(caller, key);
    return Response.noContent().build();
  }
}
