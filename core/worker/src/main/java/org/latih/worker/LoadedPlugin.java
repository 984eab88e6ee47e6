package org.latih.worker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.latih.api.forms.EvaluationForms;
import org.latih.api.forms.FormDefinition;
import org.latih.api.reports.OutcomeView;
import org.latih.api.reports.Report;
import org.latih.api.reports.ReportDefinition;
import org.latih.api.reports.Reports;
import org.latih.worker.protocol.Answer;
import org.latih.worker.protocol.Request;
import org.pf4j.JarPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/** The one plugin this worker runs, started, with its form and report definitions read once. */
final class LoadedPlugin {

  /** The languages of the UI besides Indonesian, in which report definitions are read too. */
  static final List<String> FURTHER_LANGUAGES = List.of("en");

  private final String id;
  private final String version;
  private final List<FormDefinition> forms;
  private final List<ReportDefinition> reports;
  private final Map<String, List<ReportDefinition>> reportsIn;
  private final Map<String, Reports> builders;

  private LoadedPlugin(
      String id,
      String version,
      List<FormDefinition> forms,
      List<ReportDefinition> reports,
      Map<String, List<ReportDefinition>> reportsIn,
      Map<String, Reports> builders) {
    this.id = id;
    this.version = version;
    this.forms = forms;
    this.reports = reports;
    this.reportsIn = reportsIn;
    this.builders = builders;
  }

  /**
   * Loads and starts the plugin in {@code jar}.
   *
   * @throws IllegalStateException when the jar holds another plugin, it does not start, or it
   *     offers no extension
   */
  static LoadedPlugin load(Path jar, String expectedId) {
    PluginManager manager = new JarPluginManager(jar.toAbsolutePath().getParent());
    String id = manager.loadPlugin(jar);
    if (!expectedId.equals(id)) {
      throw new IllegalStateException(
          "the jar holds plugin '" + id + "', not '" + expectedId + "'");
    }
    PluginWrapper plugin = manager.getPlugin(id);
    if (manager.startPlugin(id) != PluginState.STARTED) {
      Throwable why = plugin.getFailedException();
      throw new IllegalStateException(
          "plugin '" + id + "' did not start" + (why == null ? "" : ": " + Failures.describe(why)));
    }
    List<EvaluationForms> formPoints = manager.getExtensions(EvaluationForms.class, id);
    List<Reports> reportPoints = manager.getExtensions(Reports.class, id);
    if (formPoints.isEmpty() && reportPoints.isEmpty()) {
      throw new IllegalStateException(
          "plugin '"
              + id
              + "' offers no extension (EvaluationForms or Reports): mark the classes with"
              + " @Extension and build with PF4J's annotation processor, so the jar holds"
              + " META-INF/extensions.idx");
    }
    List<FormDefinition> forms = new ArrayList<>();
    formPoints.forEach(point -> forms.addAll(point.forms()));
    List<ReportDefinition> reports = new ArrayList<>();
    Map<String, Reports> builders = new LinkedHashMap<>();
    Map<String, List<ReportDefinition>> reportsIn = new LinkedHashMap<>();
    for (Reports point : reportPoints) {
      for (ReportDefinition report : point.reports()) {
        reports.add(report);
        builders.putIfAbsent(report.id(), point);
      }
      for (String language : FURTHER_LANGUAGES) {
        List<ReportDefinition> titled = point.reports(language);
        // none in that language: the host lists the Indonesian ones
        reportsIn
            .computeIfAbsent(language, k -> new ArrayList<>())
            .addAll(titled == null ? List.of() : titled);
      }
    }
    reportsIn.replaceAll((language, list) -> List.copyOf(list));
    return new LoadedPlugin(
        id,
        plugin.getDescriptor().getVersion(),
        List.copyOf(forms),
        List.copyOf(reports),
        Map.copyOf(reportsIn),
        builders);
  }

  Answer ready() {
    return Answer.ready(id, version, forms, reports, reportsIn);
  }

  /**
   * The answer to one request; whatever the plugin throws is told, never thrown. The answer names
   * the parts of the outcome data the plugin read ({@link WatchedOutcomes}).
   */
  Answer answer(Request request) {
    if (!Request.BUILD.equals(request.op())) {
      return Answer.failed(request.id(), "unknown op '" + request.op() + "'");
    }
    Reports builder = builders.get(request.report());
    if (builder == null) {
      return Answer.unknownReport(request.id(), request.report());
    }
    OutcomeView data = request.outcomes();
    WatchedOutcomes outcomes =
        new WatchedOutcomes(
            data,
            request.sent(),
            new StandInOutcomes(data == null ? null : data.region(), request.request(), forms));
    Answer answer;
    try {
      Report report = builder.build(request.report(), request.request(), outcomes);
      answer =
          report == null
              ? Answer.failed(
                  request.id(), "report '" + request.report() + "' built nothing (null)")
              : Answer.built(request.id(), report, outcomes.reads());
    } catch (Throwable t) {
      answer = Answer.failed(request.id(), Failures.describe(t));
    }
    // built from made-up parts, whatever came of it is void: an exception too, thrown by code
    // that did not expect such rows
    return outcomes.missed() ? Answer.needsData(request.id(), outcomes.reads()) : answer;
  }
}
