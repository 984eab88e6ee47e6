/**
 * Background exports as rows: {@link org.latih.report.export.entity.ExportJob} with its state,
 * progress and outcome, and the {@link org.latih.report.export.entity.RawKind} of data it holds.
 */
package org.latih.report.export.entity;
