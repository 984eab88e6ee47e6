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
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The memory of a server with its five regional plugins' workers (run by {@code
 * bench/plugin-workers server} on a region {@code bench/seed-region} created): a production-like
 * server starts, the region's admin installs the five regional plugins, the region's evaluator
 * opens every report of each for the whole region and for one course, and the process tree's
 * resident memory (server plus worker JVMs) is read when ready, at its peak during the reports
 * (sampled every 50 ms), right after, and once the workers have been idle a few seconds. Asserts
 * nothing.
 */
public final class PluginMemoryBenchmark {

  private static final Path DATA = Path.of(System.getProperty("bench.data", "bench/data"));
  private static final String HEAP = System.getProperty("bench.heap", "1g");

  private PluginMemoryBenchmark() {}

  public static void main(String[] args) throws Exception {
    Properties facts = new Properties();
    try (Reader in = Files.newBufferedReader(DATA.resolve("seed.properties"))) {
      facts.load(in);
    }
    String password =
        System.getenv().getOrDefault("LATIH_BENCH_PASSWORD", SeedRegionCommand.DEFAULT_PASSWORD);
    System.out.printf(
        "%n## Server and five plugin workers, %s, -Xmx%s%n%nAt start: %s%n",
        PayaraProcess.embedded() ? "embedded H2" : "PostgreSQL",
        HEAP,
        WorkerBenchmark.Machine.uptime());
    try (PayaraProcess server =
        PayaraProcess.production(DATA, HEAP, List.of("-Dlatih.content.starter=false"))) {
      server.start();
      URL base = server.base();
      Tree tree = new Tree(server.handle());
      long ready = tree.rssMiB();
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
      Thread sampler = new Thread(() -> tree.sample(peak), "rss-sampler");
      sampler.setDaemon(true);
      sampler.start();
      List<String> rows = new ArrayList<>();
      for (JsonObject entry : reports) {
        String path =
            "api/v1/evaluation/reports/"
                + entry.getString("pluginId")
                + "/"
                + entry.getJsonObject("report").getString("id");
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
      sampler.interrupt();
      sampler.join();
      long after = tree.rssMiB();
      long workersAfter = tree.workersRssMiB();
      int workers = tree.workers();
      Thread.sleep(Duration.ofSeconds(4).toMillis()); // the workers' idle trim (HeapTrim)
      System.out.printf(
          "%n| report | scope | status | time through the server |%n|---|---|---|---|%n%s%n",
          String.join("\n", rows));
      System.out.printf(
          "%n| server + %d workers, RSS | when ready | peak during reports | right after | 4 s"
              + " idle |%n|---|---|---|---|---|%n| total | %d MiB | %d MiB | %d MiB | %d MiB |%n"
              + "| of which workers | – | – | %d MiB | %d MiB |%n",
          workers, ready, peak.get(), after, tree.rssMiB(), workersAfter, tree.workersRssMiB());
    }
    System.out.printf("%nAt end: %s%n", WorkerBenchmark.Machine.uptime());
    System.exit(0);
  }

  /** The server process and its descendants (bubblewrap and the worker JVMs under it). */
  private record Tree(ProcessHandle server) {

    long rssMiB() {
      return Stream.concat(Stream.of(server), server.descendants())
              .mapToLong(p -> rssKiB(p.pid()))
              .sum()
          / 1024;
    }

    int workers() {
      return (int) server.descendants().filter(p -> isJava(p.pid())).count();
    }

    long workersRssMiB() {
      return server.descendants().mapToLong(p -> rssKiB(p.pid())).sum() / 1024;
    }

    void sample(AtomicLong peak) {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(rssMiB(), Math::max);
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
      try {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
          if (line.startsWith("VmRSS:")) {
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
