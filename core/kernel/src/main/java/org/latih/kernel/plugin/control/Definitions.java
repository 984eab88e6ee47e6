package org.latih.kernel.plugin.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.latih.api.forms.FormDefinition;
import org.latih.api.reports.ReportDefinition;
import org.latih.kernel.plugin.worker.WorkerReady;
import org.latih.worker.protocol.RecordCodec;

/**
 * What one installed version of a plugin offers, as its worker read it once at start: kept as JSON
 * with the install, so listing and filling in forms never runs plugin code. Read back through the
 * api records' constructors, the same checks a form gets when it arrives from the worker.
 */
public record Definitions(List<FormDefinition> forms, List<ReportDefinition> reports) {

  public Definitions {
    forms = List.copyOf(forms);
    reports = List.copyOf(reports);
  }

  static Definitions of(WorkerReady ready) {
    return new Definitions(ready.forms(), ready.reports());
  }

  boolean offersReport(String reportId) {
    return reports.stream().anyMatch(r -> r.id().equals(reportId));
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
