package org.latih.report.export;

import org.latih.kernel.rest.ProblemType;

/**
 * The problem types of exports, each with its own {@code type} URI; titles are in the report
 * module's message bundle under {@code problem.<slug>}.
 */
public enum ExportProblem implements ProblemType {
  EXPORT_TOO_LARGE(
      "export-too-large",
      422,
      "The export would hold more rows than the server allows; narrow it by course or year."),
  EXPORT_PDF_TOO_LONG(
      "export-pdf-too-long",
      422,
      "A PDF is for reading and is offered only for short exports; choose CSV, XLSX or JSON."),
  EXPORT_NOT_READY(
      "export-not-ready", 409, "The export has not finished (or failed), so there is no file yet."),
  EXPORTS_RUNNING(
      "exports-running",
      429,
      "The caller already has as many exports running as allowed; wait for one to finish.");

  private final Spec spec;

  ExportProblem(String slug, int status, String meaning) {
    this.spec = new Spec(slug, status, meaning);
  }

  @Override
  public Spec spec() {
    return spec;
  }
}
