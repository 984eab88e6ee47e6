/**
 * Reports: a plugin computes a report from outcome data the platform hands it.
 *
 * <p>Implement {@link org.latih.api.reports.Reports} (annotated {@code @org.pf4j.Extension}): list
 * the reports you offer in {@link org.latih.api.reports.Reports#reports()}, and build one in {@link
 * org.latih.api.reports.Reports#build}. The platform passes an {@link
 * org.latih.api.reports.OutcomeView}: read-only, already limited to the requesting region, so a
 * plugin never sees another region's people. The result is a plain {@link
 * org.latih.api.reports.Report} model (key figures, tables, charts, narrative) that the platform
 * renders to screen, PDF, XLSX and CSV; a plugin never writes files or opens connections.
 *
 * <p>Calls are time-limited and their results size-limited; a report that throws or hangs marks the
 * plugin failed for the admin to see, and the platform carries on.
 *
 * @since 0.1
 */
package org.latih.api.reports;
