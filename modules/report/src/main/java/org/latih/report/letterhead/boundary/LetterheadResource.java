package org.latih.report.letterhead.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.rest.NotFoundException;
import org.latih.kernel.rest.Uploads;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;
import org.latih.report.letterhead.control.RegionChoice;
import org.latih.report.letterhead.control.StoredLetterheads;
import org.latih.report.letterhead.entity.LetterheadDetails;
import org.latih.report.letterhead.entity.LogoImage;
import org.latih.report.letterhead.entity.RegionLetterhead;

/**
 * The region's letterhead (kop surat) and signatory, kept by its admins; a system admin names the
 * region with {@code ?region=}. Every official PDF of the region prints it.
 */
@Tag(name = "Letterhead", description = "The region's kop surat and signatory for official PDFs.")
@Path("report/letterhead")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN})
public class LetterheadResource {

  @Inject StoredLetterheads letterheads;
  @Inject RegionChoice regions;
  @Inject Caller caller;

  /** The letterhead as the form edits it; {@code configured} false shows the default. */
  public record LetterheadView(
      String region,
      String regionName,
      boolean configured,
      String agency,
      List<String> addressLines,
      boolean logo,
      String signatoryName,
      String signatoryNip,
      String signatoryJabatan,
      String signatoryPlace) {

    static LetterheadView of(Region region, RegionLetterhead letterhead) {
      if (letterhead == null) {
        return new LetterheadView(
            region.code(),
            region.name(),
            false,
            region.name(),
            List.of(),
            false,
            null,
            null,
            null,
            null);
      }
      LetterheadDetails d = letterhead.details();
      return new LetterheadView(
          region.code(),
          region.name(),
          true,
          d.agency(),
          d.addressLines(),
          letterhead.hasLogo(),
          d.signatoryName(),
          d.signatoryNip(),
          d.signatoryJabatan(),
          d.signatoryPlace());
    }
  }

  public record LetterheadRequest(
      String agency,
      List<String> addressLines,
      String signatoryName,
      String signatoryNip,
      String signatoryJabatan,
      String signatoryPlace) {}

  @Operation(
      summary = "Get the region's letterhead",
      description = "The region's own for its admins; `?region=` for a system admin.")
  @GET
  public LetterheadView get(@QueryParam("region") String region) {
    Region chosen = regions.administered(caller, region);
    return LetterheadView.of(chosen, letterheads.find(chosen.id()).orElse(null));
  }

  @Operation(
      summary = "Set the region's letterhead",
      description = "Agency, address lines and the signatory (name, NIP, jabatan, place).")
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public LetterheadView put(@QueryParam("region") String region, LetterheadRequest request) {
    if (request == null) {
      throw new InvalidInputException("agency", "body.missing");
    }
    Region chosen = regions.administered(caller, region);
    LetterheadDetails details =
        new LetterheadDetails(
            request.agency(),
            request.addressLines(),
            request.signatoryName(),
            request.signatoryNip(),
            request.signatoryJabatan(),
            request.signatoryPlace());
    return LetterheadView.of(chosen, letterheads.save(chosen, details));
  }

  @Operation(
      summary = "Upload the letterhead's logo",
      description =
          "A PNG or JPEG of at most 512 KB, judged by its content (413 larger, 422 not an image).")
  @PUT
  @Path("logo")
  @Consumes(MediaType.WILDCARD)
  public LetterheadView logo(@QueryParam("region") String region, InputStream body) {
    Region chosen = regions.administered(caller, region);
    LogoImage image = LogoImage.of(Uploads.read(body, LogoImage.MAX_BYTES));
    return LetterheadView.of(chosen, letterheads.logo(chosen, image));
  }

  @Operation(summary = "Download the letterhead's logo")
  @GET
  @Path("logo")
  @Produces({"image/png", "image/jpeg", MediaType.APPLICATION_JSON})
  public Response downloadLogo(@QueryParam("region") String region) {
    Region chosen = regions.administered(caller, region);
    RegionLetterhead letterhead =
        letterheads
            .find(chosen.id())
            .filter(RegionLetterhead::hasLogo)
            .orElseThrow(() -> new NotFoundException("letterhead.noLogo", chosen.name()));
    return Response.ok(letterhead.logoBytes(), letterhead.logoType())
        .header("Cache-Control", "private, no-cache")
        .build();
  }
}
