package org.latih.kernel.plugin.worker;

import java.util.List;
import org.latih.api.forms.FormDefinition;
import org.latih.api.reports.ReportDefinition;

/** What a started worker said about its plugin, read once: the host keeps the definitions. */
public record WorkerReady(
    String pluginId, String version, List<FormDefinition> forms, List<ReportDefinition> reports) {}
