package org.latih.course.enrolment.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.course.enrolment.api.Enrolment;
import org.latih.course.enrolment.control.Enrolments;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;

/** A learner enrolling themselves in a course. */
@Tag(name = "Enrolment", description = "Enrolling oneself in a course.")
@Path("courses/{code}/enrolment")
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class EnrolmentResource {

  @Inject Enrolments enrolments;
  @Inject Caller caller;

  /** Optional: the cohort to join; without it the learner studies at their own pace. */
  public record EnrolRequest(Long cohortId) {}

  public record EnrolmentView(
      String course,
      String title,
      String cohort,
      Instant enrolledAt,
      int percent,
      Instant completedAt) {
    public static EnrolmentView of(Enrolment e) {
      return new EnrolmentView(
          e.course().code(),
          e.course().title(),
          e.cohort() == null ? null : e.cohort().name(),
          e.enrolledAt(),
          e.percent(),
          e.completedAt());
    }
  }

  @Operation(
      summary = "Enrol myself in a course",
      description =
          "`{}` to study at one's own pace or `{\"cohortId\": n}` to join an open cohort of one's region.")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response enrol(@PathParam("code") String code, EnrolRequest request) {
    Enrolment enrolment =
        enrolments.enrolSelf(caller, code, request == null ? null : request.cohortId());
    return Response.status(Response.Status.CREATED).entity(EnrolmentView.of(enrolment)).build();
  }
}
