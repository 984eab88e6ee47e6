package org.latih.assessment.analysis.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.latih.assessment.analysis.control.Gains;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;

/** Learning gain of a course: per learner and for a cohort (staff), or the caller's own. */
@Path("courses/{code}/gain")
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class GainResource {

  @Inject Gains gains;
  @Inject Caller caller;

  @GET
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.INSTRUCTOR, Role.EVALUATOR})
  public Gains.Report report(@PathParam("code") String code, @QueryParam("cohort") Long cohort) {
    return gains.ofCourse(caller, code, cohort);
  }

  @GET
  @Path("mine")
  public Gains.LearnerGain mine(@PathParam("code") String code) {
    return gains.mine(caller, code);
  }
}
