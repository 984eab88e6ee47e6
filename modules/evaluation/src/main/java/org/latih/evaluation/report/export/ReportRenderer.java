package org.latih.evaluation.report.export;

import org.latih.api.reports.Report;

/** Writes a report in one file format. */
interface ReportRenderer {

  byte[] render(Report report, ExportHeader header);
}
