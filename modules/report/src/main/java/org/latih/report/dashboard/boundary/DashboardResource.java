package org.latih.report.dashboard.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;
import org.latih.report.dashboard.control.Pickers;
import org.latih.report.outcome.control.ReportRegion;

/** The evaluator dashboard's pickers. */
@Tag(name = "Reports", description = "Outcome reports across courses for evaluators and admins.")
@Path("report/choices")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.EVALUATOR, Role.REGIONAL_ADMIN, Role.SYSTEM_ADMIN})
public class DashboardResource {

  @Inject Pickers pickers;
  @Inject ReportRegion regions;
  @Inject Caller caller;

  @Operation(
      summary = "List what the report filters offer",
      description =
          "The region's courses and cohorts (code or id with the title), units kerja, golongan,"
              + " jabatan and the years that have enrolments or JP credits, newest first.")
  @GET
  public Pickers.Choices choices(@QueryParam("region") String region) {
    return pickers.of(regions.of(caller, region));
  }
}
