/**
 * Exports that stream: the {@link org.latih.report.export.api.Table} contract and its writers, raw
 * learner-level exports read as a database cursor, and background export jobs with progress and a
 * download link.
 */
package org.latih.report.export;
