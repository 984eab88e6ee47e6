package org.latih.kernel.plugin.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.latih.api.forms.FormDefinition;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.plugin.control.Plugins;
import org.latih.kernel.rest.PayloadTooLargeException;
import org.latih.kernel.rest.Uploads;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;

/**
 * Plugins of the caller's region and of all regions: upload (install or upgrade), disable, enable,
 * uninstall, the audit trail, and the forms a plugin defines.
 */
@Path("plugins")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN})
public class PluginsResource {

  @Inject Plugins plugins;
  @Inject Caller caller;

  /** The jar as the body; a system admin may name the region it is for (default: all). */
  @POST
  @Consumes({"application/java-archive", MediaType.APPLICATION_OCTET_STREAM})
  public Response upload(
      InputStream body,
      @QueryParam("region") String region,
      @HeaderParam("Content-Length") Long length) {
    if (length != null && length > Uploads.DRAIN_FACTOR * plugins.maxBytes()) {
      throw new PayloadTooLargeException(plugins.maxBytes());
    }
    byte[] jar = Uploads.read(body, plugins.maxBytes());
    PluginView view = PluginView.of(plugins.install(caller, jar, region));
    return Response.created(URI.create("plugins/" + view.id())).entity(view).build();
  }

  @GET
  public List<PluginView> list() {
    return plugins.list(caller).stream().map(PluginView::of).toList();
  }

  @GET
  @Path("{id}")
  public PluginView get(@PathParam("id") String id) {
    return PluginView.of(plugins.find(caller, id));
  }

  @POST
  @Path("{id}/disable")
  public PluginView disable(@PathParam("id") String id) {
    return PluginView.of(plugins.disable(caller, id));
  }

  @POST
  @Path("{id}/enable")
  public PluginView enable(@PathParam("id") String id) {
    return PluginView.of(plugins.enable(caller, id));
  }

  @DELETE
  @Path("{id}")
  public Response uninstall(@PathParam("id") String id) {
    plugins.uninstall(caller, id);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/audit")
  public List<PluginView.AuditView> audit(@PathParam("id") String id) {
    return plugins.audit(caller, id).stream().map(PluginView.AuditView::of).toList();
  }

  @GET
  @Path("{id}/forms")
  public List<FormDefinition> forms(@PathParam("id") String id) {
    return plugins.forms(caller, id);
  }
}
