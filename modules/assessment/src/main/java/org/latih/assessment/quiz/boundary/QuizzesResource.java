package org.latih.assessment.quiz.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.assessment.analysis.control.QuizReports;
import org.latih.assessment.analysis.control.QuizResults;
import org.latih.assessment.attempt.boundary.AttemptViews;
import org.latih.assessment.attempt.boundary.AttemptViews.AttemptView;
import org.latih.assessment.attempt.boundary.AttemptViews.MyStanding;
import org.latih.assessment.attempt.control.Attempts;
import org.latih.assessment.quiz.control.Quizzes;
import org.latih.assessment.quiz.entity.Quiz;
import org.latih.course.course.api.CourseAccess;
import org.latih.kernel.csv.CsvDialect;
import org.latih.kernel.i18n.Messages;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.rest.Page;
import org.latih.kernel.rest.PageRequest;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;

/**
 * One quiz: read it, change its settings and questions, start (or resume) an attempt; for staff,
 * its results (JSON or CSV) and item analysis.
 */
@Tag(name = "Quizzes", description = "Quiz settings, starting attempts, results and item analysis.")
// one instance for all requests: the exam-day hot path, no injection per request
@ApplicationScoped
@Path("quizzes")
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class QuizzesResource {

  @Inject Quizzes quizzes;
  @Inject Attempts attempts;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject QuizReports reports;
  @Inject QuizResults results;

  public record QuestionsRequest(List<Long> questionIds) {}

  @Operation(summary = "Get a quiz", description = "With the caller's own standing.")
  @GET
  @Path("{id}")
  public QuizView get(@PathParam("id") long id) {
    Quiz quiz = quizzes.visible(caller, id);
    return view(quiz);
  }

  @Operation(summary = "Change a quiz's settings")
  @PATCH
  @Path("{id}")
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.INSTRUCTOR})
  @Consumes(MediaType.APPLICATION_JSON)
  public QuizView configure(@PathParam("id") long id, QuizRequest request) {
    if (request == null) {
      throw new InvalidInputException("body", "body.missing");
    }
    return view(quizzes.configure(caller, id, request.settings()));
  }

  @Operation(summary = "Set a quiz's fixed questions")
  @PUT
  @Path("{id}/questions")
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.INSTRUCTOR})
  @Consumes(MediaType.APPLICATION_JSON)
  public QuizView questions(@PathParam("id") long id, QuestionsRequest request) {
    if (request == null || request.questionIds() == null) {
      throw new InvalidInputException("questionIds", "body.missing");
    }
    return view(quizzes.use(caller, id, request.questionIds()));
  }

  /** Starts an attempt, or gives back the open one, so a reload or another device resumes it. */
  @Operation(
      summary = "Start or resume an attempt",
      description =
          "Starts an attempt, or gives back the open one so a reload or another device resumes it.")
  @POST
  @Path("{id}/attempts")
  public AttemptView start(@PathParam("id") long id) {
    // an attempt started or resumed is open: it carries no result to review
    return AttemptViews.of(attempts.startOrResume(caller, id), clock.instant(), null);
  }

  @Operation(
      summary = "Get a quiz's results",
      description =
          "Per learner by the grading method; the caller's region's learners (system admins: everyone). Paged.")
  @GET
  @Path("{id}/results")
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.INSTRUCTOR, Role.EVALUATOR})
  public Page<QuizReports.Row> results(
      @PathParam("id") long id,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return results.page(caller, id, PageRequest.of(page, size));
  }

  /**
   * The same results as CSV for a spreadsheet: one line per learner, separated as the reader's
   * language expects (semicolons for Indonesian, commas for English).
   */
  @Operation(
      summary = "Download a quiz's results as CSV",
      description =
          "One line per learner, UTF-8 with a byte order mark; `lang` (else Accept-Language) picks"
              + " the separator: `;` for Indonesian, `,` for English.")
  @GET
  @Path("{id}/results.csv")
  @Produces("text/csv;charset=UTF-8")
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.INSTRUCTOR, Role.EVALUATOR})
  public Response resultsCsv(
      @PathParam("id") long id, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
    Locale locale = Messages.pick(lang, headers.getAcceptableLanguages());
    return Response.ok(ResultsCsv.of(results.all(caller, id), CsvDialect.of(locale)))
        .header("Content-Disposition", "attachment; filename=\"hasil-kuis-" + id + ".csv\"")
        .build();
  }

  @Operation(
      summary = "Get a quiz's item analysis",
      description = "Facility, discrimination and reliability (KR-20 or Cronbach's alpha).")
  @GET
  @Path("{id}/analysis")
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.INSTRUCTOR, Role.EVALUATOR})
  public QuizReports.Analysis analysis(@PathParam("id") long id) {
    return reports.analysis(caller, id);
  }

  private QuizView view(Quiz quiz) {
    return QuizView.of(
        quiz,
        CourseAccess.editable(caller, quiz.course()),
        MyStanding.of(quiz, attempts.of(caller.userId(), quiz)));
  }
}
