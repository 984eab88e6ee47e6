package org.latih.report.export.entity;

/** Where a background export stands; DONE and FAILED are final. */
public enum ExportState {
  QUEUED,
  RUNNING,
  DONE,
  FAILED
}
