package org.latih.evaluation.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.latih.api.reports.Report;
import org.latih.api.reports.ReportDefinition;
import org.latih.api.reports.ReportRequest;
import org.latih.kernel.i18n.Messages;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.plugin.control.OutcomeLoads;
import org.latih.kernel.plugin.control.Plugins;
import org.latih.kernel.plugin.control.Plugins.Contribution;
import org.latih.kernel.plugin.control.SharedBuilds;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.security.control.Caller;
import org.latih.worker.protocol.OutcomeParts;
import org.latih.worker.protocol.OutcomeSnapshot;

/**
 * The plugins' reports for the caller's region: the list, and one report built by its plugin from
 * the region's outcome data. The parts of the data the report reads are read first, in their own
 * transaction, and handed over; the plugin then runs under the host's guard with no transaction or
 * connection held for it.
 */
@ApplicationScoped
public class EvaluationReports {

  @Inject Plugins plugins;
  @Inject RegionOutcomes outcomes;
  @Inject OutcomeLoads loads;

  /**
   * Views of different reports over the same data (the region and {@link ReportScope}; the report's
   * language does not count), waiting at once, share one reading of it: of every part they need.
   */
  private final SharedBuilds<ReportScope, OutcomeSnapshot> readings = new SharedBuilds<>();

  /** The reports, titled in Indonesian. */
  public List<Contribution<ReportDefinition>> list(Caller caller) {
    return list(caller, Messages.INDONESIAN);
  }

  /** The reports, titled in the reader's language where their plugin titles them so. */
  public List<Contribution<ReportDefinition>> list(Caller caller, Locale language) {
    return plugins.reportsFor(region(caller), tag(language));
  }

  /** One report, built in Indonesian. */
  public Report build(
      Caller caller, String pluginId, String reportId, String course, Integer year) {
    return build(caller, pluginId, reportId, course, year, Messages.INDONESIAN);
  }

  /** One report, built by its plugin in the reader's language ({@code language}). */
  public Report build(
      Caller caller,
      String pluginId,
      String reportId,
      String course,
      Integer year,
      Locale language) {
    Region region = region(caller);
    if (year != null && (year < 2000 || year > 2100)) {
      throw new InvalidInputException("year", "evaluation.year", year);
    }
    String code = course == null || course.isBlank() ? null : course.strip();
    ReportRequest request = new ReportRequest(code, year, tag(language));
    return plugins.report(
        region,
        pluginId,
        reportId,
        request,
        new Reading(region, ReportScope.of(region.id(), request)));
  }

  /**
   * One report's outcome data, read as its plugin asks for parts of it: each part once, however
   * many rounds the build takes ({@link org.latih.kernel.plugin.worker.ReportReads}).
   */
  private final class Reading implements Function<OutcomeParts, OutcomeSnapshot> {
    private final Region region;
    private final ReportScope scope;
    private OutcomeSnapshot read;
    private OutcomeParts parts = OutcomeParts.NONE;

    Reading(Region region, ReportScope scope) {
      this.region = region;
      this.scope = scope;
      this.read =
          new OutcomeSnapshot(region.code(), List.of(), List.of(), List.of(), Map.of(), List.of());
    }

    @Override
    public OutcomeSnapshot apply(OutcomeParts wanted) {
      OutcomeParts lacking = parts.lacking(wanted);
      if (!lacking.equals(OutcomeParts.NONE)) {
        OutcomeSnapshot more =
            readings.get(
                scope,
                lacking,
                OutcomeParts::with,
                needs -> loads.run(() -> outcomes.load(region, scope, needs)));
        read = read.with(more, lacking);
        parts = parts.with(lacking);
      }
      return read.only(wanted);
    }
  }

  /** The tag a plugin is told: "en" or "id", the languages the UI speaks. */
  private static String tag(Locale language) {
    return Messages.ENGLISH.getLanguage().equals(language == null ? null : language.getLanguage())
        ? "en"
        : "id";
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
