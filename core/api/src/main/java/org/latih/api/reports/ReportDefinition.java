package org.latih.api.reports;

/** A report a plugin offers. */
public record ReportDefinition(String id, String title, String description) {}
