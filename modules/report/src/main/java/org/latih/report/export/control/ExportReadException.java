package org.latih.report.export.control;

import java.sql.SQLException;

/** The database stopped answering while an export read it; the job fails with its message. */
public class ExportReadException extends RuntimeException {

  public ExportReadException(SQLException cause) {
    super(cause.getMessage(), cause);
  }
}
