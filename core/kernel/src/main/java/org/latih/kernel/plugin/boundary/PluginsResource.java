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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.api.forms.FormDefinition;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.plugin.control.Plugins;
import org.latih.kernel.rest.PayloadTooLargeException;
import org.latih.kernel.rest.Uploads;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;

/**
 * Plugins of the caller's region and of all regions (each region has its own install of a plugin
 * id: `?region=CODE` names one, `?region=all` the one for all regions): upload (install or
 * upgrade), disable, enable, uninstall, the audit trail, and the forms a plugin defines.
 */
@Tag(
    name = "Plugins",
    description = "Installing and managing a region's PF4J plugins without a restart.")
@Path("plugins")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN})
public class PluginsResource {

  @Inject Plugins plugins;
  @Inject Caller caller;

  /** The jar as the body; a system admin may name the region it is for (default: all). */
  @Operation(
      summary = "Install or upgrade a plugin",
      description =
          "The plugin jar as the body. A system admin may name the region (`?region=`; default: all regions); a regional admin installs for their own region. Each region has its own install of a plugin id. The jar is validated and started in a worker process before anything is recorded; a new version replaces the old only once it has started. An older version than the installed one needs `?downgrade=true` and is audited. In a region that requires approval, a regional admin's upload of a jar no system admin approved yet is kept unrun and answered 202 with the waiting upload (see plugin-uploads).")
  @POST
  @Consumes({"application/java-archive", MediaType.APPLICATION_OCTET_STREAM})
  public Response upload(
      InputStream body,
      @QueryParam("region") String region,
      @QueryParam("downgrade") boolean downgrade,
      @HeaderParam("Content-Length") Long length) {
    if (length != null && length > Uploads.DRAIN_FACTOR * plugins.maxBytes()) {
      throw new PayloadTooLargeException(plugins.maxBytes());
    }
    byte[] jar = Uploads.read(body, plugins.maxBytes());
    Plugins.Upload upload = plugins.install(caller, jar, region, downgrade);
    if (upload.waiting() != null) {
      PluginUploadView waiting = PluginUploadView.of(upload.waiting());
      return Response.accepted(waiting)
          .location(URI.create("plugin-uploads/" + waiting.key()))
          .build();
    }
    PluginView view = PluginView.of(upload.installed());
    return Response.created(
            URI.create(
                "plugins/"
                    + view.id()
                    + "?region="
                    + (view.region() == null ? "all" : view.region())))
        .entity(view)
        .build();
  }

  @Operation(
      summary = "List installed plugins",
      description = "With their state; a failed plugin carries its error.")
  @GET
  public List<PluginView> list() {
    return plugins.list(caller).stream().map(PluginView::of).toList();
  }

  @Operation(summary = "Get an installed plugin")
  @GET
  @Path("{id}")
  public PluginView get(@PathParam("id") String id, @QueryParam("region") String region) {
    return PluginView.of(plugins.find(caller, id, region));
  }

  @Operation(summary = "Disable a plugin")
  @POST
  @Path("{id}/disable")
  public PluginView disable(@PathParam("id") String id, @QueryParam("region") String region) {
    return PluginView.of(plugins.disable(caller, id, region));
  }

  @Operation(summary = "Enable a plugin")
  @POST
  @Path("{id}/enable")
  public PluginView enable(@PathParam("id") String id, @QueryParam("region") String region) {
    return PluginView.of(plugins.enable(caller, id, region));
  }

  @Operation(
      summary = "Uninstall a plugin",
      description = "The answers its forms collected stay in Latih.")
  @DELETE
  @Path("{id}")
  public Response uninstall(@PathParam("id") String id, @QueryParam("region") String region) {
    plugins.uninstall(caller, id, region);
    return Response.noContent().build();
  }

  @Operation(
      summary = "Get a plugin's audit trail",
      description = "Who did what and when, with the jar's checksum.")
  @GET
  @Path("{id}/audit")
  public List<PluginView.AuditView> audit(
      @PathParam("id") String id, @QueryParam("region") String region) {
    return plugins.audit(caller, id, region).stream().map(PluginView.AuditView::of).toList();
  }

  @Operation(summary = "Get a plugin's form definitions")
  @GET
  @Path("{id}/forms")
  public List<FormDefinition> forms(
      @PathParam("id") String id, @QueryParam("region") String region) {
    return plugins.forms(caller, id, region);
  }
}
