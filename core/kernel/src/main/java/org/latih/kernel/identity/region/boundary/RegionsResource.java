package org.latih.kernel.identity.region.boundary;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.kernel.identity.region.control.Regions;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.identity.region.entity.RegionExistsException;
import org.latih.kernel.identity.region.entity.RegionType;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.security.boundary.Allowed;

/** The regions served by this installation. Everyone signed in may list them; system admins add. */
@Tag(name = "Regions", description = "Kabupaten, kota and provinsi that scope people and data.")
@Path("regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionsResource {

  @Inject Regions regions;

  public record RegionView(String code, String name, String type) {
    static RegionView of(Region region) {
      return new RegionView(region.code(), region.name(), region.type().name());
    }
  }

  @Operation(summary = "List regions")
  @GET
  @Allowed
  public List<RegionView> list() {
    return regions.all().stream().map(RegionView::of).toList();
  }

  @Operation(
      summary = "Add a region",
      description = "System admins only; `type` is KABUPATEN, KOTA or PROVINSI.")
  @POST
  @Allowed(Role.SYSTEM_ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  public Response add(RegionView body) {
    if (body == null) {
      throw new InvalidInputException("code", "field.required", "code");
    }
    RegionType type;
    try {
      type = RegionType.valueOf(String.valueOf(body.type()).strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("type", "region.type", body.type());
    }
    Region region = new Region(body.code(), body.name(), type);
    if (regions.all().stream().anyMatch(r -> r.code().equals(region.code()))) {
      throw new RegionExistsException(region.code());
    }
    regions.add(region);
    return Response.created(URI.create("regions/" + region.code()))
        .entity(RegionView.of(region))
        .build();
  }
}
