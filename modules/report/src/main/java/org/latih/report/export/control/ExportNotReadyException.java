package org.latih.report.export.control;

import org.latih.kernel.rest.DomainException;
import org.latih.report.export.ExportProblem;

/** The file of an export that is still running, or that failed, was asked for. */
public class ExportNotReadyException extends DomainException {

  public ExportNotReadyException(String state) {
    super(ExportProblem.EXPORT_NOT_READY, "report.export.notReady", state);
  }
}
