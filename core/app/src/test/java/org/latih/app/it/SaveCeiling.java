package org.latih.app.it;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The save ceiling (PostgreSQL only): answer saves per second through the application, with no
 * think time, next to pgbench running the statements the application runs for one save, at the same
 * number of connections, alternately in one run. The ratio says how much of the database's speed
 * the application keeps.
 */
final class SaveCeiling {

  private static final Duration PHASE = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
  private static final Duration WARM_UP_ROUND = Duration.ofSeconds(10);
  private static final int WARM_UP_ROUNDS = Integer.getInteger("bench.warm-up-rounds", 30);
  private static final int WARM_JIT_PERCENT = 2;
  private static final List<Integer> CONNECTIONS =
      java.util.Arrays.stream(System.getProperty("bench.connections", "8,32,64").split(","))
          .map(String::strip)
          .map(Integer::valueOf)
          .toList();

  private final PayaraProcess server;
  private final URI base;
  private final long quiz;
  private final SeededExam exam;

  SaveCeiling(PayaraProcess server, URI base, long quiz, SeededExam exam) {
    this.server = server;
    this.base = base;
    this.quiz = quiz;
    this.exam = exam;
  }

  /** One learner's open attempt and the two options of its first question. */
  private record Open(String token, long attempt, long slot, String[] options) {}

  void run() throws Exception {
    if (ExamDayBenchmark.Database.embedded()) {
      throw new IllegalStateException("the save ceiling compares with pgbench: set LATIH_DB_URL");
    }
    int most = CONNECTIONS.stream().mapToInt(Integer::intValue).max().orElseThrow();
    List<Open> open = open(most);
    Path script = pgbenchScript(open);
    System.out.printf(
        "%n### Save ceiling: %d s per phase, application and pgbench alternately, once the server"
            + " is warm%n%n",
        PHASE.toSeconds());
    warmUp(open);
    System.out.println(
        "| connections | app saves/s | app save p95 ms | server CPU ms per save | of it JIT"
            + " | pgbench saves/s | ratio app ÷ pgbench |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (int connections : CONNECTIONS) {
      Latencies saves = new Latencies();
      Phase app = measure(open.subList(0, connections), PHASE, saves);
      double pg =
          pgbench(
              script,
              connections,
              org.latih.kernel.security.control.Secrets.sha256(open.get(0).token()));
      System.out.printf(
          "| %d | %.0f | %.1f | %.1f | %.0f %% | %.0f | %.2f |%n",
          connections,
          app.savesPerSecond(),
          saves.p(95),
          app.cpuMsPerSave(),
          app.jitPercent(),
          pg,
          app.savesPerSecond() / pg);
    }
  }

  private List<Open> open(int learners) throws Exception {
    ExamClient client = new ExamClient(base, Duration.ofMinutes(1));
    List<Open> open = new ArrayList<>();
    Latencies ignored = new Latencies();
    for (String username : exam.takers().subList(0, learners)) {
      ExamClient.Answer signedIn =
          client.untilAnswered(
              "POST",
              "api/v1/auth/tokens",
              null,
              "{\"username\":\"" + username + "\",\"password\":\"" + exam.password() + "\"}",
              ignored);
      String token = signedIn.json().getString("token");
      JsonObject attempt =
          client
              .untilAnswered("POST", "api/v1/quizzes/" + quiz + "/attempts", token, null, ignored)
              .json();
      JsonObject first = attempt.getJsonArray("questions").getJsonObject(0);
      var options = first.getJsonArray("options").getValuesAs(JsonObject.class);
      open.add(
          new Open(
              token,
              attempt.getJsonNumber("id").longValue(),
              slotId(attempt.getJsonNumber("id").longValue()),
              new String[] {options.get(0).getString("id"), options.get(1).getString("id")}));
    }
    return open;
  }

