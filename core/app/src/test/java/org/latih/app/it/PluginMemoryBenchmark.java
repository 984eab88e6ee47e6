package org.latih.app.it;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongUnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The memory of a server with its five regional plugins' workers (run by {@code
 * bench/plugin-workers server} on a region {@code bench/seed-region} created): a production-like
 * server starts, the region's admin installs the five regional plugins, the region's evaluator
 * opens every report of each for the whole region and for one course, and the process tree's
 * resident memory (server plus worker JVMs) is read when ready, at its peak during the reports
 * (sampled every 50 ms), right after, and once the workers have been idle a few seconds. Each
 * process's resident memory counts the pages it shares with the others (the JDK's libraries and
 * class archive, mapped by all six JVMs) once per process; the proportional size (PSS) divides them
 * among the processes, so its total counts each page once and is what the machine gives them. Then
 * 40 evaluators open whole-region reports at once, and the plugins' states are read. Asserts
 * nothing.
 */
public final class PluginMemoryBenchmark {

  private static final Path DATA = Path.of(System.getProperty("bench.data", "bench/data"));

  private PluginMemoryBenchmark() {}

  public static void main(String[] args) throws Exception {
    Properties facts = new Properties();
    try (Reader in = Files.newBufferedReader(DATA.resolve("seed.properties"))) {
      facts.load(in);
    }
    String password =
        System.getenv().getOrDefault("LATIH_BENCH_PASSWORD", SeedRegionCommand.DEFAULT_PASSWORD);
    try (PayaraProcess server =
        PayaraProcess.production(DATA, List.of("-Dlatih.content.starter=false"))) {
      System.out.printf(
          "%n## Server and five plugin workers, %s, %s%n%nAt start: %s%n",
          PayaraProcess.embedded() ? "embedded H2" : "PostgreSQL",
          String.join(" ", server.jvmOptions()),
          WorkerBenchmark.Machine.uptime());
      server.start();
      URL base = server.base();
      Tree tree = new Tree(server.handle());
      long ready = tree.rssMiB();
      long readyPss = tree.pssMiB();
      Api admin = Api.as(base, facts.getProperty("admin"), password);
      for (String plugin : PluginArtifacts.REGIONAL) {
        Path jar = PluginArtifacts.regional(plugin).jar();
        Api.Reply install =
            admin.postBytes("api/v1/plugins", "application/java-archive", Files.readAllBytes(jar));
        if (install.status() != 201) {
          throw new IllegalStateException("install of " + plugin + ": " + install);
        }
        System.out.println("installed " + plugin);
      }
      Api evaluator = Api.as(base, facts.getProperty("evaluator"), password);
      String course = facts.getProperty("courses").split(",")[0];
      List<JsonObject> reports =
          evaluator
              .get("api/v1/evaluation/reports")
              .structure()
              .asJsonArray()
              .getValuesAs(JsonObject.class);
      AtomicLong peak = new AtomicLong();
      AtomicLong peakPss = new AtomicLong();
      Thread sampler = new Thread(() -> tree.sample(peak, peakPss), "rss-sampler");
      sampler.setDaemon(true);
      sampler.start();
      List<String> rows = new ArrayList<>();
      List<String> paths = new ArrayList<>();
      for (JsonObject entry : reports) {
        String path =
            "api/v1/evaluation/reports/"
                + entry.getString("pluginId")
                + "/"
                + entry.getJsonObject("report").getString("id");
        paths.add(path);
        for (String query : List.of("", "?course=" + course)) {
          long start = System.nanoTime();
          String outcome;
          try {
            outcome = String.valueOf(evaluator.get(path + query).status());
          } catch (AssertionError e) { // a report that breaks the connection is a result too
            outcome = e.getMessage() + ": " + e.getCause();
          }
          String row =
              String.format(
                  "| %s | %s | %s | %.0f ms |",
                  path.substring("api/v1/evaluation/reports/".length()),
                  query.isEmpty() ? "region" : course,
                  outcome,
                  (System.nanoTime() - start) / 1e6);
          System.out.println(row);
          rows.add(row);
        }
      }
      long sequentialPeak = peak.get();
      long sequentialPeakPss = peakPss.get();
      List<String> crowds =
          List.of(
              crowd(evaluator, "one whole-region report", paths.subList(0, 1)),
              crowd(evaluator, "every whole-region report, in turn", paths));
      sampler.interrupt();
      sampler.join();
      long crowdPeak = peak.get();
      String states =
          admin
              .get("api/v1/plugins")
              .structure()
              .asJsonArray()
              .getValuesAs(JsonObject.class)
              .stream()
              .map(p -> p.getString("id") + " " + p.getString("state"))
              .collect(Collectors.joining(", "));
      long after = tree.rssMiB();
      long afterPss = tree.pssMiB();
      long workersAfter = tree.workersRssMiB();
      int workers = tree.workers();
      Thread.sleep(Duration.ofSeconds(4).toMillis()); // the workers' idle trim (HeapTrim)
      System.out.printf(
          "%n| report | scope | status | time through the server |%n|---|---|---|---|%n%s%n",
          String.join("\n", rows));
      System.out.printf(
          "%n| server + %d workers | when ready | peak during reports one by one | right after the crowd below | 4 s"
              + " idle |%n|---|---|---|---|---|%n| total RSS | %d MiB | %d MiB | %d MiB | %d MiB |%n"
              + "| of which workers | – | – | %d MiB | %d MiB |%n"
              + "| total PSS (shared pages once) | %d MiB | %d MiB | %d MiB | %d MiB |%n",
          workers,
          ready,
          sequentialPeak,
          after,
          tree.rssMiB(),
          workersAfter,
          tree.workersRssMiB(),
          readyPss,
          sequentialPeakPss,
          afterPss,
          tree.pssMiB());
      System.out.printf(
          "%n%d evaluators at once, each retrying a 503 after its Retry-After as the UI does:%n%n"
              + "| views | answers | requests | last answered after |%n|---|---|---|---|%n%s%n"
              + "%nPeak RSS of server and workers meanwhile: %d MiB. Plugins afterwards: %s%n",
          CROWD, String.join("\n", crowds), crowdPeak, states);
    }
    System.out.printf("%nAt end: %s%n", WorkerBenchmark.Machine.uptime());
    System.exit(0);
  }

