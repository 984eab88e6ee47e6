package org.latih.kernel.plugin.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.latih.api.forms.Audience;
import org.latih.api.forms.FormDefinition;
import org.latih.api.forms.Item;
import org.latih.api.forms.Section;
import org.latih.api.forms.Timing;
import org.latih.api.reports.Chart;
import org.latih.api.reports.ChartKind;
import org.latih.api.reports.EnrolmentRow;
import org.latih.api.reports.KeyFigure;
import org.latih.api.reports.Report;
import org.latih.api.reports.ReportDefinition;
import org.latih.api.reports.ReportRequest;
import org.latih.api.reports.ResponseRow;
import org.latih.api.reports.Series;
import org.latih.api.reports.Table;
import org.latih.testing.plugin.PluginJars;
import org.latih.worker.protocol.Answer;
import org.latih.worker.protocol.OutcomeSnapshot;
import org.latih.worker.protocol.Protocol;
import org.latih.worker.protocol.Request;

class WorkerProcessTest {

  static final Duration WAIT = Duration.ofSeconds(1);
  static final Duration LONG = Duration.ofSeconds(30);

  static final OutcomeSnapshot DATA =
      new OutcomeSnapshot(
          "kupang",
          List.of(
              new EnrolmentRow("k-1", null, "Bappeda", 2025, true, 3),
              new EnrolmentRow("k-1", null, "Dinas Kesehatan", 2025, false, 3)),
          List.of(),
          List.of(),
          Map.of(
              "reaksi", List.of(new ResponseRow("reaksi", "k-1", null, null, Map.of("puas", "5")))),
          List.of());

  // A template-like report: figures, a table and a chart from the snapshot it was handed.
  static final String TEMPLATE_REPORT =
      "List<List<String>> rows = new ArrayList<>();\n"
          + "for (EnrolmentRow e : outcomes.enrolments()) {\n"
          + "  rows.add(List.of(e.unitKerja(), e.completed() ? \"lulus\" : \"belum\"));\n"
          + "}\n"
          + "return new Report(\"Ringkasan \" + outcomes.region(),\n"
          + "  List.of(new KeyFigure(\"Peserta\", String.valueOf(outcomes.enrolments().size()),"
          + " null)),\n"
          + "  List.of(new Table(\"Unit\", List.of(\"Unit kerja\", \"Status\"), rows)),\n"
          + "  List.of(new Chart(ChartKind.BAR, \"Puas\", List.of(\"puas\"), List.of(new"
          + " Series(\"n\", Arrays.asList(Double.NaN,"
          + " (double) outcomes.formResponses(\"reaksi\").size()))))),\n"
          + "  List.of(\"Tahun \" + request.year() + \".\"));";

  static WorkerSpec spec() {
    return WorkerSpec.defaults(WorkerLib.folder()).withSandbox(Sandbox.Mode.BWRAP);
  }

  static WorkerProcess start(PluginJars plugin, String id, List<String> faults) {
    return WorkerProcess.start(spec(), WorkerLib.write(plugin), id, faults::add);
  }

  @Test
  void aTemplateLikePluginAnswersItsFormsOnceAndBuildsAReportFromTheSnapshot() {
    PluginJars plugin =
        PluginJars.forms("uji-template", "1.2.0", PluginJars.oneForm("Kepuasan"))
            .withReports(TEMPLATE_REPORT);
    try (WorkerProcess worker = start(plugin, "uji-template", new ArrayList<>())) {
      WorkerReady ready = worker.ready();
      assertEquals("uji-template", ready.pluginId());
      assertEquals("1.2.0", ready.version());
      assertEquals(List.of(oneForm("Kepuasan")), ready.forms());
      assertEquals(List.of(new ReportDefinition("ringkasan", "Ringkasan", "Uji")), ready.reports());

      Report report = worker.build("ringkasan", new ReportRequest(null, 2025), DATA, WAIT, LONG);

      assertEquals(
          new Report(
              "Ringkasan kupang",
              List.of(new KeyFigure("Peserta", "2", null)),
              List.of(
                  new Table(
                      "Unit",
                      List.of("Unit kerja", "Status"),
                      List.of(List.of("Bappeda", "lulus"), List.of("Dinas Kesehatan", "belum")))),
              List.of(
                  new Chart(
                      ChartKind.BAR,
                      "Puas",
                      List.of("puas"),
                      List.of(new Series("n", Arrays.asList(Double.NaN, 1.0))))),
              List.of("Tahun 2025.")),
          report);
      assertTrue(worker.stats().orElseThrow().rssBytes() > 0);
    }
  }

