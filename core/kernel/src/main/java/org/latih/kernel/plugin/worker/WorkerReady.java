package org.latih.kernel.plugin.worker;

import java.util.List;
import java.util.Map;
import org.latih.api.forms.FormDefinition;
import org.latih.api.reports.ReportDefinition;

/**
 * What a started worker said about its plugin, read once: the host keeps the definitions. {@code
 * reportsIn} holds the reports titled in the UI's further languages, by language tag.
 */
public record WorkerReady(
    String pluginId,
    String version,
    List<FormDefinition> forms,
    List<ReportDefinition> reports,
    Map<String, List<ReportDefinition>> reportsIn) {}
