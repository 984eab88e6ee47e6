/** {@code GET /api/v1/report/jp-compliance}: who has not reached the yearly JP target, by unit. */
package org.latih.report.compliance.boundary;