  @Test
  void anUnknownReportAndAPluginExceptionAreToldAndTheWorkerServesOn() {
    PluginJars plugin =
        PluginJars.reports(
            "uji-throws",
            "1.0.0",
            "if (request.year() == 1) throw new IllegalStateException(\"tahun salah\");\n"
                + "return new Report(\"ok\", List.of(), List.of(), List.of(), List.of());");
    List<String> faults = new ArrayList<>();
    try (WorkerProcess worker = start(plugin, "uji-throws", faults)) {
      assertThrows(
          UnknownReportException.class,
          () -> worker.build("tidak-ada", new ReportRequest(null, null), DATA, WAIT, LONG));
      WorkerFault fault =
          assertThrows(
              WorkerFault.class,
              () -> worker.build("ringkasan", new ReportRequest(null, 1), DATA, WAIT, LONG));
      assertEquals("java.lang.IllegalStateException: tahun salah", fault.getMessage());

      assertTrue(worker.alive());
      assertEquals(
          "ok", worker.build("ringkasan", new ReportRequest(null, 2), DATA, WAIT, LONG).title());
      assertEquals(List.of(), faults);
    }
  }

  @Test
  @Timeout(60) // a worker that does not answer would leave readLine waiting
  void aRequestTheWorkerCannotReadIsAnsweredAsTheHostsFaultAndTheWorkerServesOn() throws Exception {
    PluginJars plugin =
        PluginJars.reports(
            "uji-baca",
            "1.0.0",
            "return new Report(\"ok\", List.of(), List.of(), List.of(), List.of());");
    // spoken to over its pipes directly: WorkerProcess never writes such a request
    Process process =
        new ProcessBuilder(Sandbox.command(spec(), WorkerLib.write(plugin), "uji-baca")).start();
    try (BufferedReader answers =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        OutputStream requests = process.getOutputStream()) {
      assertTrue(Protocol.readAnswer(answers.readLine().getBytes(StandardCharsets.UTF_8)).ok());

      // a column of decimals with a tag no decimal has, ahead of the request that names it
      requests.write(
          "#d\u0001\u0005.{\"v\":6,\"id\":5,\"op\":\"build\",\"report\":\"ringkasan\"}\n"
              .getBytes(StandardCharsets.UTF_8));
      requests.flush();
      Answer unreadable = Protocol.readAnswer(answers.readLine().getBytes(StandardCharsets.UTF_8));
      assertEquals(5, unreadable.id());
      assertFalse(unreadable.ok());
      assertEquals(Answer.UNREADABLE_REQUEST, unreadable.kind());

      Protocol.write(Request.build(6, "ringkasan", new ReportRequest(null, 2), DATA), requests);
      requests.flush();
      Answer built = Protocol.readAnswer(answers.readLine().getBytes(StandardCharsets.UTF_8));
      assertEquals(6, built.id());
      assertEquals("ok", built.report().title(), built::toString);
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void aWorkerThatLosesItsPlaceInTheRequestsEndsAsTheHostsFaultNotThePlugins() throws Exception {
    PluginJars plugin =
        PluginJars.reports(
            "uji-tersesat",
            "1.0.0",
            "return new Report(\"ok\", List.of(), List.of(), List.of(), List.of());");
    // The real worker, behind a "java" that puts a frame segment of no known kind ahead of
    // whatever the host writes: as if the host had a bug in writing frames.
    WorkerSpec base = spec();
    Path java = Files.createTempFile("latih-java-", ".sh");
    Files.writeString(
        java, "#!/bin/sh\n{ printf '#x'; exec cat; } | exec '" + base.java() + "' \"$@\"\n");
    java.toFile().setExecutable(true);
    WorkerSpec spec =
        new WorkerSpec(
            java,
            base.workerLib(),
            base.heapMiB(),
            base.callThreads(),
            base.maxAnswerBytes(),
            base.startTimeout(),
            Sandbox.Mode.NONE,
            base.maxThreads(),
            base.idleCpuLimit());
    List<String> faults = new ArrayList<>();
    try (WorkerProcess worker =
        WorkerProcess.start(spec, WorkerLib.write(plugin), "uji-tersesat", faults::add)) {
      IllegalStateException bug =
          assertThrows(
              IllegalStateException.class,
              () -> worker.build("ringkasan", new ReportRequest(null, null), DATA, WAIT, LONG));
      assertTrue(bug.getMessage().contains("unknown kind 120"), bug.getMessage());
      assertFalse(worker.alive());
      assertEquals(List.of(), faults, "the plugin is not blamed");
    } finally {
      Files.delete(java);
    }
  }

  @Test
  void whenEveryCallSlotStaysBusyTheNextCallerIsToldBusyNotThePluginFaulted() {
    PluginJars plugin =
        PluginJars.reports("uji-lambat", "1.0.0", "Thread.sleep(600_000); return null;");
    List<String> faults = new ArrayList<>();
    WorkerProcess worker = start(plugin, "uji-lambat", faults);
    List<CompletableFuture<Report>> slow = new ArrayList<>();
    for (int i = 0; i < spec().callThreads(); i++) {
      slow.add(
          CompletableFuture.supplyAsync(
              () -> worker.build("ringkasan", new ReportRequest(null, null), DATA, WAIT, LONG)));
    }
    while (worker.callsInFlight() < spec().callThreads()) {
      Thread.onSpinWait();
    }

    assertThrows(
        WorkerBusyException.class,
        () ->
            worker.build(
                "ringkasan", new ReportRequest(null, null), DATA, Duration.ofMillis(100), LONG));
    assertTrue(worker.alive());

    worker.close();
    for (CompletableFuture<Report> call : slow) {
      ExecutionException e = assertThrows(ExecutionException.class, call::get);
      assertInstanceOf(WorkerFault.class, e.getCause());
    }
    assertEquals(List.of(), faults, "closing is no fault");
    assertFalse(worker.alive());
  }

  @Test
  void whatAPluginPrintsNeverReachesTheProtocol() {
    PluginJars plugin =
        PluginJars.reports(
                "uji-cetak",
                "1.0.0",
                "for (int i = 0; i < 1000; i++) { System.out.println(\"}{\\\"v\\\":1,\\\"id\\\":1}\");"
                    + " System.out.print(\"\\0\\n\"); System.err.println(\"spam \" + i); }\n"
                    + "return new Report(\"bersih\", List.of(), List.of(), List.of(),"
                    + " List.of());")
            .onStart("System.out.println(\"{\\\"v\\\":1,\\\"id\\\":0,\\\"ok\\\":false}\");");
    try (WorkerProcess worker = start(plugin, "uji-cetak", new ArrayList<>())) {
      assertEquals(
          "bersih",
          worker.build("ringkasan", new ReportRequest(null, null), DATA, WAIT, LONG).title());
      assertTrue(worker.alive());
    }
  }

  static FormDefinition oneForm(String title) {
    return new FormDefinition(
        "kepuasan-peserta",
        1,
        title,
        "Evaluasi reaksi",
        Audience.PARTICIPANT,
        Timing.courseEnd(),
        true,
        List.of(
            new Section(
                "Materi",
                List.of(
                    Item.likert(
                        "materi-jelas",
                        "Materi disampaikan dengan jelas",
                        "materi",
                        List.of("STS", "TS", "S", "SS")),
                    Item.text("saran", "Saran")))));
  }
}