  private static long slotId(long attempt) throws Exception {
    try (var db = ExamDayBenchmark.Database.open();
        var query =
            db.prepareStatement(
                "SELECT id FROM attempt_slots WHERE attempt_id = ? AND position = 1")) {
      query.setLong(1, attempt);
      try (var rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /**
   * pgbench is compiled C, while the server's JIT compiles the save path under load, for minutes on
   * two busy cores (recordings showed C2 compiling all through phases that followed a warm-up which
   * stopped when the CPU per save stopped falling). Saves run in rounds of 10 s at every connection
   * until the JIT compilers use at most {@value #WARM_JIT_PERCENT} % of the server's CPU in a
   * round, so the phases measure a warm server, as exam day meets one.
   */
  private void warmUp(List<Open> open) throws InterruptedException, IOException {
    for (int round = 1; round <= WARM_UP_ROUNDS; round++) {
      Phase phase = measure(open, WARM_UP_ROUND, new Latencies());
      System.out.printf(
          "warm-up round %d: %.1f ms of server CPU per save, %.0f %% of it the JIT's%n",
          round, phase.cpuMsPerSave(), phase.jitPercent());
      if (phase.jitPercent() <= WARM_JIT_PERCENT) {
        System.out.println();
        return;
      }
    }
    System.out.printf("(still compiling after %d rounds)%n%n", WARM_UP_ROUNDS);
  }

  /** Saves per second through the app over a phase, the server's CPU each took, the JIT's share. */
  private record Phase(double savesPerSecond, double cpuMsPerSave, double jitPercent) {}

  private Phase measure(List<Open> open, Duration phase, Latencies saves)
      throws InterruptedException, IOException {
    double cpu = server.cpuSeconds();
    double jit = server.compilerSeconds();
    double perSecond = app(open, phase, saves);
    double used = server.cpuSeconds() - cpu;
    return new Phase(
        perSecond,
        used * 1000 / Math.max(1, saves.count()),
        Math.max(0, server.compilerSeconds() - jit) * 100 / Math.max(0.01, used));
  }

  /**
   * Each connection saves into its own attempt, as fast as answers come back, for {@code phase}.
   */
  private double app(List<Open> open, Duration phase, Latencies saves) throws InterruptedException {
    ExamClient client = new ExamClient(base, Duration.ZERO);
    LongAdder done = new LongAdder();
    long until = System.nanoTime() + phase.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (Open o : open) {
      Thread thread =
          new Thread(
              () -> {
                long sequence = System.currentTimeMillis();
                while (System.nanoTime() < until) {
                  sequence++;
                  String body =
                      "{\"sequence\":"
                          + sequence
                          + ",\"response\":{\"choices\":[\""
                          + o.options()[(int) (sequence % 2)]
                          + "\"]}}";
                  if (client
                      .once(
                          "PUT",
                          "api/v1/attempts/" + o.attempt() + "/answers/1",
                          o.token(),
                          body,
                          saves)
                      .ok()) {
                    done.increment();
                  }
                }
              });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return done.sum() / (double) phase.toSeconds();
  }

  /**
   * The statements one save runs in the application (read from the server with PostgreSQL's
   * statement log), each client on its own attempt: pgbench's \if picks the client's row without a
   * statement of its own.
   */
  private static Path pgbenchScript(List<Open> open) throws IOException {
    StringBuilder script = new StringBuilder();
    for (int i = 0; i < open.size(); i++) {
      script
          .append(i == 0 ? "\\if :client_id = 0" : "\\elif :client_id = " + i)
          .append("\n\\set attempt ")
          .append(open.get(i).attempt())
          .append("\n\\set slot ")
          .append(open.get(i).slot())
          .append('\n');
    }
    script.append("\\endif\n\\set sequence random(1, 1000000000)\n");
    script.append(SAVE_SQL);
    Path file = Files.createTempFile("latih-save", ".sql");
    Files.writeString(file, script);
    return file;
  }

  /**
   * As PostgreSQL's statement log showed them for one save (the session check outside the
   * transaction, then lock, attempt, slot with its question version, update); all clients check one
   * session, which only reads.
   */
  private static final String SAVE_SQL =
      """
      SELECT t1.ID, t1.created_at, t1.csrf_token, t1.expires_at, t1.KIND, t1.LABEL, t1.user_id, \
      t0.ID, t0.ACTIVE, t0.created_at, t0.EMAIL, t0.GOLONGAN, t0.INSTANSI, t0.JABATAN, \
      t0.last_login_at, t0.must_change_password, t0.NAME, t0.password_hash, t0.unit_kerja, \
      t0.updated_at, t0.USERNAME, t0.VERSION, t0.nip, t0.region_id, t2.ID, t2.CODE, t2.NAME, \
      t2.TYPE, t3.role FROM users t0 LEFT OUTER JOIN regions t2 ON (t2.ID = t0.region_id) \
      LEFT OUTER JOIN user_roles t3 ON (t3.user_id = t0.ID), auth_sessions t1 \
      WHERE ((t1.ID = :session) AND (t0.ID = t1.user_id));
      BEGIN;
      SELECT id FROM attempts WHERE id = :attempt FOR UPDATE;
      SELECT ID, auto_submitted, DEADLINE, max_points, needs_grading, NUMBER, POINTS, quiz_id, \
      started_at, STATE, submitted_at, user_id, VERSION FROM attempts WHERE (ID = :attempt);
      SELECT t1.ID, t1.FEEDBACK, t1.FLAGGED, t1.FRACTION, t1.graded_by, t1.grader_comment, \
      t1.MARK, t1.option_order, t1.POSITION, t1.RESPONSE, t1.saved_at, t1.SEQUENCE, t1.attempt_id, \
      t1.question_version_id, t0.ID, t0.CONTENT, t0.created_at, t0.NUMBER, t0.TYPE, t0.question_id \
      FROM question_versions t0, attempt_slots t1 \
      WHERE (((t1.attempt_id = :attempt) AND (t1.POSITION = 1)) AND (t0.ID = t1.question_version_id));
      UPDATE attempt_slots SET RESPONSE = '{"choices":["a"]}', SEQUENCE = :sequence, \
      saved_at = CURRENT_TIMESTAMP WHERE (ID = :slot);
      COMMIT;
      """;

  private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial");

  private static double pgbench(Path script, int connections, String session) throws Exception {
    URI db = URI.create(System.getenv("LATIH_DB_URL").substring("jdbc:".length()));
    List<String> command =
        new ArrayList<>(
            List.of(
                "pgbench",
                "-n",
                "-M",
                "prepared",
                "-h",
                db.getHost(),
                "-p",
                String.valueOf(db.getPort() < 0 ? 5432 : db.getPort()),
                "-c",
                String.valueOf(connections),
                "-j",
                "2",
                "-T",
                String.valueOf(PHASE.toSeconds()),
                "-D",
                "session=" + session,
                "-f",
                script.toString()));
    if (System.getenv("LATIH_DB_USER") != null) {
      command.addAll(List.of("-U", System.getenv("LATIH_DB_USER")));
    }
    command.add(db.getPath().substring(1));
    // the password, if any, goes through the environment, never the command line
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (System.getenv("LATIH_DB_PASSWORD") != null) {
      builder.environment().put("PGPASSWORD", System.getenv("LATIH_DB_PASSWORD"));
    }
    Process pgbench = builder.start();
    String output = new String(pgbench.getInputStream().readAllBytes());
    pgbench.waitFor();
    Matcher tps = TPS.matcher(output);
    if (!tps.find()) {
      throw new IllegalStateException("pgbench: " + output);
    }
    return Double.parseDouble(tps.group(1));
  }
}
