/**
 * The export machinery: one streaming writer per format ({@link
 * org.latih.report.export.control.CsvTableWriter}, XLSX, JSON, PDF), the raw learner-level tables
 * read from the database as a cursor ({@link org.latih.report.export.control.RawTables}), and the
 * background jobs that write them into the database, where any node finds them ({@link
 * org.latih.report.export.control.ExportJobs}, {@link
 * org.latih.report.export.control.ExportRunner}, {@link
 * org.latih.report.export.control.ExportChunks}, {@link
 * org.latih.report.export.control.ExportSweeper}).
 */
package org.latih.report.export.control;
