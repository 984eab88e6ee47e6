/**
 * The contract between the core reports and the export writers: a report hands its tables over as
 * {@link org.latih.report.export.api.Table}s and the writers stream them as CSV, XLSX, JSON or PDF.
 */
package org.latih.report.export.api;
