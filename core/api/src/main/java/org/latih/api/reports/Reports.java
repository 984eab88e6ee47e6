package org.latih.api.reports;

import java.util.List;
import org.pf4j.ExtensionPoint;

/** A plugin's reports, computed from a read-only, region-scoped view of outcome data. */
public interface Reports extends ExtensionPoint {

  List<ReportDefinition> reports();

  Report build(String reportId, ReportRequest request, OutcomeView outcomes);
}
