package org.latih.kernel.plugin.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.latih.api.forms.FormDefinition;
import org.latih.api.reports.ReportDefinition;
import org.latih.kernel.plugin.worker.WorkerReady;
import org.latih.worker.protocol.RecordCodec;

/**
 * What one installed version of a plugin offers, as its worker read it once at start: kept as JSON
 * with the install, so listing and filling in forms never runs plugin code. Read back through the
 * api records' constructors, the same checks a form gets when it arrives from the worker.
 *
 * @param reports the reports, titled in Indonesian
 * @param reportsIn the same reports titled in further languages, by language tag ({@code "en"});
 *     empty for an install kept before reports were read in more than one language
 */
public record Definitions(
    List<FormDefinition> forms,
    List<ReportDefinition> reports,
    Map<String, List<ReportDefinition>> reportsIn) {

  public Definitions {
    forms = List.copyOf(forms);
    reports = List.copyOf(reports);
    Map<String, List<ReportDefinition>> kept = new LinkedHashMap<>();
    if (reportsIn != null) {
      reportsIn.forEach(
          (language, list) -> {
            if (language != null && list != null) {
              kept.put(language, List.copyOf(list));
            }
          });
    }
    reportsIn = Map.copyOf(kept);
  }

  public Definitions(List<FormDefinition> forms, List<ReportDefinition> reports) {
    this(forms, reports, Map.of());
  }

  static Definitions of(WorkerReady ready) {
    return new Definitions(ready.forms(), ready.reports(), ready.reportsIn());
  }

  /**
   * Whether these were kept before report titles were read in every language: a worker now always
   * says, for a plugin with reports, how it titles them in each further language.
   */
  boolean keptBeforeLanguages() {
    return !reports.isEmpty() && reportsIn.isEmpty();
  }

  boolean offersReport(String reportId) {
    return reports.stream().anyMatch(r -> r.id().equals(reportId));
  }

  /**
   * The reports titled in {@code language} (a tag such as {@code "en"}), each one the plugin did
   * not title in it in Indonesian; Indonesian for null or a language the plugin was not asked in.
   */
  List<ReportDefinition> reports(String language) {
    List<ReportDefinition> translated = language == null ? null : reportsIn.get(language);
    if (translated == null || translated.isEmpty()) {
      return reports;
    }
    Map<String, ReportDefinition> byId =
        translated.stream()
            .collect(Collectors.toMap(ReportDefinition::id, Function.identity(), (a, b) -> a));
    return reports.stream().map(r -> byId.getOrDefault(r.id(), r)).toList();
  }

  String json() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RecordCodec.write(this, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static Definitions parse(String json) {
    return RecordCodec.read(json.getBytes(StandardCharsets.UTF_8), Definitions.class);
  }
}
