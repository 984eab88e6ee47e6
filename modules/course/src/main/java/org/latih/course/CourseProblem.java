package org.latih.course;

import org.latih.kernel.rest.ProblemType;

/**
 * Every problem type of the course module, each with its own {@code type} URI so a client can act
 * on it; titles are in the module's message bundle under {@code problem.<slug>}.
 */
public enum CourseProblem implements ProblemType {
  COURSE_HAS_LEARNERS(
      "course-has-learners",
      409,
      "The course has learners, so it cannot be deleted; unpublish it instead."),
  COURSE_NOT_PUBLISHED(
      "course-not-published", 409, "The course is not published, so nobody can enrol yet."),
  COHORT_CLOSED("cohort-closed", 409, "The cohort has ended; it takes no more enrolments."),
  COHORT_FULL("cohort-full", 409, "The cohort has reached its capacity."),
  ALREADY_ENROLLED("already-enrolled", 409, "The learner is already enrolled in this course."),
  OLDER_PACKAGE_VERSION(
      "older-package-version",
      409,
      "The uploaded course package is older than the installed version."),
  INVALID_PACKAGE(
      "invalid-package",
      422,
      "A course package was refused; errors names each problem by file and line.");

  private final Spec spec;

  CourseProblem(String slug, int status, String meaning) {
    this.spec = new Spec(slug, status, meaning);
  }

  @Override
  public Spec spec() {
    return spec;
  }
}
