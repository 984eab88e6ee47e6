package org.latih.report.outcome.control;

/**
 * One enrolment with everything the report counts of it.
 *
 * @param pre the pre-test percent, null when not graded
 * @param post the post-test percent, null when not graded
 * @param passPercent the post-test's pass mark, null when the course has none
 * @param recorded attendance records of the learner in the cohort's sessions
 * @param present of which present
 * @param jp JP credited for the course, null when none
 * @param plan the learner's action plan for the course, null when none was written
 */
public record LearnerRow(
    long userId,
    Dimensions where,
    boolean completed,
    Double pre,
    Double post,
    Integer passPercent,
    int recorded,
    int present,
    Integer jp,
    Plan plan) {

  /** An action plan (Kirkpatrick level 3) and its follow-up by the supervisor. */
  public record Plan(boolean followedUp, Integer score, int terlaksana, int sebagian, int belum) {}
}
