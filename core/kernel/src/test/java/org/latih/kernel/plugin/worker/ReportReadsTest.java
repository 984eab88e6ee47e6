package org.latih.kernel.plugin.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.latih.kernel.plugin.worker.WorkerProcessTest.DATA;
import static org.latih.kernel.plugin.worker.WorkerProcessTest.LONG;
import static org.latih.kernel.plugin.worker.WorkerProcessTest.TEMPLATE_REPORT;
import static org.latih.kernel.plugin.worker.WorkerProcessTest.WAIT;
import static org.latih.kernel.plugin.worker.WorkerProcessTest.start;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.latih.api.reports.AttendanceRow;
import org.latih.api.reports.Report;
import org.latih.api.reports.ReportRequest;
import org.latih.testing.plugin.PluginJars;
import org.latih.worker.protocol.OutcomeParts;
import org.latih.worker.protocol.OutcomeSnapshot;

/** A real worker told only parts of the outcome data, and the host's rounds that follow. */
class ReportReadsTest {

  private static final ReportRequest REQUEST = new ReportRequest(null, 2025);
  private static final OutcomeParts TEMPLATE_READS =
      new OutcomeParts(true, false, false, false, List.of("reaksi"));

  /** Builds through {@code reads}, noting the parts each round sent. */
  private static Report build(
      ReportReads reads, WorkerProcess worker, String report, List<OutcomeParts> rounds) {
    return reads.build(
        report,
        DATA::only,
        (data, sent) -> {
          rounds.add(sent);
          return worker.build(report, REQUEST, data, sent, WAIT, LONG);
        });
  }

  @Test
  void aReportIsBuiltAgainWithWhatItAskedForThenSentOnlyThat() {
    PluginJars plugin = PluginJars.reports("uji-bagian", "1.0.0", TEMPLATE_REPORT);
    List<String> faults = new ArrayList<>();
    try (WorkerProcess worker = start(plugin, "uji-bagian", faults)) {
      Built none =
          worker.build(
              "ringkasan", REQUEST, DATA.only(OutcomeParts.NONE), OutcomeParts.NONE, WAIT, LONG);
      assertNull(none.report(), "built from nothing: void");
      assertEquals(TEMPLATE_READS, none.reads());

      Report whole = worker.build("ringkasan", REQUEST, DATA, WAIT, LONG);
      ReportReads reads = new ReportReads();
      List<OutcomeParts> rounds = new ArrayList<>();
      assertEquals(whole, build(reads, worker, "ringkasan", rounds));
      assertEquals(List.of(OutcomeParts.NONE, TEMPLATE_READS), rounds, "the first build");

      rounds.clear();
      assertEquals(whole, build(reads, worker, "ringkasan", rounds));
      assertEquals(List.of(TEMPLATE_READS), rounds, "later builds: what it read, in one round");
      assertEquals(List.of(), faults, "asking for more is no fault");
      assertTrue(worker.alive());
    }
  }

  @Test
  void partsNotSentReadAsMadeUpRowsSoReadingBehindAnEmptyCheckIsLearntAtOnce() {
    // stops at an empty table, as several regional reports do; past it, counts on an answer that
    // the made-up responses (to a form not its own) do not give, and throws without it
    PluginJars plugin =
        PluginJars.reports(
            "uji-kosong",
            "1.0.0",
            "if (outcomes.attendance().isEmpty()) {\n"
                + "  return new Report(\"kosong\", List.of(), List.of(), List.of(), List.of());\n"
                + "}\n"
                + "int puas = Integer.parseInt("
                + "outcomes.formResponses(\"reaksi\").get(0).answers().get(\"puas\"));\n"
                + "return new Report(outcomes.enrolments().get(0).unitKerja() + \" \" + puas,"
                + " List.of(), List.of(), List.of(), List.of());");
    List<String> faults = new ArrayList<>();
    try (WorkerProcess worker = start(plugin, "uji-kosong", faults)) {
      ReportReads reads = new ReportReads();
      List<OutcomeParts> rounds = new ArrayList<>();
      // sent nothing, it found made-up attendance and read the form, then threw; sent those two,
      // it stops at DATA's empty attendance
      assertEquals("kosong", build(reads, worker, "ringkasan", rounds).title());
      OutcomeParts attendanceAndForm =
          new OutcomeParts(false, true, false, false, List.of("reaksi"));
      assertEquals(List.of(OutcomeParts.NONE, attendanceAndForm), rounds);

      // with attendance and the answer, it reads the enrolments too: a round more, then learnt
      OutcomeSnapshot withAttendance =
          new OutcomeSnapshot(
              DATA.region(),
              DATA.enrolments(),
              List.of(new AttendanceRow("k-1", null, "Sesi 1", "webinar", "Bappeda", true)),
              List.of(),
              Map.of("reaksi", DATA.formResponses("reaksi")),
              List.of());
      rounds.clear();
      Report report =
          reads.build(
              "ringkasan",
              withAttendance::only,
              (data, sent) -> {
                rounds.add(sent);
                return worker.build("ringkasan", REQUEST, data, sent, WAIT, LONG);
              });
      assertEquals("Bappeda 5", report.title());
      OutcomeParts all =
          attendanceAndForm.with(new OutcomeParts(true, false, false, false, List.of()));
      assertEquals(List.of(attendanceAndForm, all), rounds);
      assertEquals(all, reads.of("ringkasan"));
      assertEquals(List.of(), faults, "an exception thrown on made-up rows is no fault");
    }
  }

  @Test
  void aPluginThatKeepsAskingForMoreGetsEveryPartInTheLastRound() {
    PluginJars plugin =
        PluginJars.reports(
            "uji-rakus",
            "1.0.0",
            "outcomes.formResponses(\"f\" + System.nanoTime());\n"
                + "return new Report(\"ok\", List.of(), List.of(), List.of(), List.of());");
    try (WorkerProcess worker = start(plugin, "uji-rakus", new ArrayList<>())) {
      List<OutcomeParts> rounds = new ArrayList<>();
      assertEquals("ok", build(new ReportReads(), worker, "ringkasan", rounds).title());
      assertEquals(ReportReads.ROUNDS, rounds.size());
      assertEquals(OutcomeParts.ALL, rounds.get(ReportReads.ROUNDS - 1));
    }
  }
}
