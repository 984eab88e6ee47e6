package org.latih.api.reports;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Contributes reports computed from a region's learning outcomes.
 *
 * @since 0.1
 */
public interface Reports extends ExtensionPoint {

  /** The reports this plugin offers; ids unique within the plugin. Never null. */
  List<ReportDefinition> reports();

  /**
   * Builds the report {@code reportId} (one of {@link #reports()}) for {@code request}, reading
   * only {@code outcomes}. Throw {@link IllegalArgumentException} for an unknown id or unusable
   * request.
   */
  Report build(String reportId, ReportRequest request, OutcomeView outcomes);
}
