package org.latih.assessment.attempt.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.assessment.attempt.boundary.AttemptViews.ResultView;
import org.latih.assessment.attempt.control.GradingQueue;
import org.latih.assessment.attempt.control.ReviewWindow;
import org.latih.assessment.attempt.entity.AttemptSlot;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;

/** The essays of a course waiting for a grade, and grading one of them. */
@Tag(name = "Grading", description = "Essays waiting for a person's grade.")
@Path("courses/{code}/grading")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.INSTRUCTOR})
public class GradingResource {

  @Inject GradingQueue queue;
  @Inject Caller caller;

  public record Waiting(
      long attemptId,
      int position,
      String quiz,
      String nip,
      String name,
      String question,
      String answer,
      double mark,
      Instant submittedAt,
      String format) {}

  public record GradeRequest(long attemptId, int position, Double fraction, String comment) {}

  @Operation(
      summary = "List essays waiting for a grade",
      description = "Of the caller's region's learners.")
  @GET
  public List<Waiting> waiting(@PathParam("code") String code) {
    return queue.waiting(caller, code).stream().map(s -> waiting(s, code)).toList();
  }

  @Operation(
      summary = "Grade an essay",
      description = "`{attemptId, position, fraction, comment}`.")
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public ResultView grade(@PathParam("code") String code, GradeRequest request) {
    if (request == null) {
      throw new InvalidInputException("body", "body.missing");
    }
    var attempt =
        queue.grade(
            caller,
            code,
            request.attemptId(),
            request.position(),
            request.fraction(),
            request.comment());
    return AttemptViews.result(attempt, ReviewWindow.EVERYTHING);
  }

  /** The question as learners saw it: sanitised HTML when it is not plain text. */
  private static Waiting waiting(AttemptSlot s, String course) {
    ShownTexts texts = ShownTexts.of(s.content(), course);
    return new Waiting(
        s.attempt().id(),
        s.position(),
        s.attempt().quiz().title(),
        s.attempt().user().username(),
        s.attempt().user().name(),
        texts.shown(s.content().text()),
        s.response().text(),
        s.mark(),
        s.attempt().submittedAt(),
        texts.wire());
  }
}
