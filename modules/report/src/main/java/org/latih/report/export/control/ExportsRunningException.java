package org.latih.report.export.control;

import org.latih.kernel.rest.DomainException;
import org.latih.report.export.ExportProblem;

/** The caller already has as many exports queued or running as one person may. */
public class ExportsRunningException extends DomainException {

  public ExportsRunningException(int max) {
    super(ExportProblem.EXPORTS_RUNNING, "report.export.running", max);
  }
}
