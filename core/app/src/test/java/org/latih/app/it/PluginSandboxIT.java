package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latih.testing.plugin.PluginJars;

/**
 * Plugins written by an attacker with a regional admin account, as real jars installed through the
 * API and run in their region's worker process (bubblewrap on Linux): each fails harmlessly. The
 * server keeps answering, nothing outside the worker is reachable, the plugin is marked failed only
 * for its own fault and comes back by itself after its backoff, and another region's plugin keeps
 * serving throughout.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PluginSandboxIT {

  private static final String JAR = "application/java-archive";
  private static final String REPORT = PluginJars.REPORT;

  /** A healthy report: the region the host handed over, and how many enrolments it holds. */
  private static final String ECHO =
      "return new Report(\"gema\", List.of(), List.of(), List.of(),"
          + " List.of(outcomes.region(), String.valueOf(outcomes.enrolments().size())));";

  @ArquillianResource URL base;

  private Api kupang;
  private Api solok;
  private String witness;

  @BeforeEach
  void aHealthyPluginInAnotherRegion() {
    kupang = People.signIn(base, People.create(base, "kupang", "REGIONAL_ADMIN", "EVALUATOR"));
    solok = People.signIn(base, People.create(base, "solok", "REGIONAL_ADMIN", "EVALUATOR"));
    witness = install(solok, PluginJars.reports(PluginJars.newId("saksi"), "1.0.0", ECHO));
  }

  @AfterEach
  void removeTheWitness() {
    remove(solok, witness);
  }

  @Test
  void aReportSeesOnlyItsOwnRegionsData() {
    String id = install(kupang, PluginJars.reports(PluginJars.newId("gema"), "1.0.0", ECHO));
    assertEquals("kupang", narrative(build(kupang, id)).get(0));
    assertEquals("solok", narrative(build(solok, witness)).get(0));
    remove(kupang, id);
  }

  @Test
  void noSocketDatabaseFileOrEnvironmentOfTheServerIsReachable() {
    int port = base.getPort();
    Path dataDir = Path.of(System.getProperty("latih.it.data.dir")).toAbsolutePath();
    String body =
        "List<String> said = new ArrayList<>();\n"
            + "for (int port : new int[] {5432, "
            + port
            + "}) {\n"
            + "  try (java.net.Socket s = new java.net.Socket(\"127.0.0.1\", port)) {"
            + " said.add(\"connected \" + port); }\n"
            + "  catch (java.io.IOException e) { said.add(e.getClass().getSimpleName()); }\n"
            + "}\n"
            + "try { java.sql.DriverManager.getConnection(\"jdbc:h2:"
            + dataDir
            + "/db/latih\"); said.add(\"database\"); }\n"
            + "catch (java.sql.SQLException e) { said.add(\"no database\"); }\n"
            + "for (String file : List.of(\""
            + dataDir.resolve("respondent.key")
            + "\", \""
            + dataDir.resolve("plugins")
            + "\", \"/etc/passwd\")) {\n"
            + "  said.add(java.nio.file.Files.exists(java.nio.file.Path.of(file)) ? \"seen \" + file"
            + " : \"absent\");\n"
            + "}\n"
            + "said.add(String.join(\",\", new java.util.TreeSet<>(System.getenv().keySet())));\n"
            + "return new Report(\"jahat\", List.of(), List.of(), List.of(), said);";
    String id = install(kupang, PluginJars.reports(PluginJars.newId("intip"), "1.0.0", body));
    assertEquals(
        List.of(
            "ConnectException",
            "ConnectException",
            "no database",
            "absent",
            "absent",
            "absent",
            "LANG,PWD"),
        narrative(build(kupang, id)));
    remove(kupang, id);
  }

  @Test
  void exitingHaltingAndHugePluginsAreFailedForTheirOwnFaultOnly() {
    assertFailsWith("System.exit(3); return null;", "exited with code 3");
    assertFailsWith("long[] all = new long[1 << 30]; return null;", "OutOfMemoryError");
    assertFailsWith(
        "return new Report(\"x\".repeat(20 << 20), List.of(), List.of(), List.of(), List.of());",
        "more than 8 MiB");
    assertFailsWith(
        "for (int i = 0; i < 500; i++) { Thread t = new Thread(() -> { try {"
            + " Thread.sleep(600_000); } catch (InterruptedException e) { } }); t.start(); }\n"
            + "Thread.sleep(600_000); return null;",
        "threads");

    // a plugin that halts while starting is refused at install, and nothing is recorded
    String halting = PluginJars.newId("henti");
    String refused =
        kupang
            .postBytes(
                "api/v1/plugins",
                JAR,
                PluginJars.reports(halting, "1.0.0", ECHO)
                    .onStart("Runtime.getRuntime().halt(7);")
                    .bytes())
            .problem(400);
    assertTrue(refused.contains("exited with code 7"), refused);
    kupang.get("api/v1/plugins/" + halting).problem(404);
  }

  @Test
  void aPluginThatKeepsACoreBusyBetweenCallsIsStoppedAndMarkedFailed() throws Exception {
    String id =
        install(
            kupang,
            PluginJars.reports(PluginJars.newId("putar"), "1.0.0", ECHO)
                .onStart(
                    "Thread t = new Thread(() -> { while (true) { } }); t.setDaemon(true);"
                        + " t.start();"));
    JsonObject failed =
        Waits.until(
            () -> kupang.get("api/v1/plugins/" + id).json(),
            p -> "FAILED".equals(p.getString("state")),
            Duration.ofSeconds(60));
    assertEquals("FAILED", failed.getString("state"), failed::toString);
    assertTrue(failed.getString("error").contains("busy between calls"), failed::toString);
    assertEquals("solok", narrative(build(solok, witness)).get(0));
    remove(kupang, id);
  }

  @Test
  void aHungPluginIsKilledAndItsRegionRecoversWithoutARestart() throws Exception {
    // hangs only while the marker says so: the retry after the backoff then finds it healthy
    String id =
        install(
            kupang,
            PluginJars.reports(
                PluginJars.newId("macet"),
                "1.0.0",
                "if (\"macet\".equals(request.courseCode())) { while (true) { } }\n" + ECHO));
    CompletableFuture<Api.Reply> hanging =
        CompletableFuture.supplyAsync(() -> kupang.get(reportPath(id) + "?course=macet"));
    int answeredMeanwhile = 0;
    while (!hanging.isDone()) {
      assertEquals(200, Api.anonymous(base).get("api/v1/ping").status());
      assertEquals(200, build(solok, witness).status());
      answeredMeanwhile++;
    }
    assertTrue(answeredMeanwhile > 0, "the server and another region answered meanwhile");
    String detail = hanging.get().problem(502, "plugin-failed");
    assertTrue(detail.contains("no answer within 5000 ms"), detail);
    JsonObject failed = kupang.get("api/v1/plugins/" + id).json();
    assertEquals("FAILED", failed.getString("state"), failed::toString);
    assertTrue(failed.containsKey("retryAt"), failed::toString);

    JsonObject back =
        Waits.until(
            () -> kupang.get("api/v1/plugins/" + id).json(),
            p -> "INSTALLED".equals(p.getString("state")),
            Duration.ofSeconds(60));
    assertEquals("INSTALLED", back.getString("state"), back::toString);
    assertEquals("kupang", narrative(build(kupang, id)).get(0));
    JsonArray audit = (JsonArray) kupang.get("api/v1/plugins/" + id + "/audit").structure();
    assertEquals(
        List.of("INSTALL", "FAIL", "RECOVER"),
        audit.getValuesAs(JsonObject.class).stream().map(a -> a.getString("action")).toList());
    remove(kupang, id);
  }

  @Test
  void aPluginDisabledWhileItsRetryStartsStaysDisabled() throws Exception {
    // starts slowly, so that its admin can disable it while the supervisor's retry starts it
    String id =
        install(
            kupang,
            PluginJars.reports(
                    PluginJars.newId("ragu"),
                    "1.0.0",
                    "if (\"macet\".equals(request.courseCode())) { while (true) { } }\n" + ECHO)
                .onStart("Thread.sleep(4000);"));
    kupang.get(reportPath(id) + "?course=macet").problem(502, "plugin-failed");
    assertFalse(
        Waits.until(() -> workerRuns(id), runs -> !runs, Duration.ofSeconds(30)),
        "the hung worker is killed");
    assertTrue(
        Waits.until(() -> workerRuns(id), runs -> runs, Duration.ofSeconds(60)),
        "the retry after the backoff starts a worker");

    JsonObject disabled = kupang.post("api/v1/plugins/" + id + "/disable", "{}").json();
    assertEquals("DISABLED", disabled.getString("state"), disabled::toString);
    assertFalse(
        Waits.until(() -> workerRuns(id), runs -> !runs, Duration.ofSeconds(30)),
        "the retry's worker is stopped once it has started");
    JsonObject after = kupang.get("api/v1/plugins/" + id).json();
    assertEquals("DISABLED", after.getString("state"), after::toString);
    JsonArray audit = (JsonArray) kupang.get("api/v1/plugins/" + id + "/audit").structure();
    assertEquals(
        List.of("INSTALL", "FAIL", "DISABLE"),
        audit.getValuesAs(JsonObject.class).stream().map(a -> a.getString("action")).toList());
    remove(kupang, id);
  }

  @Test
  void fortyParallelReportViewsNeverMarkAHealthyPluginFailed() throws Exception {
    String id =
        install(
            kupang,
            PluginJars.reports(PluginJars.newId("ramai"), "1.0.0", "Thread.sleep(50);\n" + ECHO));
    ExecutorService viewers = Executors.newFixedThreadPool(40);
    try {
      List<Future<Api.Reply>> views = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        views.add(viewers.submit(() -> build(kupang, id)));
      }
      int built = 0;
      for (Future<Api.Reply> view : views) {
        Api.Reply reply = view.get();
        if (reply.status() == 200) {
          built++;
        } else {
          reply.problem(503, "plugins-busy");
          assertTrue(reply.header("Retry-After") != null, reply::toString);
        }
      }
      assertTrue(built > 0, "some views were built");
    } finally {
      viewers.shutdownNow();
    }
    assertEquals("INSTALLED", kupang.get("api/v1/plugins/" + id).json().getString("state"));
    remove(kupang, id);
  }

  /** Whether a worker process of plugin {@code id} runs on this machine (the server's child). */
  private static boolean workerRuns(String id) {
    return ProcessHandle.allProcesses()
        .anyMatch(
            p ->
                p.info()
                    .commandLine()
                    .map(line -> line.contains("WorkerMain") && line.contains(id))
                    .orElse(false));
  }

  /** Installs a plugin whose build runs {@code body} and checks that building it fails so. */
  private void assertFailsWith(String body, String reason) {
    String id = install(kupang, PluginJars.reports(PluginJars.newId("jahat"), "1.0.0", body));
    String detail = build(kupang, id).problem(502, "plugin-failed");
    assertTrue(detail.contains(reason), detail);
    JsonObject failed = kupang.get("api/v1/plugins/" + id).json();
    assertEquals("FAILED", failed.getString("state"), failed::toString);
    assertTrue(failed.getString("error").contains(reason), failed::toString);
    assertEquals(200, Api.anonymous(base).get("api/v1/ping").status());
    assertEquals("solok", narrative(build(solok, witness)).get(0));
    remove(kupang, id);
  }

  private String install(Api admin, PluginJars jar) {
    Api.Reply reply = admin.postBytes("api/v1/plugins", JAR, jar.bytes());
    assertEquals(201, reply.status(), reply::toString);
    assertEquals("INSTALLED", reply.json().getString("state"), reply::toString);
    return reply.json().getString("id");
  }

  private static void remove(Api admin, String id) {
    assertEquals(204, admin.delete("api/v1/plugins/" + id).status());
  }

  private static String reportPath(String id) {
    return "api/v1/evaluation/reports/" + id + "/" + REPORT;
  }

  private static Api.Reply build(Api api, String id) {
    return api.get(reportPath(id));
  }

  private static List<String> narrative(Api.Reply report) {
    assertEquals(200, report.status(), report::toString);
    return report.json().getJsonArray("narrative").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }
}
