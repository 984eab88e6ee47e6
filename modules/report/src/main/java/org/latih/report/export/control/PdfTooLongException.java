package org.latih.report.export.control;

import org.latih.kernel.rest.DomainException;
import org.latih.report.export.ExportProblem;

/** A PDF of this many rows would be unreadable (and huge); a spreadsheet format suits it. */
public class PdfTooLongException extends DomainException {

  public PdfTooLongException(long rows, long max) {
    super(ExportProblem.EXPORT_PDF_TOO_LONG, "report.export.pdfTooLong", rows, max);
  }
}
