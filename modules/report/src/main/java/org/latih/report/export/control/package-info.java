/**
 * The export machinery: one streaming writer per format ({@link
 * org.latih.report.export.control.CsvTableWriter}, XLSX, JSON, PDF), the raw learner-level tables
 * read from the database as a cursor ({@link org.latih.report.export.control.RawTables}), and the
 * background jobs that write them to files in the data directory ({@link
 * org.latih.report.export.control.ExportJobs}, {@link
 * org.latih.report.export.control.ExportRunner}).
 */
package org.latih.report.export.control;
