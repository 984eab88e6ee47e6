package org.latih.evaluation.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.latih.api.reports.Report;
import org.latih.api.reports.ReportDefinition;
import org.latih.api.reports.ReportRequest;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.plugin.control.Plugins;
import org.latih.kernel.plugin.control.Plugins.Contribution;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.security.control.Caller;

/**
 * The plugins' reports for the caller's region: the list, and one report built by its plugin from
 * the region's outcome data. The data is read first, in its own transaction, and handed over whole;
 * the plugin then runs under the host's guard with no transaction or connection held for it.
 */
@ApplicationScoped
public class EvaluationReports {

  @Inject Plugins plugins;
  @Inject RegionOutcomes outcomes;

  public List<Contribution<ReportDefinition>> list(Caller caller) {
    return plugins.reportsFor(region(caller));
  }

  public Report build(
      Caller caller, String pluginId, String reportId, String course, Integer year) {
    Region region = region(caller);
    if (year != null && (year < 2000 || year > 2100)) {
      throw new InvalidInputException("year", "evaluation.year", year);
    }
    String code = course == null || course.isBlank() ? null : course.strip();
    ReportRequest request = new ReportRequest(code, year);
    return plugins.report(
        region, pluginId, reportId, request, () -> outcomes.load(region, request));
  }

  /** Reports are for staff of a region; a system admin without a region sees none. */
  private static Region region(Caller caller) {
    if (!caller.hasAny(Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.EVALUATOR, Role.INSTRUCTOR)) {
      throw new ForbiddenException("evaluation.staffOnly");
    }
    if (caller.region() == null) {
      throw new ForbiddenException("evaluation.noRegion");
    }
    return caller.region();
  }
}
