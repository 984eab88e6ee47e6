/** {@code GET /api/v1/report/outcomes}: the outcome report across courses, for region staff. */
package org.latih.report.outcome.boundary;
