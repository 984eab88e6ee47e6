package org.latih.app.it;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.latih.kernel.security.control.PasswordHash;

/**
 * The exam-day benchmark (run by {@code bench/exam-day}), on a region that {@code
 * bench/seed-region} created: a production-like server (the shipped password-hash cost, the boot
 * commands of config/) on the embedded database or, with LATIH_DB_URL, on PostgreSQL.
 *
 * <ul>
 *   <li>{@code stampede}: a sign-in wave of learners with production password hashes, then for each
 *       size N, N learners already signed in start the exam course's post-test at one instant,
 *       answer every question after a think time, change some answers and submit; then every
 *       acknowledged answer is checked against the database.
 *   <li>{@code crash}: the same with one size while the server is killed (SIGKILL) and restarted
 *       several times; learners retry as the test page does.
 *   <li>{@code ceiling}: see {@link SaveCeiling}.
 *   <li>{@code starts}: what one start costs the server when it is not overloaded: the first size's
 *       learners start the post-test a few at a time, the first fifth to warm the server up; the
 *       rest are measured (server CPU per start, and PostgreSQL's too when it is used). Unlike the
 *       stampede's times it hardly varies from run to run, so it shows what a change to the start
 *       saves.
 * </ul>
 *
 * Not a test: it asserts nothing and runs only when asked. The load comes from this JVM on the same
 * machine, so the server has less than the whole machine.
 */
public final class ExamDayBenchmark {

  private static final String MODE = System.getProperty("bench.mode", "stampede");
  private static final Path DATA = Path.of(System.getProperty("bench.data", "bench/data"));
  private static final Duration THINK_MIN =
      Duration.ofMillis(Long.getLong("bench.think.min", 1000));
  private static final Duration THINK_MAX =
      Duration.ofMillis(Long.getLong("bench.think.max", 3000));

  private ExamDayBenchmark() {}

  public static void main(String[] args) throws Exception {
    SeededExam exam = SeededExam.read(DATA);
    List<Integer> sizes =
        Arrays.stream(System.getProperty("bench.takers", "250,500,1000,2000").split(","))
            .map(String::strip)
            .map(Integer::valueOf)
            .toList();
    int wave = Integer.getInteger("bench.wave", 1000);
    int needed = sizes.stream().mapToInt(Integer::intValue).sum();
    if (needed > exam.takers().size() || wave > exam.others().size()) {
      throw new IllegalStateException(
          "the seeded region has "
              + exam.takers().size()
              + " exam takers and "
              + exam.others().size()
              + " other learners; this run needs "
              + needed
              + " and "
              + wave
              + ": seed with a larger --exam-takers");
    }
    // the takers are "already signed in": a cheap hash lets the benchmark sign them in quickly,
    // while the sign-in wave below measures learners with the production hash
    try (Connection db = Database.open()) {
      cheapPasswords(db, exam.takers().subList(0, needed), exam.password());
      if (MODE.equals("crash")) {
        timeLimit(db, exam.course(), Integer.getInteger("bench.time.limit", 120));
      }
    }
    String database = Database.embedded() ? "embedded H2" : "PostgreSQL";
    System.out.printf(
        "%n## Exam day, %s, %s (%d cores; the load generator runs on the same machine)%n%n",
        MODE, database, Runtime.getRuntime().availableProcessors());
    // the machine's load goes with every figure: on a shared machine it moves them most
    System.out.printf("At start: %s%n", WorkerBenchmark.Machine.uptime());
    int nodes = Integer.getInteger("bench.nodes", 1);
    if (nodes > 1 && Database.embedded()) {
      throw new IllegalStateException("several nodes share one PostgreSQL database: use --pg");
    }
    List<PayaraProcess> more = new ArrayList<>();
    Nginx nginx = null;
    try (PayaraProcess server =
        PayaraProcess.production(DATA, List.of("-Dlatih.content.starter=false"))) {
      server.start();
      System.out.printf("server ready; RSS %d MiB%n", server.rssMiB());
      URI base = server.base().toURI();
      if (nodes > 1) {
        // the other nodes and nginx in front: the learners reach them all through nginx; the CPU
        // figures in the tables are node 1's (round robin gives each node its share)
        List<Integer> ports = new ArrayList<>(List.of(server.port()));
        for (int i = 2; i <= nodes; i++) {
          PayaraProcess node =
              PayaraProcess.production(
                  DATA.resolveSibling(DATA.getFileName() + "-node" + i),
                  List.of("-Dlatih.content.starter=false"));
          more.add(node);
          node.start();
          ports.add(node.port());
        }
        nginx = Nginx.inFrontOf(DATA.resolveSibling(DATA.getFileName() + "-nginx"), ports);
        base = nginx.base().toURI();
        System.out.printf("%d nodes behind nginx at %s%n", nodes, base);
      }
      long quiz = exam.postTest(server.base());
      List<ExamTaker> all = new ArrayList<>();
      switch (MODE) {
        case "stampede" -> {
          signInWave(server, base, exam.others().subList(0, wave), exam.password());
          int from = 0;
          for (int n : sizes) {
            List<String> slice = exam.takers().subList(from, from + n);
            from += n;
            all.addAll(stampede(server, base, quiz, slice, exam.password(), null));
          }
        }
        case "crash" -> {
          int n = sizes.get(0);
          all.addAll(
              stampede(
                  server,
                  base,
                  quiz,
                  exam.takers().subList(0, n),
                  exam.password(),
                  new Crashes(server, Integer.getInteger("bench.crashes", 5))));
        }
        case "ceiling" -> new SaveCeiling(server, base, quiz, exam).run();
        case "starts" ->
            startCost(server, base, quiz, exam.takers().subList(0, sizes.get(0)), exam.password());
        default ->
            throw new IllegalArgumentException("bench.mode: stampede, crash, ceiling or starts");
      }
      for (PayaraProcess node : more) {
        System.out.printf("node CPU over the whole run: %.0f s%n", node.cpuSeconds());
      }
      if (!Database.embedded()) {
        try (Connection db = Database.open()) {
          Verification.of(db, quiz, all).print();
        }
        return;
      }
      server.stop();
      try (Connection db = Database.open()) {
        Verification.of(db, quiz, all).print();
      }
    } finally {
      System.out.printf("At end: %s%n", WorkerBenchmark.Machine.uptime());
      if (nginx != null) {
        nginx.close();
      }
      for (PayaraProcess node : more) {
        node.close();
      }
    }
  }

