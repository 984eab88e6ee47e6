package org.latih.evaluation.plan.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.evaluation.plan.control.ActionPlans;
import org.latih.evaluation.plan.control.ActionPlans.CompletedCourse;
import org.latih.evaluation.plan.control.PlanFigures;
import org.latih.evaluation.plan.entity.ActionPlan;
import org.latih.evaluation.plan.entity.FollowUpStatus;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.DomainException.FieldProblem;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.rest.Page;
import org.latih.kernel.rest.PageRequest;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;

/**
 * Action plans (rencana tindak lanjut): the caller's own per completed course, the plans naming the
 * caller as direct supervisor with their follow-up, the home page's reminders, and the region's
 * figures and plans for its staff.
 */
@Tag(
    name = "Action plans",
    description =
        "Participants' action plans (rencana tindak lanjut) and the supervisor's follow-up (Kirkpatrick level 3).")
@Path("action-plans")
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class ActionPlansResource {

  @Inject ActionPlans plans;
  @Inject PlanFigures figures;
  @Inject Caller caller;

  public record ActionRequest(String description, String indicator, String targetOn) {}

  public record PlanRequest(String supervisorNip, List<ActionRequest> actions) {}

  public record AssessmentRequest(String status, String note) {}

  public record FollowUpRequest(List<AssessmentRequest> actions, Integer score, String comment) {}

  public record SupervisorRequest(String supervisorNip) {}

  /** A completed course of mine, my plan for it (or null) and what the form needs. */
  public record MyCourseView(
      String course,
      String courseTitle,
      Instant completedAt,
      String earliestTarget,
      String latestTarget,
      String suggestedSupervisorNip,
      PlanView plan) {}

  public record PendingView(String course, String courseTitle, Instant completedAt) {}

  public record DueView(
      long id, String participantName, String course, String courseTitle, String lastTargetOn) {}

  public record RemindersView(
      List<PendingView> toWrite, long toWriteTotal, List<DueView> due, long dueTotal) {}

  public record CourseFiguresView(
      String course,
      String courseTitle,
      long completed,
      long plans,
      long followUps,
      long terlaksana,
      long sebagian,
      long belum,
      Double meanScore) {}

  @Operation(
      summary = "List my completed courses with their action plans",
      description = "With the supervisor NIP suggested from the last plan.")
  @GET
  @Path("mine")
  public Page<MyCourseView> mine(
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    String suggested = plans.lastSupervisorNip(caller).orElse(null);
    return plans.mine(caller, PageRequest.of(page, size)).map(c -> view(c, suggested));
  }

  @Operation(summary = "Get my action plan for a course")
  @GET
  @Path("mine/{course}")
  public MyCourseView myCourse(@PathParam("course") String course) {
    return view(plans.mine(caller, course), plans.lastSupervisorNip(caller).orElse(null));
  }

  /** Writes my plan for a completed course, or rewrites it until the follow-up is written. */
  @APIResponse(responseCode = "201", description = "The plan was written")
  @APIResponse(responseCode = "200", description = "The plan was rewritten")
  @Operation(
      summary = "Write my action plan for a course",
      description =
          "Supervisor NIP and 1-10 actions; rewriting is allowed until the follow-up is written. 201 when new, 200 when rewritten.")
  @PUT
  @Path("mine/{course}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response write(@PathParam("course") String course, PlanRequest request) {
    if (request == null) {
      throw new InvalidInputException("supervisorNip", "body.missing");
    }
    ActionPlans.Written written =
        plans.write(caller, course, request.supervisorNip(), actions(request.actions()));
    return Response.status(written.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(PlanView.of(written.plan(), plans.today()))
        .build();
  }

  @Operation(summary = "List plans that name me as supervisor")
  @GET
  @Path("supervised")
  public Page<PlanView> supervised(
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    LocalDate today = plans.today();
    return plans.supervised(caller, PageRequest.of(page, size)).map(p -> PlanView.of(p, today));
  }

  @Operation(
      summary = "Get my action-plan reminders",
      description = "Plans still to write and follow-ups due.")
  @GET
  @Path("reminders")
  public RemindersView reminders() {
    ActionPlans.Reminders r = plans.reminders(caller);
    return new RemindersView(
        r.toWrite().stream()
            .map(c -> new PendingView(c.course().code(), c.course().title(), c.completedAt()))
            .toList(),
        r.toWriteTotal(),
        r.due().stream()
            .map(
                p ->
                    new DueView(
                        p.id(),
                        p.participant().name(),
                        p.course().code(),
                        p.course().title(),
                        p.lastTargetOn().toString()))
            .toList(),
        r.dueTotal());
  }

  @Operation(
      summary = "Get an action plan",
      description = "For the participant, the named supervisor and the region's staff.")
  @GET
  @Path("{id: \\d+}")
  public PlanView plan(@PathParam("id") long id) {
    return PlanView.of(plans.find(caller, id), plans.today());
  }

  /** The supervisor's follow-up: a status and note per action, an overall score and a comment. */
  @Operation(
      summary = "Write the supervisor's follow-up",
      description =
          "A status and note per action, a score of 1-4 and a comment; the plan becomes read-only for the participant.")
  @PUT
  @Path("{id: \\d+}/follow-up")
  @Consumes(MediaType.APPLICATION_JSON)
  public PlanView followUp(@PathParam("id") long id, FollowUpRequest request) {
    if (request == null) {
      throw new InvalidInputException("score", "body.missing");
    }
    return PlanView.of(
        plans.followUp(
            caller, id, assessments(request.actions()), request.score(), request.comment()),
        plans.today());
  }

  @Operation(
      summary = "Correct a plan's supervisor",
      description = "Regional admins, until the follow-up is written.")
  @PUT
  @Path("{id: \\d+}/supervisor")
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  public PlanView correctSupervisor(@PathParam("id") long id, SupervisorRequest request) {
    return PlanView.of(
        plans.correctSupervisor(caller, id, request == null ? null : request.supervisorNip()),
        plans.today());
  }

  @Operation(
      summary = "Get action-plan figures per course",
      description =
          "Completions, plans written, follow-ups, how the actions fared and the mean score.")
  @GET
  @Path("summary")
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.EVALUATOR, Role.INSTRUCTOR})
  public Page<CourseFiguresView> summary(
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return figures
        .perCourse(caller, PageRequest.of(page, size))
        .map(
            f ->
                new CourseFiguresView(
                    f.course().code(),
                    f.course().title(),
                    f.completed(),
                    f.plans(),
                    f.followUps(),
                    f.terlaksana(),
                    f.sebagian(),
                    f.belum(),
                    f.meanScore()));
  }

  @Operation(summary = "List the region's action plans", description = "Optionally of one course.")
  @GET
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.EVALUATOR, Role.INSTRUCTOR})
  public Page<PlanView> regionPlans(
      @QueryParam("course") String course,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    LocalDate today = plans.today();
    return figures
        .plans(caller, course, PageRequest.of(page, size))
        .map(p -> PlanView.of(p, today));
  }

  private MyCourseView view(CompletedCourse c, String suggested) {
    LocalDate completedOn = c.completedAt().atZone(ActionPlan.WIB).toLocalDate();
    return new MyCourseView(
        c.course().code(),
        c.course().title(),
        c.completedAt(),
        completedOn.plusDays(1).toString(),
        ActionPlan.latestTarget(completedOn).toString(),
        c.plan() == null ? suggested : c.plan().supervisor().username(),
        c.plan() == null ? null : PlanView.of(c.plan(), plans.today()));
  }

  /** The actions as written, every unreadable date named at once. */
  private static List<ActionPlan.Action> actions(List<ActionRequest> requests) {
    if (requests == null) {
      return List.of();
    }
    List<FieldProblem> problems = new ArrayList<>();
    List<ActionPlan.Action> actions = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      ActionRequest r = requests.get(i);
      if (r == null) {
        actions.add(null);
        continue;
      }
      LocalDate target = null;
      if (r.targetOn() != null && !r.targetOn().isBlank()) {
        try {
          target = LocalDate.parse(r.targetOn().strip());
        } catch (DateTimeParseException e) {
          problems.add(
              new FieldProblem(
                  "actions[" + i + "].targetOn", "actionPlan.targetFormat", i + 1, r.targetOn()));
        }
      }
      actions.add(new ActionPlan.Action(r.description(), r.indicator(), target));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return actions;
  }

  private static List<ActionPlan.Assessment> assessments(List<AssessmentRequest> requests) {
    if (requests == null) {
      return List.of();
    }
    List<ActionPlan.Assessment> out = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      AssessmentRequest r = requests.get(i);
      out.add(r == null ? null : new ActionPlan.Assessment(status(i, r.status()), r.note()));
    }
    return out;
  }

  private static FollowUpStatus status(int index, String text) {
    if (text == null || text.isBlank()) {
      return null; // the plan reports the missing status with the other problems
    }
    try {
      return FollowUpStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "actions[" + index + "].status", "actionPlan.status", index + 1);
    }
  }
}
