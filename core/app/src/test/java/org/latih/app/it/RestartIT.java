package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.latih.testing.plugin.PluginJars;

/**
 * What a server killed with kill -9 brings back when it starts again on the same data directory and
 * database. One Payara Micro of its own, started twice: before the kill it acknowledges new users,
 * installs plugins and saves a learner's answers from many writers at once (still in flight when
 * the kill comes); while it is down a plugin file is deleted, another damaged and the search index
 * overwritten with garbage. Each test checks one of these after the restart. One server for all of
 * it keeps the suite within CI's budget (each start costs seconds of both cores).
 *
 * <p>A client calls the API throughout both starts and the final, normal stop (SIGTERM): it must
 * only ever be refused or get a JSON answer or a 503 problem detail with Retry-After, never one of
 * Payara's HTML pages.
 *
 * <p>Being started as config/start.sh starts it, this server also shows what a default start
 * listens on and tells a stranger (the suite's shared server is started by Arquillian, without the
 * pre-boot commands).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestartIT {

  private static final String JAR = "application/java-archive";

  private record Ack(long sequence, String response) {}

  private PayaraProcess server;
  private String adminPassword;
  private String generatedPassword;
  private String firstPasswordFile;
  private Api.Reply beforeChange;
  private final List<String> users = new ArrayList<>();

  private String learner;
  private long attempt;
  private String deadline;
  private final Map<Integer, Ack> answers = new ConcurrentHashMap<>();

  private final String serving = PluginJars.newId("mulai-ulang");
  private final String disabled = PluginJars.newId("tetap-mati");
  private final String missing = PluginJars.newId("berkas-hilang");
  private final String damaged = PluginJars.newId("berkas-rusak");
  private final List<String> plugins = new ArrayList<>();

  private String missingFile;
  private String damagedFile;

  private JsonObject searchBeforeKill;
  private JsonObject searchAtRestart;

  private final List<ApiPoller.Seen> whileStarting = new ArrayList<>();

  @BeforeAll
  void killTheServerWhileItWorksThenStartItAgain() throws Exception {
    server = PayaraProcess.fresh("restart");
    startWhileAClientCallsTheApi();
    if (PayaraProcess.embedded()) {
      Path file = server.dataDir().resolve("bootstrap-admin-password.txt");
      firstPasswordFile = PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
      generatedPassword = server.generatedAdminPassword();
      beforeChange = Api.as(server.base(), "admin", generatedPassword).get("api/v1/users");
    }
    adminPassword = server.adminPassword();
    Api admin = server.admin();
    // ready means searchable: a new node's first index build holds its readiness back
    searchBeforeKill = search(admin);
    awaitSearchIdle(admin);

    for (int i = 0; i < 25; i++) {
      users.add(createUser(admin, "Tahan Banting " + i, "bengkulu"));
    }
    // installs for all regions are kept in their own folder
    Path folder = server.dataDir().resolve("plugins").resolve("all");
    install(admin, serving, "Kepuasan sesudah mulai ulang");
    install(admin, disabled, "Formulir yang dimatikan");
    assertEquals(
        "DISABLED",
        admin.post("api/v1/plugins/" + disabled + "/disable", "").json().getString("state"));
    missingFile = install(admin, missing, "Hilang");
    damagedFile = install(admin, damaged, "Rusak");
    Path gone = folder.resolve(missingFile);
    Path broken = folder.resolve(damagedFile);
    assertTrue(Files.isRegularFile(gone) && Files.isRegularFile(broken), folder::toString);
    saveAnswersUntilKilled(admin);

    Files.delete(gone);
    Files.write(broken, "bukan arsip jar".getBytes());
    overwriteSearchIndex();
    startWhileAClientCallsTheApi();
    searchAtRestart = search(server.admin());
  }

  @AfterAll
  void removePluginsAndStop() throws Exception {
    if (server == null) {
      return;
    }
    try {
      // on PostgreSQL the database is the suite's: leave no plugin of this test behind
      Api admin = server.admin();
      for (String id : plugins) {
        admin.delete("api/v1/plugins/" + id);
      }
      stopWhileAClientCallsTheApi();
    } finally {
      server.close();
    }
  }

  @Test
  void whileTheServerStartsAnApiClientIsRefusedNeverAnsweredWithAnHtmlPage() {
    assertTrue(
        whileStarting.stream().anyMatch(s -> s.status() == 0),
        "the client called before the server listened");
    assertEquals(
        List.of(),
        whileStarting.stream().filter(s -> !s.acceptable()).toList(),
        "answers other than refusal, JSON or a 503 problem with Retry-After");
  }

  /**
   * Started as config/start.sh starts it, the server listens on the loopback interface only: the
   * HTTP port, and no Hazelcast member port on every interface as Payara opens by default.
   */
  @Test
  void aDefaultStartListensOnlyOnTheLoopbackInterface() throws Exception {
    List<InetSocketAddress> listening = ListeningSockets.of(server.pid());
    int http = server.base().getPort();
    assertTrue(
        listening.stream().anyMatch(a -> a.getPort() == http),
        () -> "the HTTP port is among " + listening);
    assertEquals(
        List.of(),
        listening.stream().filter(a -> !a.getAddress().isLoopbackAddress()).toList(),
        () -> "sockets listening beyond 127.0.0.1/::1; all: " + listening);
  }

  /**
   * No Server or X-Powered-By header naming Payara (asked over plain HTTP/1.1, as a browser or curl
   * does; Java's client upgrades to HTTP/2, which never carried them), and no /metrics.
   */
  @Test
  void anAnonymousClientLearnsNothingOfTheServer() throws Exception {
    URL base = server.base();
    for (String request :
        new String[] {
          "GET / HTTP/1.1",
          "GET /api/v1/ping HTTP/1.1",
          "GET /no-such-page HTTP/1.1",
          "GET / HTTP/9.9"
        }) {
      String head = head(base, request);
      assertTrue(head.startsWith("HTTP/1.1 "), head);
      String lower = head.toLowerCase(Locale.ROOT);
      assertFalse(lower.contains("\r\nserver:"), request + ":\n" + head);
      assertFalse(lower.contains("\r\nx-powered-by:"), request + ":\n" + head);
    }
    assertEquals(200, Api.anonymous(base).get("api/v1/ping").status());
    assertNotEquals(200, Api.anonymous(base).get("metrics").status(), "metrics are off");
  }

  /** The status line and headers of a raw HTTP/1.1 request. */
  private static String head(URL base, String requestLine) throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          (requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer =
          new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      int end = answer.indexOf("\r\n\r\n");
      return end < 0 ? answer : answer.substring(0, end);
    }
  }

  @Test
  void everyAcknowledgedUserSurvives() throws Exception {
    Api admin = Api.as(server.base(), "admin", adminPassword);
    for (String nip : users) {
      assertEquals(
          1, admin.get("api/v1/users?q=" + nip).json().getInt("totalItems"), "lost " + nip);
    }
    String last = users.get(users.size() - 1);
    assertEquals(
        200,
        Api.as(server.base(), last, People.PASSWORD).get("api/v1/me").status(),
        "the last user acknowledged before the kill can sign in");
  }

  @Test
  void aFreshInstallationsAdminPasswordIsPrivateMustBeChangedFirstAndNeverLogged()
      throws Exception {
    if (PayaraProcess.embedded()) {
      assertEquals("rw-------", firstPasswordFile);
      String detail = beforeChange.problem(403);
      assertTrue(detail.contains("Profil"), "says where to change it: " + detail);
      assertFalse(
          Files.exists(server.dataDir().resolve("bootstrap-admin-password.txt")),
          "the file is deleted once the password is changed");
      Api.anonymous(server.base())
          .post(
              "api/v1/auth/tokens",
              "{\"username\":\"admin\",\"password\":\"" + generatedPassword + "\"}")
          .problem(401);
      assertFalse(Files.readString(server.logFile().toPath()).contains(generatedPassword));
    }
    assertFalse(
        Files.readString(server.logFile().toPath()).contains(adminPassword),
        "the password is never logged");
  }

  @Test
  void everyAcknowledgedAnswerSurvivesAndTheDeadlineStays() throws Exception {
    Api again = Api.as(server.base(), learner, People.PASSWORD);
    JsonObject resumed = again.get("api/v1/attempts/" + attempt).json();
    assertEquals("OPEN", resumed.getString("state"));
    assertEquals(deadline, resumed.getString("deadline"), "the deadline is the one set at start");
    long remaining = resumed.getJsonNumber("remainingSeconds").longValue();
    long expected = Duration.between(Instant.now(), Instant.parse(deadline)).toSeconds();
    assertTrue(Math.abs(remaining - expected) <= 5, remaining + " vs " + expected);

    List<String> lost = new ArrayList<>();
    for (JsonObject q : questions(resumed)) {
      Ack ack = answers.get(q.getInt("position"));
      if (ack == null) {
        continue;
      }
      long saved = q.getInt("sequence");
      if (saved < ack.sequence()) {
        lost.add(q.getInt("position") + ": saved " + saved + " < acknowledged " + ack.sequence());
      }
      if (saved == ack.sequence()) {
        assertEquals(
            ack.response(),
            "{\"choices\":" + q.getJsonObject("response").getJsonArray("choices") + "}",
            "question " + q.getInt("position"));
      }
    }
    assertTrue(lost.isEmpty(), "acknowledged answers lost: " + lost);

    // a stale save is still refused and an identical retry still recognised
    int position = answers.keySet().iterator().next();
    JsonObject current = question(again.get("api/v1/attempts/" + attempt).json(), position);
    long sequence = current.getInt("sequence");
    Tests.answer(again, attempt, position, sequence - 1, answers.get(position).response())
        .problem(409, "answer-stale");
    Api.Reply duplicate =
        Tests.answer(
            again, attempt, position, sequence, current.getJsonObject("response").toString());
    assertEquals("ALREADY_SAVED", duplicate.json().getString("outcome"), duplicate::toString);
  }

  @Test
  void installedPluginsStartAgainAndLostOrDamagedFilesComeBackFromTheDatabase() throws Exception {
    Api admin = server.admin();
    assertEquals("INSTALLED", plugin(admin, serving).getString("state"));
    assertEquals("Kepuasan sesudah mulai ulang", formTitle(admin, serving));

    assertEquals("DISABLED", plugin(admin, disabled).getString("state"));
    admin.get("api/v1/plugins/" + disabled + "/forms").problem(409, "plugin-not-serving");

    // the files on disk are only this node's cache of the jars the database keeps
    Path folder = server.dataDir().resolve("plugins").resolve("all");
    for (String id : List.of(missing, damaged)) {
      JsonObject restored = plugin(admin, id);
      assertEquals("INSTALLED", restored.getString("state"), restored::toString);
      assertEquals(200, admin.get("api/v1/plugins/" + id + "/forms").status(), restored::toString);
    }
    assertTrue(Files.size(folder.resolve(damagedFile)) > "bukan arsip jar".length());
    assertTrue(Files.isRegularFile(folder.resolve(missingFile)));

    // the disabled plugin's file is still there: enabling it after the restart works
    assertEquals(
        "INSTALLED",
        admin.post("api/v1/plugins/" + disabled + "/enable", "").json().getString("state"));
    assertEquals("Formulir yang dimatikan", formTitle(admin, disabled));
  }

  @Test
  void aCorruptSearchIndexIsRebuiltFromTheDatabaseBeforeTheServerIsReady() throws Exception {
    // its progress says how the rebuild went (a run here once saw 0 hits after two minutes and
    // nothing logged: this tells a rebuild still running from one that never started or ended
    // without its documents)
    Api.Reply idle = awaitSearchIdle(server.admin());
    String progress = idle.body();
    assertTrue(
        searchBeforeKill.getInt("totalHits") > 0,
        "a new node finds the starter courses the moment it says it is ready");
    // searched the moment the server said ready; the facets tell which courses or regions lost (or
    // gained) hits, should this ever differ
    assertEquals(
        searchBeforeKill.getInt("totalHits"),
        searchAtRestart.getInt("totalHits"),
        () ->
            "every hit is back once the server is ready; rebuild: "
                + progress
                + "; facets before: "
                + searchBeforeKill.get("facets")
                + "; at restart: "
                + searchAtRestart.get("facets"));
    // the state as it was once idle: on a database shared with the suite's server, this node may
    // start another rebuild right after, for a rebuild that server recorded in the change feed
    assertEquals("DONE", idle.json().getString("state"), progress);
  }

  /** Starts the server while a client keeps calling the API, and keeps what that client saw. */
  private void startWhileAClientCallsTheApi() throws Exception {
    try (ApiPoller client = ApiPoller.start(server.base(), "api/v1/ping")) {
      server.start();
      assertTrue(client.await(s -> s.status() == 200, Duration.ofMinutes(1)), "ping answers");
      whileStarting.addAll(client.seen());
    }
  }

  /**
   * SIGTERM while one request is in progress and a client keeps calling: the request in progress
   * still gets its own answer; new API requests are answered 503 unavailable with Retry-After until
   * it has, then refused once the listener is closed; never an HTML page.
   */
  private void stopWhileAClientCallsTheApi() throws Exception {
    try (HeldRequest inProgress = HeldRequest.open(server.base());
        ApiPoller client = ApiPoller.start(server.base(), "api/v1/ping")) {
      assertTrue(client.await(s -> s.status() == 200, Duration.ofMinutes(1)), "ping answers");
      server.signalStop();
      assertTrue(
          client.await(s -> s.problem("unavailable"), Duration.ofMinutes(1)),
          () -> "no 503 unavailable while stopping: " + client.seen());
      String answer = inProgress.finish();
      assertTrue(
          answer.startsWith("HTTP/1.1 400") && answer.contains("/problems/invalid-input"),
          "the request in progress when the stop began got its own answer: " + answer);
      assertTrue(
          client.await(s -> s.status() == 0, Duration.ofMinutes(1)),
          "refused once the server closed its listener");
      assertEquals(
          List.of(),
          client.unacceptable(),
          "answers other than refusal, JSON or a 503 problem with Retry-After");
    }
  }

  private String createUser(Api admin, String name, String region) {
    String nip = Api.newNip();
    Api.Reply reply =
        admin.post(
            "api/v1/users",
            "{\"nip\":\""
                + nip
                + "\",\"name\":\""
                + name
                + "\",\"region\":\""
                + region
                + "\",\"password\":\""
                + People.PASSWORD
                + "\"}");
    assertEquals(201, reply.status(), reply::toString);
    return nip;
  }

  /** Installs a plugin with one form; returns its file name in the plugins folder. */
  private String install(Api admin, String id, String title) {
    Api.Reply reply =
        admin.postBytes(
            "api/v1/plugins",
            JAR,
            PluginJars.forms(id, "1.0.0", PluginJars.oneForm(title)).bytes());
    assertEquals(201, reply.status(), reply::toString);
    assertEquals("INSTALLED", reply.json().getString("state"));
    plugins.add(id);
    return reply.json().getString("fileName");
  }

  /**
   * One writer per question changes its answer again and again, all in parallel; the server is
   * killed once 60 saves were acknowledged, with more still in flight.
   */
  private void saveAnswersUntilKilled(Api admin) throws Exception {
    learner = createUser(admin, "Peserta Tangguh", "kupang");
    Api taker = Api.as(server.base(), learner, People.PASSWORD);
    taker.post("api/v1/courses/manajemen-waktu/enrolment", "{}");
    JsonObject started = Tests.start(taker, Tests.quizId(taker, "manajemen-waktu", "PRE_TEST"));
    attempt = started.getJsonNumber("id").longValue();
    deadline = started.getString("deadline");
    List<JsonObject> choiceQuestions =
        questions(started).stream().filter(q -> !q.getJsonArray("options").isEmpty()).toList();

    CountDownLatch sixtyAcks = new CountDownLatch(60);
    ExecutorService writers = Executors.newFixedThreadPool(choiceQuestions.size());
    for (JsonObject q : choiceQuestions) {
      int position = q.getInt("position");
      JsonArray options = q.getJsonArray("options");
      writers.submit(
          () -> {
            for (long sequence = 1; sequence < 10_000; sequence++) {
              String response =
                  Tests.choices(options.getJsonObject((int) (sequence % options.size())));
              try {
                if (Tests.answer(taker, attempt, position, sequence, response).status() != 200) {
                  return;
                }
                answers.put(position, new Ack(sequence, response));
                sixtyAcks.countDown();
              } catch (RuntimeException | AssertionError serverGone) {
                return;
              }
            }
          });
    }
    assertTrue(sixtyAcks.await(2, TimeUnit.MINUTES), "60 saves acknowledged");
    server.kill(); // saves are still in flight
    writers.shutdown();
    assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS));
  }

  private void overwriteSearchIndex() throws Exception {
    Path index = server.dataDir().resolve("search").resolve("courses");
    try (Stream<Path> files = Files.list(index)) {
      for (Path file : files.toList()) {
        if (Files.isRegularFile(file) && !file.getFileName().toString().equals("write.lock")) {
          Files.write(file, "kein index".getBytes());
        }
      }
    }
  }

  private static JsonObject plugin(Api admin, String id) {
    Api.Reply reply = admin.get("api/v1/plugins/" + id);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  private static String formTitle(Api admin, String id) {
    Api.Reply forms = admin.get("api/v1/plugins/" + id + "/forms");
    assertEquals(200, forms.status(), forms::toString);
    return ((JsonArray) forms.structure()).getJsonObject(0).getString("title");
  }

  private static List<JsonObject> questions(JsonObject attempt) {
    return attempt.getJsonArray("questions").getValuesAs(JsonObject.class);
  }

  private static JsonObject question(JsonObject attempt, int position) {
    return questions(attempt).stream()
        .filter(q -> q.getInt("position") == position)
        .findFirst()
        .orElseThrow();
  }

  /**
   * Waits until no index build is running (one runs at start when the index is new or broken) and
   * answers the progress seen then.
   */
  private static Api.Reply awaitSearchIdle(Api admin) throws InterruptedException {
    Api.Reply progress =
        Waits.until(
            () -> admin.get("api/v1/search/rebuild"),
            p -> !"RUNNING".equals(p.json().getString("state")),
            Duration.ofMinutes(4));
    assertNotEquals(
        "RUNNING",
        progress.json().getString("state"),
        () -> "the search index build did not finish within 4 minutes: " + progress.body());
    return progress;
  }

  private static JsonObject search(Api admin) {
    Api.Reply reply = admin.get("api/v1/search?q=pelayanan");
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }
}
