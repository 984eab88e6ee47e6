package org.latih.api.reports;

/**
 * A report a plugin offers: a kebab-case id, a title and a sentence saying what it answers.
 *
 * @since 0.1
 */
public record ReportDefinition(String id, String title, String description) {

  public ReportDefinition {
    if (id == null || !id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*") || id.length() > 64) {
      throw new IllegalArgumentException(
          "Report id must be kebab-case such as 'evaluasi-level-2', not '" + id + "'");
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("Report '" + id + "' needs a title");
    }
  }
}
