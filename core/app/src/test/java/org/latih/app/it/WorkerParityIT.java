package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.latih.api.reports.Report;
import org.latih.api.reports.ReportDefinition;
import org.latih.api.reports.ReportRequest;
import org.latih.kernel.plugin.worker.ReportReads;
import org.latih.kernel.plugin.worker.Sandbox;
import org.latih.kernel.plugin.worker.WorkerProcess;
import org.latih.kernel.plugin.worker.WorkerReady;
import org.latih.kernel.plugin.worker.WorkerSpec;
import org.latih.worker.protocol.OutcomeParts;
import org.latih.worker.protocol.OutcomeSnapshot;

/**
 * The five regional plugins and the template run unchanged in sandboxed workers: each one's forms
 * and reports as its worker announces them are those it offers in process, and every report built
 * in the worker from a region's data, with and without a course or year, is the one it builds in
 * process from the same data, whether it is sent every part of the data or, as the host sends it,
 * only the parts it reads (none of the reports reads them all). Needs no server: the WAR's worker
 * class path and the built jars.
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
          Report expected = local.build(report.id(), request, region);
          assertEquals(
              expected,
              worker.build(report.id(), request, region, WAIT, LONG),
              () -> report.id() + " for " + request);
          assertEquals(expected, inParts(worker, report.id(), request, region), "in parts");
        }
        for (ReportRequest request :
            List.of(new ReportRequest(course, null), new ReportRequest(course, lastYear - 1))) {
          Report expected = local.build(report.id(), request, ofCourse);
          assertEquals(
              expected,
              worker.build(report.id(), request, ofCourse, WAIT, LONG),
              () -> report.id() + " for " + request);
          assertEquals(expected, inParts(worker, report.id(), request, ofCourse), "in parts");
        }
        assertFalse(
            reads.of(report.id()).covers(OutcomeParts.ALL),
            () -> report.id() + " read every part: " + reads.of(report.id()));
      }
      assertTrue(worker.alive());
    }
    assertEquals(List.of(), faults);
  }

  /** What the report reads, learnt across the builds of one plugin (one report id each). */
  private final ReportReads reads = new ReportReads();

  /**
   * Built as the host builds it: from only the parts of the data the report reads. The first time
   * the host knows none of them, and the build takes two calls: one sent nothing, in which the
   * plugin reads made-up rows and names every part it reads, then one sent those parts.
   */
  private Report inParts(
      WorkerProcess worker, String report, ReportRequest request, OutcomeSnapshot data) {
    boolean first = reads.of(report).equals(OutcomeParts.NONE);
    AtomicInteger calls = new AtomicInteger();
    Report built =
        reads.build(
            report,
            data::only,
            (sent, parts) -> {
              calls.incrementAndGet();
              return worker.build(report, request, sent, parts, WAIT, LONG);
            });
    if (first) {
      assertEquals(2, calls.get(), () -> report + ": calls of its first build");
    }
    return built;
  }
}
