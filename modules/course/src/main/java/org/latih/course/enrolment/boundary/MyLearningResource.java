package org.latih.course.enrolment.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.course.enrolment.control.Enrolments;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;

/** The signed-in learner's courses with their progress. */
@Tag(name = "My courses", description = "The signed-in learner's enrolments.")
@Path("me/courses")
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class MyLearningResource {

  @Inject Enrolments enrolments;
  @Inject Caller caller;

  @Operation(summary = "List my enrolments", description = "With progress.")
  @GET
  public List<EnrolmentResource.EnrolmentView> courses() {
    return enrolments.listed(caller).stream()
        .map(
            e ->
                new EnrolmentResource.EnrolmentView(
                    e.course(),
                    e.title(),
                    e.cohort(),
                    e.enrolledAt(),
                    e.percent(),
                    e.completedAt()))
        .toList();
  }
}
