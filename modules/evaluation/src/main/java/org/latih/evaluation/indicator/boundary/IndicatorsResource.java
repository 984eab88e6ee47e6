package org.latih.evaluation.indicator.boundary;

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
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.evaluation.indicator.control.IndicatorEntry;
import org.latih.evaluation.indicator.control.IndicatorImport;
import org.latih.evaluation.indicator.control.Indicators;
import org.latih.evaluation.indicator.entity.UnitIndicator;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.rest.Page;
import org.latih.kernel.rest.PageRequest;
import org.latih.kernel.rest.PayloadTooLargeException;
import org.latih.kernel.rest.Uploads;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;

/**
 * Unit indicators of the caller's region: recording one value (a second recording for the same
 * unit, indicator and period replaces the first), importing many from a CSV, listing and deleting.
 */
@Tag(
    name = "Unit indicators",
    description = "Unit-level results per unit kerja and period (Kirkpatrick level 4).")
@Path("indicators")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN})
public class IndicatorsResource {

  private static final long MAX_CSV_BYTES = 1 << 20;

  @Inject Indicators indicators;
  @Inject IndicatorImport csvImport;
  @Inject Caller caller;

  public record IndicatorRequest(
      String unitKerja, String indicator, String period, Double value, String note) {}

  public record IndicatorView(
      long id,
      String unitKerja,
      String indicator,
      String period,
      int year,
      double value,
      String note,
      Instant recordedAt,
      boolean replaced) {
    static IndicatorView of(UnitIndicator i, boolean replaced) {
      return new IndicatorView(
          i.id(),
          i.unitKerja(),
          i.indicator(),
          i.period(),
          i.year(),
          i.value(),
          i.note(),
          i.recordedAt(),
          replaced);
    }
  }

  public record ImportView(int recorded) {}

  /** 201 for a new value, 200 when it replaced the earlier value of its unit and period. */
  @APIResponse(responseCode = "201", description = "A new value was recorded")
  @APIResponse(
      responseCode = "200",
      description = "The value replaced the earlier one of its unit, indicator and period")
  @Operation(
      summary = "Record a unit indicator value",
      description =
          "201 for a new value, 200 when it replaced the value of the same unit, indicator and period.")
  @POST
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(IndicatorRequest request) {
    if (request == null) {
      throw new InvalidInputException("indicator", "body.missing");
    }
    Indicators.Recorded recorded =
        indicators.record(
            caller,
            IndicatorEntry.of(
                request.unitKerja(),
                request.indicator(),
                request.period(),
                request.value(),
                request.note()));
    return Response.status(recorded.replaced() ? Response.Status.OK : Response.Status.CREATED)
        .entity(IndicatorView.of(recorded.indicator(), recorded.replaced()))
        .build();
  }

  @Operation(
      summary = "Import unit indicator values from CSV",
      description =
          "Columns `unit_kerja,indicator,period,value[,note]`; a file with any wrong line stores nothing.")
  @POST
  @Path("import")
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN})
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  public ImportView importCsv(InputStream body, @HeaderParam("Content-Length") Long length) {
    if (length != null && length > Uploads.DRAIN_FACTOR * MAX_CSV_BYTES) {
      throw new PayloadTooLargeException(MAX_CSV_BYTES);
    }
    String csv = Uploads.utf8(Uploads.read(body, MAX_CSV_BYTES), "file");
    return new ImportView(csvImport.run(caller, csv));
  }

  @Operation(
      summary = "List unit indicator values",
      description = "Filter by indicator, unit and year; paged.")
  @GET
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.EVALUATOR, Role.INSTRUCTOR})
  public Page<IndicatorView> list(
      @QueryParam("indicator") String indicator,
      @QueryParam("unit") String unit,
      @QueryParam("year") Integer year,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return indicators
        .list(
            caller,
            new Indicators.Filter(blankToNull(indicator), blankToNull(unit), year),
            PageRequest.of(page, size))
        .map(i -> IndicatorView.of(i, false));
  }

  @Operation(summary = "List indicator and unit names in use")
  @GET
  @Path("names")
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.EVALUATOR, Role.INSTRUCTOR})
  public Indicators.Names names() {
    return indicators.names(caller);
  }

  @Operation(summary = "Delete a unit indicator value")
  @DELETE
  @Path("{id}")
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN})
  public Response delete(@PathParam("id") long id) {
    indicators.delete(caller, id);
    return Response.noContent().build();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
