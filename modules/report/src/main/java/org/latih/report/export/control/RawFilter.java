package org.latih.report.export.control;

/**
 * Which rows a raw export holds: one region's (always), optionally one course (by code) and one
 * year (of the attempt's start, the session's date, the form answer's year).
 */
public record RawFilter(long regionId, String courseCode, Integer year) {

  public RawFilter {
    courseCode = courseCode == null || courseCode.isBlank() ? null : courseCode.strip();
  }
}
