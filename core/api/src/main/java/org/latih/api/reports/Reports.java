package org.latih.api.reports;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * A plugin's reports, computed from a read-only, region-scoped view of outcome data.
 *
 * <p>Reports speak the reader's language: {@link ReportRequest#language()} says which one a report
 * is built for, and {@link #reports(String)} gives the list in a language. Indonesian is the
 * default; a plugin that writes only Indonesian keeps working.
 */
public interface Reports extends ExtensionPoint {

  /** The reports this plugin offers, titled and described in Indonesian. */
  List<ReportDefinition> reports();

  /**
   * The same reports, with the same ids in the same order, titled and described in {@code language}
   * ({@code "id"} or {@code "en"}). The host reads the list once per language when the plugin
   * starts. By default the Indonesian list.
   */
  default List<ReportDefinition> reports(String language) {
    return reports();
  }

  /**
   * Builds report {@code reportId} for {@code request} from {@code outcomes}. One view may call it
   * more than once: the first time after the server starts, the host learns which parts of the
   * outcome data the report reads by calling it with some parts made up (a few rows that are not
   * the region's), and discards what those calls build or throw.
   */
  Report build(String reportId, ReportRequest request, OutcomeView outcomes);
}
