package org.latih.app.it;

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
import org.latih.api.reports.ReportRequest;
import org.latih.api.reports.Reports;
import org.pf4j.JarPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;

/**
 * A plugin jar run inside this JVM with PF4J's JarPluginManager, as the host ran plugins before
 * workers: the reference the worker's results are compared with.
 */
final class InProcessPlugin implements AutoCloseable {

  private final PluginManager manager;
  private final String id;
  private final String version;
  private final List<FormDefinition> forms = new ArrayList<>();
  private final List<ReportDefinition> reports = new ArrayList<>();
  private final Map<String, Reports> builders = new LinkedHashMap<>();

  InProcessPlugin(Path jar) {
    manager = new JarPluginManager(jar.getParent());
    id = manager.loadPlugin(jar);
    if (manager.startPlugin(id) != PluginState.STARTED) {
      throw new IllegalStateException("plugin " + id + " did not start in process");
    }
    version = manager.getPlugin(id).getDescriptor().getVersion();
    manager.getExtensions(EvaluationForms.class, id).forEach(point -> forms.addAll(point.forms()));
    for (Reports point : manager.getExtensions(Reports.class, id)) {
      for (ReportDefinition report : point.reports()) {
        reports.add(report);
        builders.putIfAbsent(report.id(), point);
      }
    }
  }

  String id() {
    return id;
  }

  String version() {
    return version;
  }

  List<FormDefinition> forms() {
    return forms;
  }

  List<ReportDefinition> reports() {
    return reports;
  }

  Report build(String reportId, ReportRequest request, OutcomeView data) {
    return builders.get(reportId).build(reportId, request, data);
  }

  @Override
  public void close() {
    manager.unloadPlugin(id); // stops it first
  }
}
