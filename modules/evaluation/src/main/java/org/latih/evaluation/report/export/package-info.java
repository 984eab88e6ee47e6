/**
 * A plugin's report as a file an evaluator downloads: one small renderer per format (PDF, XLSX,
 * CSV), each writing the same {@link org.latih.api.reports.Report} under the same header (region,
 * course, year). The renderers know nothing of plugins, callers or HTTP; {@link
 * org.latih.evaluation.report.export.ReportExports} builds the report under the caller's rules and
 * picks the renderer.
 */
package org.latih.evaluation.report.export;
