package org.latih.assessment.attempt.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.assessment.attempt.boundary.AttemptViews.AttemptView;
import org.latih.assessment.attempt.control.AttemptAnswers;
import org.latih.assessment.attempt.control.Attempts;
import org.latih.assessment.attempt.entity.Attempt;
import org.latih.assessment.question.entity.QuestionJson;
import org.latih.assessment.question.entity.Response;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;

/**
 * Taking a quiz (started by {@code POST /quizzes/{id}/attempts}): read or resume it, save each
 * answer as it changes, flag, submit. Every endpoint answers only about the caller's own attempts.
 */
@Tag(
    name = "Attempts",
    description = "Taking a quiz: reading, answering, flagging and submitting an attempt.")
// one instance for all requests: the exam-day hot path, no injection per request
@ApplicationScoped
@Path("attempts")
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class AttemptsResource {

  @Inject Attempts attempts;
  @Inject AttemptAnswers answers;
  @Inject Caller caller;
  @Inject Clock clock;

  public record AnswerRequest(Long sequence, JsonObject response) {}

  public record FlagRequest(boolean flagged) {}

  @Operation(
      summary = "Get my attempt",
      description = "To read or resume it; another person's attempt answers 404.")
  @GET
  @Path("{id}")
  public AttemptView get(@PathParam("id") long id) {
    return view(attempts.mine(caller, id));
  }

  @Operation(
      summary = "Save an answer",
      description =
          "`{sequence, response}`: options are named by the ids the attempt shows (tokens of this attempt; another id is refused, 422). A repeat of the saved sequence with the same answer is acknowledged without writing; an older sequence, or the same one with another answer, is refused (409); answers after the deadline are refused and the attempt is submitted. The answer is committed before the reply.")
  @PUT
  @Path("{id}/answers/{position}")
  @Consumes(MediaType.APPLICATION_JSON)
  public AttemptAnswers.Saved answer(
      @PathParam("id") long id, @PathParam("position") int position, AnswerRequest request) {
    if (request == null || request.response() == null) {
      throw new InvalidInputException("response", "answer.missing");
    }
    Response response = QuestionJson.readResponse(request.response().toString());
    return answers.save(caller, id, position, request.sequence(), response);
  }

  @Operation(summary = "Flag or unflag a question")
  @PUT
  @Path("{id}/flags/{position}")
  @Consumes(MediaType.APPLICATION_JSON)
  public void flag(
      @PathParam("id") long id, @PathParam("position") int position, FlagRequest request) {
    answers.flag(caller, id, position, request != null && request.flagged());
  }

  @Operation(summary = "Submit my attempt")
  @POST
  @Path("{id}/submit")
  public AttemptView submit(@PathParam("id") long id) {
    return view(attempts.submit(caller, id));
  }

  private AttemptView view(Attempt attempt) {
    Instant now = clock.instant();
    return AttemptViews.of(
        attempt, now, attempt.open() ? null : attempts.review(caller, attempt, now));
  }
}
