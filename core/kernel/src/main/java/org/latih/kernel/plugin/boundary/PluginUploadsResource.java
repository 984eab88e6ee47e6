package org.latih.kernel.plugin.boundary;

import jakarta.inject.Inject;
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
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.plugin.control.PluginApprovals;
import org.latih.kernel.plugin.control.Plugins;
import org.latih.kernel.plugin.entity.PluginUpload;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;

/**
 * Regional uploads waiting for a system admin's approval, and the regions that require it. A system
 * admin sees every region's, downloads the jar to review it, approves it (it is installed at once,
 * and its checksum counts as approved everywhere) or rejects it; a regional admin sees and may
 * withdraw their region's.
 */
@Tag(
    name = "Plugin approval",
    description =
        "Optional: system admins may require, region by region, that a regional admin's plugin upload waits until they approve its jar by checksum.")
@Path("plugin-uploads")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN})
public class PluginUploadsResource {

  @Inject PluginApprovals approvals;
  @Inject Plugins plugins;
  @Inject Caller caller;

  @Operation(
      summary = "List uploads waiting for approval",
      description =
          "Every region's for a system admin; the caller's region's for a regional admin.")
  @GET
  public List<PluginUploadView> waiting() {
    return approvals.waiting(caller).stream().map(PluginUploadView::of).toList();
  }

  @Operation(summary = "Download a waiting upload's jar, to review it")
  @GET
  @Path("{key}/jar")
  @Produces("application/java-archive")
  public Response jar(@PathParam("key") long key) {
    PluginUpload upload = approvals.find(caller, key);
    return Response.ok(upload.bytes())
        .header("Content-Disposition", "attachment; filename=\"" + upload.fileName() + "\"")
        .build();
  }

  @Operation(
      summary = "Approve a waiting upload and install it",
      description =
          "System admins only. The jar's checksum is approved for every region, and the upload is installed for its region as its uploader asked. If it cannot be installed (it fails to start, or is no longer newer than the installed version) the problem is answered and the upload keeps waiting.")
  @POST
  @Path("{key}/approve")
  public PluginView approve(@PathParam("key") long key) {
    return PluginView.of(plugins.approve(caller, key));
  }

  @Operation(
      summary = "Reject or withdraw a waiting upload",
      description = "A system admin rejects it; the region's admin withdraws it. Both are audited.")
  @DELETE
  @Path("{key}")
  public Response reject(@PathParam("key") long key) {
    approvals.reject(caller, key);
    return Response.noContent().build();
  }

  @Operation(summary = "List the regions whose admins' uploads wait for approval")
  @GET
  @Path("approval-regions")
  public List<String> requiringRegions() {
    return approvals.requiringRegions();
  }

  @Operation(summary = "Require approval of the uploads by a region's admins (system admins)")
  @PUT
  @Path("approval-regions/{region}")
  public Response require(@PathParam("region") String region) {
    approvals.require(caller, region, true);
    return Response.noContent().build();
  }

  @Operation(
      summary = "No longer require approval in a region (system admins)",
      description = "Uploads already waiting keep waiting until approved, rejected or replaced.")
  @DELETE
  @Path("approval-regions/{region}")
  public Response release(@PathParam("region") String region) {
    approvals.require(caller, region, false);
    return Response.noContent().build();
  }
}
