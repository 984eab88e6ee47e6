package org.latih.api.reports;

/**
 * What the user asked a report for: a year, and optionally one course (null means all courses).
 * {@code region} is the code of the region the data belongs to.
 *
 * @since 0.1
 */
public record ReportRequest(String region, int year, String courseCode) {}
