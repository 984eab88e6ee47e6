package org.latih.kernel.plugin.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.latih.kernel.plugin.worker.WorkerProcessTest.DATA;
import static org.latih.kernel.plugin.worker.WorkerProcessTest.LONG;
import static org.latih.kernel.plugin.worker.WorkerProcessTest.WAIT;
import static org.latih.kernel.plugin.worker.WorkerProcessTest.spec;
import static org.latih.kernel.plugin.worker.WorkerProcessTest.start;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latih.api.reports.Report;
import org.latih.api.reports.ReportRequest;
import org.latih.testing.plugin.PluginJars;

/**
 * The attacker plugins of issue #13, each a real jar in a real worker: each fails harmlessly, with
 * a reason that says what it did, and reaches no socket, file or database of the server.
 */
class WorkerAttacksTest {

  private static final ReportRequest ANY = new ReportRequest(null, null);
  private static final String EMPTY =
      "return new Report(\"ok\", List.of(), List.of(), List.of(), List.of());";

  private final List<String> faults = new CopyOnWriteArrayList<>();

  @Test
  void aPluginReachesNeitherTheServersPortsNorADatabase() throws IOException {
    String body =
        "List<String> said = new ArrayList<>();\n"
            + "try (java.net.Socket s = new java.net.Socket(\"127.0.0.1\","
            + " Integer.parseInt(request.courseCode()))) { said.add(\"connected\"); }\n"
            + "catch (java.io.IOException e) { said.add(e.getClass().getName()); }\n"
            + "try { java.sql.DriverManager.getConnection(\"jdbc:postgresql://127.0.0.1:5432/latih\","
            + " \"latih\", \"latih\"); said.add(\"database\"); }\n"
            + "catch (java.sql.SQLException e) { said.add(e.getMessage()); }\n"
            + "return new Report(\"net\", List.of(), List.of(), List.of(), said);";
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        WorkerProcess worker =
            start(PluginJars.reports("uji-jdbc", "1.0.0", body), "uji-jdbc", faults)) {
      String port = Integer.toString(server.getLocalPort());

      Report report = worker.build("ringkasan", new ReportRequest(port, null), DATA, WAIT, LONG);

      assertEquals(
          List.of(
              "java.net.ConnectException",
              "No suitable driver found for jdbc:postgresql://127.0.0.1:5432/latih"),
          report.narrative(),
          "the test's own listening port is not reachable from the sandbox");
    }
  }

  @Test
  void aPluginCannotSeeTheDataDirectory(@TempDir Path dataDir) throws IOException {
    Path secret = Files.writeString(dataDir.resolve("respondent.key"), "rahasia");
    String body =
        "List<String> said = new ArrayList<>();\n"
            + "for (String path : List.of(request.courseCode(), \"/etc/passwd\", \"/root\")) {\n"
            + "  try { said.add(java.nio.file.Files.readString(java.nio.file.Path.of(path))); }\n"
            + "  catch (java.io.IOException e) { said.add(e.getClass().getSimpleName()); }\n"
            + "}\n"
            + "return new Report(\"files\", List.of(), List.of(), List.of(), said);";
    try (WorkerProcess worker =
        start(PluginJars.reports("uji-file", "1.0.0", body), "uji-file", faults)) {
      Report report =
          worker.build("ringkasan", new ReportRequest(secret.toString(), null), DATA, WAIT, LONG);

      assertEquals(
          List.of("NoSuchFileException", "NoSuchFileException", "NoSuchFileException"),
          report.narrative());
    }
  }

  @Test
  void systemExitInACallEndsOnlyTheWorkerAndANewOneStarts() {
    PluginJars plugin = PluginJars.reports("uji-exit", "1.0.0", "System.exit(3); return null;");
    WorkerProcess worker = start(plugin, "uji-exit", faults);

    WorkerFault fault =
        assertThrows(WorkerFault.class, () -> worker.build("ringkasan", ANY, DATA, WAIT, LONG));

    assertTrue(fault.getMessage().startsWith("worker exited with code 3"), fault.getMessage());
    assertFalse(worker.alive());
    assertEquals(List.of(fault.getMessage()), faults);
    try (WorkerProcess again = start(plugin, "uji-exit", faults)) {
      assertTrue(again.alive());
    }
  }

  @Test
  void aPluginThatHaltsWhileStartingFailsItsStartCleanly() {
    PluginJars plugin =
        PluginJars.reports("uji-halt", "1.0.0", EMPTY).onStart("Runtime.getRuntime().halt(7);");

    WorkerFault fault = assertThrows(WorkerFault.class, () -> start(plugin, "uji-halt", faults));

    assertTrue(
        fault.getMessage().startsWith("did not start: worker exited with code 7"),
        fault.getMessage());
    assertEquals(List.of(), faults, "a start that fails is the caller's to handle");
  }

  @Test
  void aJarWithAnotherPluginsIdDoesNotStart() {
    PluginJars plugin = PluginJars.reports("uji-lain", "1.0.0", EMPTY);

    WorkerFault fault = assertThrows(WorkerFault.class, () -> start(plugin, "uji-asli", faults));

    assertTrue(fault.getMessage().contains("'uji-lain', not 'uji-asli'"), fault.getMessage());
  }

  @Test
  void anEndlessLoopIsKilledAtTheTimeLimit() {
    PluginJars plugin = PluginJars.reports("uji-loop", "1.0.0", "while (true) { }");
    WorkerProcess worker = start(plugin, "uji-loop", faults);
    long pid = worker.stats().orElseThrow().pid();

    WorkerFault fault =
        assertThrows(
            WorkerFault.class,
            () -> worker.build("ringkasan", ANY, DATA, WAIT, Duration.ofSeconds(2)));

    assertEquals("no answer within 2000 ms", fault.getMessage());
    assertFalse(worker.alive());
    ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
  }

  @Test
  void aPluginStartingHundredsOfThreadsIsKilledByTheWatchdog() throws InterruptedException {
    PluginJars plugin =
        PluginJars.reports(
            "uji-thread",
            "1.0.0",
            "for (int i = 0; i < 500; i++) { Thread t = new Thread(() -> { try {"
                + " Thread.sleep(600_000); } catch (InterruptedException e) { } }); t.start(); }\n"
                + "Thread.sleep(600_000); return null;");
    WorkerProcess worker = start(plugin, "uji-thread", faults);

    WorkerFault fault =
        assertThrows(WorkerFault.class, () -> worker.build("ringkasan", ANY, DATA, WAIT, LONG));

    assertTrue(
        fault.getMessage().matches("started \\d+ threads \\(at most 64\\)"), fault.getMessage());
    assertEquals(List.of(fault.getMessage()), faults);

    // and the watchdog still looks after the next worker
    faults.clear();
    aPluginSpinningBetweenCallsIsKilledByTheWatchdog();
  }

  @Test
  void aPluginSpinningBetweenCallsIsKilledByTheWatchdog() throws InterruptedException {
    PluginJars plugin =
        PluginJars.reports("uji-spin", "1.0.0", EMPTY)
            .onStart(
                "Thread t = new Thread(() -> { while (true) { } }); t.setDaemon(true); t.start();");
    WorkerProcess worker = start(plugin, "uji-spin", faults);

    while (faults.isEmpty()) {
      Thread.sleep(100); // awaiting the watchdog, which looks once a second
    }

    assertTrue(faults.get(0).startsWith("kept a core busy between calls"), faults.get(0));
    assertFalse(worker.alive());
  }

  @Test
  void aHugeAnswerIsCutOffAndKillsTheWorker() {
    PluginJars plugin =
        PluginJars.reports(
            "uji-besar",
            "1.0.0",
            "return new Report(\"x\".repeat(20 << 20), List.of(), List.of(), List.of(), List.of());");
    WorkerProcess worker = start(plugin, "uji-besar", faults);

    WorkerFault fault =
        assertThrows(WorkerFault.class, () -> worker.build("ringkasan", ANY, DATA, WAIT, LONG));

    assertEquals("answered more than 8 MiB in one line", fault.getMessage());
    assertFalse(worker.alive());
  }

  @Test
  void aHugeAllocationEndsTheWorkerOnItsOwnHeapLimit() {
    PluginJars plugin =
        PluginJars.reports("uji-memori", "1.0.0", "long[] all = new long[1 << 30]; return null;");
    WorkerProcess worker = start(plugin, "uji-memori", faults);

    WorkerFault fault =
        assertThrows(WorkerFault.class, () -> worker.build("ringkasan", ANY, DATA, WAIT, LONG));

    assertTrue(fault.getMessage().startsWith("worker exited with code 3"), fault.getMessage());
    assertTrue(fault.getMessage().contains("OutOfMemoryError"), fault.getMessage());
  }

  @Test
  void closingEndsTheWorkerProcessTree() {
    WorkerProcess worker =
        start(PluginJars.reports("uji-tutup", "1.0.0", EMPTY), "uji-tutup", faults);
    long pid = worker.stats().orElseThrow().pid();

    worker.close();

    ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
    assertFalse(worker.alive());
    assertEquals(List.of(), faults);
    assertEquals(spec().maxThreads(), 64);
  }
}
