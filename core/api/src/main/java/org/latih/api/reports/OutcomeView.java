package org.latih.api.reports;

import java.util.List;

/**
 * The outcome data a report may read, implemented by the platform: read-only and already limited to
 * the request's region and year. Lists are never null and may be large; read them once.
 *
 * @since 0.1
 */
public interface OutcomeView {

  /** Who enrolled in which course, and whether they completed it. */
  List<EnrolmentRow> enrolments();

  /** Attendance per learner and cohort. */
  List<AttendanceRow> attendance();

  /** Pre- and post-test results per learner and course. */
  List<ScoreRow> testScores();

  /** The answers given to one of the plugin's forms, one row per answered item. */
  List<ResponseRow> formResponses(String formId);

  /** Indicators the region records per unit kerja, such as the share of staff reaching 20 JP. */
  List<IndicatorRow> unitIndicators();

  /**
   * One enrolment.
   *
   * @param learner a pseudonymous key, stable within one view; not the NIP
   */
  record EnrolmentRow(
      String courseCode,
      String cohort,
      String unitKerja,
      int year,
      String learner,
      boolean completed,
      int jp) {}

  /** Sessions attended of those held. */
  record AttendanceRow(
      String courseCode,
      String cohort,
      String unitKerja,
      int year,
      String learner,
      int sessionsAttended,
      int sessionsHeld) {}

  /** Best pre-test and post-test percentages (0-100); null when not taken. */
  record ScoreRow(
      String courseCode,
      String cohort,
      String unitKerja,
      int year,
      String learner,
      Double preTestPercent,
      Double postTestPercent) {}

  /** One answer to one item: {@code value} is the chosen option, scale point, number or text. */
  record ResponseRow(
      String formId,
      int formVersion,
      String courseCode,
      String cohort,
      String unitKerja,
      int year,
      String itemId,
      String value) {}

  /** A named indicator's value for a unit kerja and year. */
  record IndicatorRow(String unitKerja, int year, String indicator, double value) {}
}
