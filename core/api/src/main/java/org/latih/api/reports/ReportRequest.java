package org.latih.api.reports;

/** Filters for a report; either may be {@code null} for "all". */
public record ReportRequest(String courseCode, Integer year) {}
