package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.latih.api.reports.Report;
import org.latih.api.reports.ReportDefinition;
import org.latih.api.reports.ReportRequest;
import org.latih.kernel.plugin.worker.Sandbox;
import org.latih.kernel.plugin.worker.WorkerProcess;
import org.latih.kernel.plugin.worker.WorkerReady;
import org.latih.kernel.plugin.worker.WorkerSpec;
import org.latih.worker.protocol.OutcomeSnapshot;

/**
 * The five regional plugins and the template run unchanged in sandboxed workers: each one's forms
 * and reports as its worker announces them are those it offers in process, and every report built
 * in the worker from a region's data, with and without a course or year, is the one it builds in
 * process from the same data. Needs no server: the WAR's worker class path and the built jars.
 */
class WorkerParityIT {

  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final Duration LONG = Duration.ofSeconds(60);

  static Stream<PluginArtifacts.Built> plugins() {
    return PluginArtifacts.all().stream();
  }

  @ParameterizedTest
  @MethodSource("plugins")
  void theWorkerAnnouncesAndBuildsWhatThePluginDoesInProcess(PluginArtifacts.Built plugin) {
    WorkerSpec spec =
        WorkerSpec.defaults(PluginArtifacts.workerLib()).withSandbox(Sandbox.Mode.BWRAP);
    List<String> faults = new ArrayList<>();
    try (InProcessPlugin local = new InProcessPlugin(plugin.jar());
        WorkerProcess worker = WorkerProcess.start(spec, plugin.jar(), plugin.id(), faults::add)) {
      WorkerReady ready = worker.ready();
      assertEquals(local.id(), ready.pluginId());
      assertEquals(local.version(), ready.version());
      assertEquals(local.forms(), ready.forms());
      assertEquals(local.reports(), ready.reports());
      assertFalse(ready.reports().isEmpty(), plugin + " offers no report");

      OutcomeSnapshot region =
          SyntheticOutcomes.generate(
              plugin.module(), SyntheticOutcomes.Size.small(), local.forms(), 13);
      String course = SyntheticOutcomes.course(1);
      OutcomeSnapshot ofCourse = SyntheticOutcomes.ofCourse(region, course);
      int lastYear = SyntheticOutcomes.FIRST_YEAR + SyntheticOutcomes.Size.small().years() - 1;
      for (ReportDefinition report : ready.reports()) {
        Report whole = local.build(report.id(), new ReportRequest(null, null), region);
        assertTrue(
            !whole.tables().isEmpty() || !whole.keyFigures().isEmpty(),
            () -> report.id() + " built nothing from the region's data: " + whole);
        assertEquals(
            whole, worker.build(report.id(), new ReportRequest(null, null), region, WAIT, LONG));
        for (ReportRequest request :
            List.of(new ReportRequest(null, lastYear - 1), new ReportRequest(null, lastYear))) {
          assertEquals(
              local.build(report.id(), request, region),
              worker.build(report.id(), request, region, WAIT, LONG),
              () -> report.id() + " for " + request);
        }
        for (ReportRequest request :
            List.of(new ReportRequest(course, null), new ReportRequest(course, lastYear - 1))) {
          assertEquals(
              local.build(report.id(), request, ofCourse),
              worker.build(report.id(), request, ofCourse, WAIT, LONG),
              () -> report.id() + " for " + request);
        }
      }
      assertTrue(worker.alive());
    }
    assertEquals(List.of(), faults);
  }
}
