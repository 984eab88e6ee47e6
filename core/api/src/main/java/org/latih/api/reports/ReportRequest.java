package org.latih.api.reports;

/**
 * What a report is asked for: filters, either {@code null} for "all", and the reader's language.
 *
 * @param language the language of the person reading the report, as an IETF tag: {@code "id"}
 *     (Bahasa Indonesia) or {@code "en"}; {@code null} means Indonesian. Titles, headings, labels
 *     and narrative should be written in it; the figures never depend on it.
 */
public record ReportRequest(String courseCode, Integer year, String language) {

  /** A request in Indonesian, as plugins written before the reader's language was sent build it. */
  public ReportRequest(String courseCode, Integer year) {
    this(courseCode, year, null);
  }
}