  /** Signs every learner in at once; prints how long the wave took and what it cost the server. */
  private static void signInWave(
      PayaraProcess server, URI base, List<String> learners, String password) throws Exception {
    ExamClient client = new ExamClient(base, Duration.ofMinutes(10));
    Latencies signIns = new Latencies();
    double cpu = server.cpuSeconds();
    long start = System.nanoTime();
    List<String> tokens = signIn(client, learners, password, learners.size(), signIns);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "%n### Sign-in wave: %d learners at once, production password hash%n%n", learners.size());
    System.out.println(Latencies.header());
    System.out.println(signIns.row("POST /api/v1/auth/tokens"));
    System.out.printf(
        "%nall signed in after %.1f s; %d without a token; server CPU %.1f s (%.0f ms per"
            + " sign-in)%n",
        seconds,
        tokens.stream().filter(t -> t == null).count(),
        server.cpuSeconds() - cpu,
        (server.cpuSeconds() - cpu) * 1000 / learners.size());
  }

  private static List<String> signIn(
      ExamClient client, List<String> learners, String password, int parallel, Latencies log)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<String>> tokens = new ArrayList<>();
    for (String username : learners) {
      tokens.add(
          pool.submit(
              () -> {
                go.await();
                ExamClient.Answer answer =
                    client.untilAnswered(
                        "POST",
                        "api/v1/auth/tokens",
                        null,
                        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}",
                        log);
                return answer.status() == 201 ? answer.json().getString("token") : null;
              }));
    }
    go.countDown();
    List<String> out = new ArrayList<>();
    for (Future<String> token : tokens) {
      out.add(token.get());
    }
    pool.shutdown();
    return out;
  }

  /** One stampede of {@code learners}; returns the takers for the check against the database. */
  private static List<ExamTaker> stampede(
      PayaraProcess server,
      URI base,
      long quiz,
      List<String> learners,
      String password,
      Crashes crashes)
      throws Exception {
    ExamClient client = new ExamClient(base, Duration.ofMinutes(crashes == null ? 2 : 5));
    List<String> tokens = signIn(client, learners, password, 32, new Latencies());
    ExamTaker.Run run = new ExamTaker.Run();
    CountDownLatch go = new CountDownLatch(1);
    List<ExamTaker> takers = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < learners.size(); i++) {
      ExamTaker taker =
          new ExamTaker(client, tokens.get(i), quiz, THINK_MIN, THINK_MAX, go, run, i);
      takers.add(taker);
      Thread thread = new Thread(taker, "taker-" + i);
      thread.start();
      threads.add(thread);
    }
    double cpu = server.cpuSeconds();
    long start = System.nanoTime();
    run.goNanos = start;
    go.countDown();
    if (crashes != null) {
      crashes.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (crashes != null) {
      crashes.join();
    }
    long[] toQuestionOne = run.toQuestionOne.stream().mapToLong(Long::longValue).sorted().toArray();
    double lastOnQuestionOne =
        toQuestionOne.length == 0 ? 0 : toQuestionOne[toQuestionOne.length - 1] / 1e9;
    System.out.printf(
        "%n### %d learners start the post-test at once%s%n%n",
        learners.size(), crashes == null ? "" : ", server killed " + crashes.count() + " times");
    System.out.println(Latencies.header());
    System.out.println(run.start.row("start (POST …/attempts)"));
    System.out.println(run.save.row("save (PUT …/answers/n)"));
    System.out.println(run.submit.row("submit"));
    if (run.resume.count() > 0) {
      System.out.println(run.resume.row("resume after an outage (GET)"));
    }
    System.out.printf(
        "%nlast learner on question 1 after %.1f s (%d of %d got there); run %.0f s;"
            + " gave up: %s; RSS %d MiB%n",
        lastOnQuestionOne,
        run.toQuestionOne.size(),
        learners.size(),
        seconds,
        run.gaveUp.isEmpty() ? "none" : run.gaveUp,
        server.rssMiB());
    if (toQuestionOne.length > 0) {
      // the tail shows whether the last ones waited for the server or for their retries
      System.out.printf(
          "on question 1: half after %.1f s, 90 %% after %.1f s, 99 %% after %.1f s%n",
          toQuestionOne[toQuestionOne.length / 2] / 1e9,
          toQuestionOne[toQuestionOne.length * 9 / 10] / 1e9,
          toQuestionOne[toQuestionOne.length * 99 / 100] / 1e9);
    }
    if (crashes == null) {
      int cores = Runtime.getRuntime().availableProcessors();
      double used = server.cpuSeconds() - cpu;
      System.out.printf(
          "server CPU %.0f s (%.0f %% of %d cores over the run)%n",
          used, 100 * used / seconds / cores, cores);
    } else {
      crashes.print(run);
    }
    return takers;
  }

  /**
   * Starts by {@code learners}, four at a time; the first fifth warms the server up. Prints the
   * server's CPU per start over the rest, and PostgreSQL's (all its processes) when it is used.
   */
  private static void startCost(
      PayaraProcess server, URI base, long quiz, List<String> learners, String password)
      throws Exception {
    ExamClient client = new ExamClient(base, Duration.ofMinutes(2));
    List<String> tokens = signIn(client, learners, password, 32, new Latencies());
    int warmUp = learners.size() / 5;
    Latencies warm = new Latencies();
    starts(client, quiz, tokens.subList(0, warmUp), warm);
    Latencies measured = new Latencies();
    double cpu = server.cpuSeconds();
    double db = ProcessCpu.postgresSeconds();
    long start = System.nanoTime();
    starts(client, quiz, tokens.subList(warmUp, tokens.size()), measured);
    double seconds = (System.nanoTime() - start) / 1e9;
    int n = tokens.size() - warmUp;
    System.out.printf(
        "%n### %d starts of the post-test, four at a time, after %d to warm up%n%n", n, warmUp);
    System.out.println(Latencies.header());
    System.out.println(measured.row("start (POST …/attempts)"));
    System.out.printf(
        "%n%.0f starts/s; server CPU %.2f ms per start; PostgreSQL CPU %.2f ms per start%n",
        n / seconds,
        (server.cpuSeconds() - cpu) * 1000 / n,
        (ProcessCpu.postgresSeconds() - db) * 1000 / n);
  }

  private static void starts(ExamClient client, long quiz, List<String> tokens, Latencies log)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Integer>> answers = new ArrayList<>();
    for (String token : tokens) {
      answers.add(
          pool.submit(
              () ->
                  client
                      .untilAnswered(
                          "POST", "api/v1/quizzes/" + quiz + "/attempts", token, null, log)
                      .status()));
    }
    for (Future<Integer> answer : answers) {
      int status = answer.get();
      if (status != 200 && status != 201) {
        throw new IllegalStateException("a start answered " + status);
      }
    }
    pool.shutdown();
  }

  private static void cheapPasswords(Connection db, List<String> usernames, String password)
      throws SQLException {
    String hash = new PasswordHash(1000).hash(password.toCharArray());
    try (PreparedStatement update =
        db.prepareStatement("UPDATE users SET password_hash = ? WHERE username = ?")) {
      for (String username : usernames) {
        update.setString(1, hash);
        update.setString(2, username);
        update.addBatch();
      }
      update.executeBatch();
    }
  }

  private static void timeLimit(Connection db, String course, int minutes) throws SQLException {
    try (PreparedStatement update =
        db.prepareStatement(
            "UPDATE quizzes SET time_limit_minutes = ? WHERE kind = 'POST_TEST'"
                + " AND course_id = (SELECT id FROM courses WHERE code = ?)")) {
      update.setInt(1, minutes);
      update.setString(2, course);
      update.executeUpdate();
    }
  }

  /** The database the seed wrote and the server uses: LATIH_DB_URL, or the embedded one. */
  static final class Database {
    static boolean embedded() {
      return System.getenv("LATIH_DB_URL") == null;
    }

    static Connection open() throws SQLException {
      return SeedDatabase.of(DATA).connect();
    }
  }
}
