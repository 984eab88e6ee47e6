package org.latih.assessment.analysis.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.assessment.analysis.control.Gains;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;

/** Learning gain of a course: per learner and for a cohort (staff), or the caller's own. */
@Tag(name = "Learning gain", description = "Pre-test to post-test learning gain.")
@Path("courses/{code}/gain")
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class GainResource {

  @Inject Gains gains;
  @Inject Caller caller;

  @Operation(
      summary = "Get a course's learning gain",
      description =
          "Per learner and for the cohort (`cohort=`): raw and normalized gain, paired t statistic and effect size.")
  @GET
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.INSTRUCTOR, Role.EVALUATOR})
  public Gains.Report report(@PathParam("code") String code, @QueryParam("cohort") Long cohort) {
    return gains.ofCourse(caller, code, cohort);
  }

  @Operation(summary = "Get my learning gain in a course")
  @GET
  @Path("mine")
  public Gains.LearnerGain mine(@PathParam("code") String code) {
    return gains.mine(caller, code);
  }
}
