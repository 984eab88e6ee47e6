package org.latih.evaluation.report.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.latih.api.reports.ReportRequest;

/**
 * How a report request narrows the outcome rows the host reads, by the rules the regional plugins'
 * shared {@code Outcomes} helper (plugins/support) filters them by, so that reading less changes no
 * figure:
 *
 * <ul>
 *   <li>a course code matches ignoring case and surrounding blanks;
 *   <li>only enrolments carry a year: that of completion, else of enrolment, in WIB;
 *   <li>with a year, attendance, scores and responses belong to it when their course and cohort
 *       (compared by {@link #key}) have an enrolment in that year, whatever their own dates.
 * </ul>
 *
 * @param course the requested course code folded by {@link #courseKey}, or null for all
 * @param year the requested year, or null for all
 */
record ReportScope(Long regionId, String course, Integer year) {

  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  /**
   * How far the database's year window reaches beyond the year: whatever a database does with time
   * zones, no enrolment of the year falls outside; {@link #inYear} then decides exactly.
   */
  private static final Duration MARGIN = Duration.ofDays(1);

  static ReportScope of(Long regionId, ReportRequest request) {
    return new ReportScope(regionId, courseKey(request.courseCode()), request.year());
  }

  /** The start of the database's window for the year's enrolments. */
  Instant from() {
    return LocalDate.of(year, 1, 1).atStartOfDay(WIB).toInstant().minus(MARGIN);
  }

  /** The (exclusive) end of the database's window for the year's enrolments. */
  Instant until() {
    return LocalDate.of(year + 1, 1, 1).atStartOfDay(WIB).toInstant().plus(MARGIN);
  }

  /** Whether an enrolment belongs to the requested year (any, when none is requested). */
  boolean inYear(int enrolmentYear) {
    return year == null || year == enrolmentYear;
  }

  /** An enrolment's year: that of its completion, else of its start, in WIB. */
  static int yearOf(Instant enrolledAt, Instant completedAt) {
    return (completedAt == null ? enrolledAt : completedAt).atZone(WIB).getYear();
  }

  /** Course and cohort as the plugins compare them: trimmed, in lower case, null as empty. */
  static String key(String course, String cohort) {
    return Objects.toString(course, "").trim().toLowerCase(Locale.ROOT)
        + "|"
        + Objects.toString(cohort, "").trim().toLowerCase(Locale.ROOT);
  }

  /**
   * The requested code folded character by character as {@link String#equalsIgnoreCase} compares
   * characters, so it equals a stored course code (lower-case letters, digits and dashes, as the
   * package format demands) exactly when the plugins' case-insensitive comparison matches them.
   */
  static String courseKey(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    StringBuilder folded = new StringBuilder();
    for (char c : code.trim().toCharArray()) {
      folded.append(Character.toLowerCase(Character.toUpperCase(c)));
    }
    return folded.toString();
  }
}
