package org.latih.report.export.control;

import org.latih.kernel.rest.DomainException;
import org.latih.report.export.ExportProblem;

/** The export would hold more rows than allowed; narrowing it by course or year helps. */
public class ExportTooLargeException extends DomainException {

  public ExportTooLargeException(long rows, long max) {
    super(ExportProblem.EXPORT_TOO_LARGE, "report.export.tooLarge", rows, max);
  }
}
