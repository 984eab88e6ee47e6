package org.latih.assessment.question.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.assessment.attempt.control.Regrading;
import org.latih.assessment.question.control.QuestionBank;
import org.latih.assessment.question.entity.QuestionContent;
import org.latih.assessment.question.entity.QuestionJson;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;

/** Editing one bank question: a change is a new version; regrade applies it to past attempts. */
@Tag(name = "Questions", description = "Revising, deleting and regrading single questions.")
@Path("questions")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.INSTRUCTOR})
public class QuestionsResource {

  @Inject QuestionBank bank;
  @Inject Regrading regrading;
  @Inject Caller caller;

  public record QuestionRequest(String category, List<String> tags, JsonObject content) {

    QuestionContent questionContent() {
      if (content == null) {
        throw new InvalidInputException("content", "body.missing");
      }
      return QuestionJson.read(content.toString());
    }
  }

  public record RegradeView(int attempts) {}

  @Operation(
      summary = "Revise a question",
      description = "Saves a new version; attempts keep the version they asked.")
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public QuestionView revise(@PathParam("id") long id, QuestionRequest request) {
    if (request == null) {
      throw new InvalidInputException("body", "body.missing");
    }
    return QuestionView.of(
        bank.revise(caller, id, request.category(), request.tags(), request.questionContent()));
  }

  @Operation(
      summary = "Delete a question",
      description = "Refused (409) once an attempt has asked it.")
  @DELETE
  @Path("{id}")
  public void delete(@PathParam("id") long id) {
    bank.delete(caller, id);
  }

  /** Grades every submitted attempt that asked an older version again, by the current one. */
  @Operation(
      summary = "Regrade past attempts of a question",
      description =
          "Grades every submitted attempt that asked an older version again by the current one; hand grades stay.")
  @POST
  @Path("{id}/regrade")
  public RegradeView regrade(@PathParam("id") long id) {
    return new RegradeView(regrading.regrade(caller, id));
  }
}