  private static final int CROWD = 40;

  /**
   * {@value #CROWD} views at once, of {@code paths} in turn, each tried again after a 503 for as
   * long as the server's Retry-After says (at most 60 times): one table row.
   */
  private static String crowd(Api evaluator, String what, List<String> paths) throws Exception {
    ExecutorService viewers = Executors.newFixedThreadPool(CROWD);
    AtomicInteger requests = new AtomicInteger();
    long start = System.nanoTime();
    try {
      List<Future<Integer>> views = new ArrayList<>();
      for (int i = 0; i < CROWD; i++) {
        String path = paths.get(i % paths.size());
        views.add(viewers.submit(() -> view(evaluator, path, requests)));
      }
      Map<Integer, Long> answers = new TreeMap<>();
      for (Future<Integer> view : views) {
        answers.merge(view.get(), 1L, Long::sum);
      }
      return String.format(
          "| %d, %s | %s | %d | %.1f s |",
          CROWD, what, answers, requests.get(), (System.nanoTime() - start) / 1e9);
    } finally {
      viewers.shutdownNow();
    }
  }

  private static int view(Api evaluator, String path, AtomicInteger requests)
      throws InterruptedException {
    for (int tries = 1; ; tries++) {
      requests.incrementAndGet();
      Api.Reply reply;
      try {
        reply = evaluator.get(path);
      } catch (AssertionError e) { // no answer at all
        return 0;
      }
      if (reply.status() != 503 || tries == 60) {
        return reply.status();
      }
      String retryAfter = reply.header("Retry-After");
      Thread.sleep(
          Duration.ofSeconds(retryAfter == null ? 2 : Long.parseLong(retryAfter)).toMillis());
    }
  }

  /** The server process and its descendants (bubblewrap and the worker JVMs under it). */
  private record Tree(ProcessHandle server) {

    long rssMiB() {
      return treeMiB(Tree::rssKiB);
    }

    int workers() {
      return (int) server.descendants().filter(p -> isJava(p.pid())).count();
    }

    long workersRssMiB() {
      return server.descendants().mapToLong(p -> rssKiB(p.pid())).sum() / 1024;
    }

    /** The proportional set size of the tree: each shared page split among its processes. */
    long pssMiB() {
      return treeMiB(pid -> kiB(pid, "smaps_rollup", "Pss:"));
    }

    private long treeMiB(LongUnaryOperator kiBOfPid) {
      return Stream.concat(Stream.of(server), server.descendants())
              .mapToLong(p -> kiBOfPid.applyAsLong(p.pid()))
              .sum()
          / 1024;
    }

    void sample(AtomicLong peak, AtomicLong peakPss) {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(rssMiB(), Math::max);
        peakPss.accumulateAndGet(pssMiB(), Math::max);
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    private static boolean isJava(long pid) {
      try {
        return Files.readString(Path.of("/proc", Long.toString(pid), "comm"))
            .strip()
            .equals("java");
      } catch (IOException e) {
        return false;
      }
    }

    private static long rssKiB(long pid) {
      return kiB(pid, "status", "VmRSS:");
    }

    /** A figure in KiB from one of the process's files under /proc; 0 once it has ended. */
    private static long kiB(long pid, String file, String field) {
      try {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), file))) {
          if (line.startsWith(field)) {
            return Long.parseLong(line.replaceAll("\\D", ""));
          }
        }
      } catch (IOException e) {
        // the process ended meanwhile
      }
      return 0;
    }
  }
}
