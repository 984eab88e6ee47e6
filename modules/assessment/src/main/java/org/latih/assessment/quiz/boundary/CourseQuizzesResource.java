package org.latih.assessment.quiz.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.assessment.attempt.boundary.AttemptViews.MyStanding;
import org.latih.assessment.attempt.control.Attempts;
import org.latih.assessment.attempt.entity.Attempt;
import org.latih.assessment.quiz.control.Quizzes;
import org.latih.assessment.quiz.entity.Quiz;
import org.latih.course.course.api.Course;
import org.latih.course.course.api.CourseAccess;
import org.latih.course.course.api.CourseCatalog;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;

/** A course's quizzes (its pre-test and post-test first), with the caller's standing in each. */
@Tag(name = "Course quizzes", description = "The quizzes of one course.")
@Path("courses/{code}/quizzes")
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class CourseQuizzesResource {

  @Inject Quizzes quizzes;
  @Inject Attempts attempts;
  @Inject CourseCatalog courses;
  @Inject Caller caller;

  @Operation(
      summary = "List a course's quizzes",
      description = "With the caller's own standing in each.")
  @GET
  public List<QuizView> list(@PathParam("code") String code) {
    // three reads whatever the number of quizzes and questions: the quizzes, their question ids
    // and the caller's attempts at any of them
    Course course = courses.visible(caller, code);
    boolean editor = CourseAccess.editable(caller, course);
    Map<Long, List<Long>> questions = quizzes.questionIds(course);
    Map<Long, List<Attempt>> mine = attempts.ofUserIn(caller.userId(), course);
    return quizzes.ofCourse(course).stream()
        .map(
            q ->
                QuizView.of(
                    q,
                    course.code(),
                    questions.getOrDefault(q.id(), List.of()),
                    editor,
                    MyStanding.of(q, mine.getOrDefault(q.id(), List.of()))))
        .toList();
  }

  @Operation(summary = "Create a quiz for a course")
  @POST
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.INSTRUCTOR})
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@PathParam("code") String code, QuizRequest request) {
    if (request == null) {
      throw new InvalidInputException("body", "body.missing");
    }
    Quiz quiz = quizzes.create(caller, code, request.quizKind(), request.settings());
    return Response.status(Response.Status.CREATED)
        .entity(QuizView.of(quiz, code, List.of(), true, MyStanding.of(quiz, List.of())))
        .build();
  }
}
