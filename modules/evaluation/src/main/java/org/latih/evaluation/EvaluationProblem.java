package org.latih.evaluation;

import org.latih.kernel.rest.ProblemType;

/**
 * Every problem type of the evaluation module, each with its own {@code type} URI so a client can
 * act on it; titles are in the module's message bundle under {@code problem.<slug>}.
 */
public enum EvaluationProblem implements ProblemType {
  SESSION_HAS_ATTENDANCE(
      "session-has-attendance",
      409,
      "The session has attendance records, so it cannot be deleted; clear its sheet first."),
  ATTENDANCE_CHANGED(
      "attendance-changed",
      409,
      "Someone else saved the same attendance sheet at the same moment; reload and save again."),
  COURSE_NOT_COMPLETED(
      "course-not-completed", 409, "An action plan is written once the course is completed."),
  ACTION_PLAN_LOCKED(
      "action-plan-locked",
      409,
      "The supervisor has followed the action plan up, so it can no longer be changed."),
  SUPERVISOR_LOCKED(
      "supervisor-locked",
      409,
      "The supervisor has followed the action plan up, so the supervisor can no longer be changed."),
  FORM_EXISTS("form-exists", 409, "A form with this id already exists in the region."),
  FORM_ANSWERED(
      "form-answered",
      409,
      "People have answered the form; archive it instead so their answers are kept."),
  FORM_ALREADY_ASSIGNED(
      "form-already-assigned", 409, "The form is already assigned to this course and cohort."),
  ALREADY_ANSWERED(
      "already-answered", 409, "The caller already filled in this form for this course.");

  private final Spec spec;

  EvaluationProblem(String slug, int status, String meaning) {
    this.spec = new Spec(slug, status, meaning);
  }

  @Override
  public Spec spec() {
    return spec;
  }
}
