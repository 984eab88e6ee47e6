package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.latih.testing.plugin.PluginJars;

/**
 * Two nodes on one PostgreSQL database (created for this test and dropped after it) behind Debian's
 * nginx, started together on the empty database, so their migrations meet. What one node changes
 * reaches the other through the database's change feed; sessions and tokens are rows, valid on
 * both; a node killed with SIGKILL mid-exam costs the learners nothing (nginx sends them to the
 * other), and when it starts again it catches up on what it missed. An export run on one node is
 * downloaded whole through the other: the file is in the database.
 *
 * <p>PostgreSQL only: failsafe leaves it out of the embedded-database pass (core/app's pom), and
 * CI's PostgreSQL pass runs it. The nodes are reused by every test here, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  /** The promise for a change to reach every node. */
  private static final Duration FEED = Duration.ofSeconds(2);

  private static final String JAR = "application/java-archive";

  private ClusterDatabase database;
  private PayaraProcess a;
  private PayaraProcess b;
  private Nginx nginx;
  private Path work;

  private record Ack(long sequence, String response) {}

  @BeforeAll
  void startTwoNodesTogetherOnANewDatabaseBehindNginx() throws Exception {
    database = ClusterDatabase.create("latih_cluster");
    a = PayaraProcess.node("cluster-a", database.url());
    b = PayaraProcess.node("cluster-b", database.url());
    // both at once on the empty database: Flyway's lock on PostgreSQL makes one wait for the
    // other's migrations, and the starter catalogue is imported once (under a lease)
    ExecutorService starting = Executors.newFixedThreadPool(2);
    try {
      Future<?> first = starting.submit(() -> start(a));
      Future<?> second = starting.submit(() -> start(b));
      first.get();
      second.get();
    } finally {
      starting.shutdownNow();
    }
    work = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "nginx-");
    nginx = Nginx.inFrontOf(work, List.of(a.port(), b.port()));
  }

  private static Void start(PayaraProcess node) throws Exception {
    node.start();
    return null;
  }

  @AfterAll
  void stopEverything() throws Exception {
    try {
      if (nginx != null) {
        nginx.close();
      }
    } finally {
      try {
        if (a != null) {
          a.close();
        }
        if (b != null) {
          b.close();
        }
      } finally {
        if (database != null) {
          database.close();
        }
      }
    }
  }

  @Test
  @Order(1)
  void bothNodesStartedOnOneNewDatabaseWithOneCopyOfTheStarterCatalogue() throws Exception {
    JsonObject courses = Api.admin(nginx.base()).get("api/v1/courses?size=100").json();
    List<String> codes =
        courses.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(c -> c.getString("code"))
            .toList();
    assertEquals(codes.stream().distinct().count(), codes.size(), codes::toString);
    assertTrue(codes.contains("manajemen-waktu"), codes::toString);
    // each migration applied once, by one node, and none failed: the other waited for it
    database.assertEachMigrationAppliedOnce();
  }

  @Test
  @Order(2)
  void tokensAndSessionsAreValidOnEveryNode() throws Exception {
    Api token = Api.as(a.base(), "admin", Api.ADMIN_PASSWORD);
    assertEquals(200, token.at(b.base()).get("api/v1/users").status());

    Api.Reply login =
        Api.anonymous(a.base())
            .post(
                "api/v1/auth/login",
                "{\"username\":\"admin\",\"password\":\"" + Api.ADMIN_PASSWORD + "\"}");
    assertEquals(200, login.status(), login::toString);
    String setCookie = login.header("Set-Cookie");
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));
    String csrf = login.json().getString("csrfToken");
    Api onB = Api.anonymous(b.base()).header("Cookie", cookie);
    assertEquals(csrf, onB.get("api/v1/auth/session").json().getString("csrfToken"));
    // signed out on B: the session is gone on A too
    assertEquals(204, onB.header("X-CSRF-Token", csrf).post("api/v1/auth/logout", "").status());
    assertEquals(
        401, Api.anonymous(a.base()).header("Cookie", cookie).get("api/v1/users").status());
  }

  @Test
  @Order(3)
  void aPluginInstalledThroughOneNodeIsFilledInOnTheOtherAtOnce() throws Exception {
    String learnerNip = People.create(a.base(), "kupang", "LEARNER");
    Api learner = People.signIn(b.base(), learnerNip);
    String course = ActionPlansIT.completedCourse(b.base(), "kupang", learner);
    Api admin = People.signIn(a.base(), People.create(a.base(), "kupang", "REGIONAL_ADMIN"));
    String id = PluginJars.newId("klaster");

    Api.Reply installed =
        admin.postBytes(
            "api/v1/plugins",
            JAR,
            PluginJars.forms(id, "1.0.0", PluginJars.oneForm("Kepuasan di simpul A")).bytes());
    assertEquals(201, installed.status(), installed::toString);

    // at once, on the other node: no waiting
    JsonObject form = participantForm(learner, id);
    assertEquals("Kepuasan di simpul A", form.getString("title"));
    Api.Reply answered =
        learner.post(
            "api/v1/evaluation/responses",
            "{\"pluginId\":\""
                + id
                + "\",\"formId\":\""
                + form.getString("id")
                + "\",\"course\":\""
                + course
                + "\",\"answers\":"
                + EvaluationIT.answers(form, false)
                + "}");
    assertEquals(201, answered.status(), answered::toString);

    // node B's cache gets the jar from the database within the feed's promise
    String first = installed.json().getString("fileName");
    assertTrue(Waits.until(() -> cached(b, first), f -> f, FEED), "the jar reached node B's cache");

    Api.Reply upgraded =
        admin.postBytes(
            "api/v1/plugins",
            JAR,
            PluginJars.forms(id, "1.1.0", PluginJars.oneForm("Kepuasan versi dua")).bytes());
    assertEquals(201, upgraded.status(), upgraded::toString);
    assertEquals("Kepuasan versi dua", participantForm(learner, id).getString("title"));
    String second = upgraded.json().getString("fileName");
    assertTrue(
        Waits.until(() -> cached(b, second), f -> f, FEED),
        "the new version reached node B's cache");

    assertEquals(
        "DISABLED", admin.post("api/v1/plugins/" + id + "/disable", "").json().getString("state"));
    assertTrue(formsOf(learner, id).isEmpty(), "disabled on A: gone on B at once");
    assertEquals(
        "INSTALLED", admin.post("api/v1/plugins/" + id + "/enable", "").json().getString("state"));
    assertEquals(1, formsOf(learner, id).size(), "enabled on A: back on B");
    assertEquals(204, admin.delete("api/v1/plugins/" + id).status());
    assertTrue(formsOf(learner, id).isEmpty(), "uninstalled on A: gone on B");
  }

  @Test
  @Order(4)
  void aCoursePublishedOnOneNodeIsSearchableOnTheOtherWithinTwoSeconds() throws Exception {
    String code = CoursePackages.newId("klaster");
    Api instructor = CoursePackages.uploadedByNewInstructor(a.base(), "kupang", code);
    assertEquals(200, instructor.patch("api/v1/courses/" + code, "{\"published\":true}").status());
    Api onB = instructor.at(b.base());
    String word = code.substring(code.indexOf('-') + 1);
    assertEquals(1, Waits.until(() -> hits(onB, word), h -> h == 1, FEED), "found on node B");

    assertEquals(204, instructor.delete("api/v1/courses/" + code).status());
    assertEquals(0, Waits.until(() -> hits(onB, word), h -> h == 0, FEED), "gone on node B");
  }

  @Test
  @Order(5)
  void aNodeKilledMidExamLosesNoAnswerAndSignsNoOneOut() throws Exception {
    URL lb = nginx.base();
    List<Api> takers = new ArrayList<>();
    List<Long> attempts = new ArrayList<>();
    List<List<JsonObject>> questions = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Api taker = People.signIn(lb, People.create(lb, "kupang", "LEARNER"));
      taker.post("api/v1/courses/manajemen-waktu/enrolment", "{}");
      JsonObject started = Tests.start(taker, Tests.quizId(taker, "manajemen-waktu", "PRE_TEST"));
      takers.add(taker);
      attempts.add(started.getJsonNumber("id").longValue());
      questions.add(
          started.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
              .filter(q -> !q.getJsonArray("options").isEmpty())
              .toList());
    }
    Map<String, Ack> acks = new ConcurrentHashMap<>();
    AtomicInteger signedOut = new AtomicInteger();
    AtomicInteger afterKill = new AtomicInteger();
    AtomicBoolean killed = new AtomicBoolean();
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch before = new CountDownLatch(30);
    ExecutorService writers = Executors.newFixedThreadPool(6);
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < takers.size(); t++) {
      Api taker = takers.get(t);
      long attempt = attempts.get(t);
      for (JsonObject q : questions.get(t).subList(0, 2)) {
        int position = q.getInt("position");
        JsonArray options = q.getJsonArray("options");
        running.add(
            writers.submit(
                () -> {
                  for (long sequence = 1; !stop.get(); sequence++) {
                    String response =
                        Tests.choices(options.getJsonObject((int) (sequence % options.size())));
                    // as the page does: the same save again until it is answered
                    while (!stop.get()) {
                      int status = save(taker, attempt, position, sequence, response);
                      if (status == 200) {
                        acks.put(attempt + "/" + position, new Ack(sequence, response));
                        before.countDown();
                        if (killed.get()) {
                          afterKill.incrementAndGet();
                        }
                        break;
                      }
                      if (status == 401) {
                        signedOut.incrementAndGet();
                        return null;
                      }
                      Thread.sleep(100);
                    }
                  }
                  return null;
                }));
      }
    }
    assertTrue(before.await(2, TimeUnit.MINUTES), "30 saves acknowledged through nginx");
    a.kill();
    killed.set(true);
    boolean continued = Waits.until(afterKill::get, n -> n >= 60, Duration.ofMinutes(1)) >= 60;
    stop.set(true);
    for (Future<?> writer : running) {
      writer.get(1, TimeUnit.MINUTES);
    }
    writers.shutdown();
    assertTrue(continued, "saves went on through the other node: " + afterKill.get());
    assertEquals(0, signedOut.get(), "no one was signed out");

    List<String> lost = new ArrayList<>();
    for (int t = 0; t < takers.size(); t++) {
      JsonObject resumed = takers.get(t).get("api/v1/attempts/" + attempts.get(t)).json();
      for (JsonObject q : resumed.getJsonArray("questions").getValuesAs(JsonObject.class)) {
        Ack ack = acks.get(attempts.get(t) + "/" + q.getInt("position"));
        if (ack != null && q.getInt("sequence") < ack.sequence()) {
          lost.add(attempts.get(t) + "/" + q.getInt("position"));
        }
      }
    }
    assertEquals(List.of(), lost, "every acknowledged answer is there");
  }

  @Test
  @Order(6)
  void theKilledNodeStartsAgainAndCatchesUpOnWhatItMissed() throws Exception {
    // changed through the surviving node while A is down
    Api admin = People.signIn(b.base(), People.create(b.base(), "kupang", "REGIONAL_ADMIN"));
    String id = PluginJars.newId("susulan");
    Api.Reply installed =
        admin.postBytes(
            "api/v1/plugins",
            JAR,
            PluginJars.forms(id, "1.0.0", PluginJars.oneForm("Dipasang saat A mati")).bytes());
    assertEquals(201, installed.status(), installed::toString);
    String code = CoursePackages.newId("susulan");
    Api instructor = CoursePackages.uploadedByNewInstructor(b.base(), "kupang", code);
    assertEquals(200, instructor.patch("api/v1/courses/" + code, "{\"published\":true}").status());

    a.start();
    Api onA = instructor.at(a.base());
    String word = code.substring(code.indexOf('-') + 1);
    assertEquals(1, Waits.until(() -> hits(onA, word), h -> h == 1, FEED), "found on node A");
    String file = installed.json().getString("fileName");
    assertTrue(Waits.until(() -> cached(a, file), f -> f, FEED), "the jar reached A's cache");
    assertEquals(
        "Dipasang saat A mati",
        participantForm(admin.at(a.base()), id, "api/v1/plugins/" + id + "/forms"));
  }

  @Test
  @Order(7)
  void anExportRequestedOnOneNodeIsDownloadedWholeFromTheOther() throws Exception {
    Api onA = People.signIn(a.base(), People.create(a.base(), "kupang", "EVALUATOR"));
    Api.Reply started =
        onA.post("api/v1/report/exports", "{\"kind\":\"attempts\",\"format\":\"csv\"}");
    assertEquals(202, started.status(), started::toString);
    String id = started.json().getString("id");
    Api onB = onA.at(b.base());
    JsonObject job =
        Waits.until(
            () -> onB.get("api/v1/report/exports/" + id).json(),
            j -> List.of("DONE", "FAILED").contains(j.getString("state")),
            Duration.ofSeconds(60));
    assertEquals("DONE", job.getString("state"), job::toString);
    assertTrue(job.getJsonNumber("rows").longValue() > 0, "the exam above left attempts");

    Api.Binary fromB = onB.fetch(job.getString("download"));
    assertEquals(200, fromB.status(), () -> fromB.asText().toString());
    Api.Binary fromA = onA.fetch(job.getString("download"));
    assertEquals(200, fromA.status(), () -> fromA.asText().toString());
    assertEquals(job.getJsonNumber("bytes").longValue(), fromB.body().length);
    assertArrayEquals(fromA.body(), fromB.body(), "the same file from both nodes");
    assertTrue(
        new String(fromB.body(), java.nio.charset.StandardCharsets.UTF_8)
            .startsWith("\uFEFFPeserta;NIP;"),
        "a CSV with its heading");
    assertEquals(
        1, database.count("SELECT COUNT(*) FROM report_export_chunks WHERE job_id = '" + id + "'"));
  }

  private static int save(Api taker, long attempt, int position, long sequence, String response) {
    try {
      return Tests.answer(taker, attempt, position, sequence, response).status();
    } catch (AssertionError connectionLost) {
      return 0; // nginx itself answers while a node dies; a client sees a reset at worst
    }
  }

  private static int hits(Api who, String word) {
    Api.Reply reply = who.get("api/v1/search?q=" + word);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json().getInt("totalHits");
  }

  /** Whether {@code node} has the jar {@code fileName} in its plugin cache (any scope's folder). */
  private static boolean cached(PayaraProcess node, String fileName) {
    Path plugins = node.dataDir().resolve("plugins");
    if (!Files.isDirectory(plugins)) {
      return false;
    }
    try (var files = Files.walk(plugins)) {
      return files.anyMatch(f -> f.getFileName().toString().equals(fileName));
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      return false; // a folder written at this moment: read again
    }
  }

  private static List<JsonObject> formsOf(Api learner, String pluginId) {
    JsonArray forms = (JsonArray) learner.get("api/v1/evaluation/forms").structure();
    return forms.getValuesAs(JsonObject.class).stream()
        .filter(f -> f.getString("pluginId").equals(pluginId))
        .map(f -> f.getJsonObject("form"))
        .toList();
  }

  private static JsonObject participantForm(Api learner, String pluginId) {
    return formsOf(learner, pluginId).stream()
        .findFirst()
        .orElseThrow(() -> new AssertionError("no form of " + pluginId));
  }

  private static String participantForm(Api admin, String pluginId, String path) {
    Api.Reply forms = admin.get(path);
    assertEquals(200, forms.status(), forms::toString);
    return ((JsonArray) forms.structure()).getJsonObject(0).getString("title");
  }
}
