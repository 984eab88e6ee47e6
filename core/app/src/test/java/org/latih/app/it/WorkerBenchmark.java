package org.latih.app.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.latih.api.reports.ReportDefinition;
import org.latih.api.reports.ReportRequest;
import org.latih.api.reports.ResponseRow;
import org.latih.kernel.plugin.worker.ReportReads;
import org.latih.kernel.plugin.worker.Sandbox;
import org.latih.kernel.plugin.worker.WorkerProcess;
import org.latih.kernel.plugin.worker.WorkerSpec;
import org.latih.worker.protocol.OutcomeParts;
import org.latih.worker.protocol.OutcomeSnapshot;
import org.latih.worker.protocol.Protocol;
import org.latih.worker.protocol.Request;

/**
 * The cost of running plugins in workers (bench/plugin-workers): how long a sandboxed worker takes
 * to start, how much memory one holds, and how much later a report over a region-scale snapshot
 * comes through the worker than from the same plugin in process, alternately in one run so the
 * machine's load weighs on both alike. Prints Markdown tables.
 *
 * <p>Parts ({@code -Dbench.parts}, default all): {@code starts} ({@code -Dbench.starts} starts of
 * the template plugin) and {@code latency} ({@code -Dbench.builds} builds per plugin and scope);
 * {@code -Dbench.heap-mib} sets the workers' heap (the server's default, 256).
 */
public final class WorkerBenchmark {

  private static final List<String> PARTS =
      Arrays.asList(System.getProperty("bench.parts", "starts,latency").split(","));
  private static final int STARTS = Integer.getInteger("bench.starts", 20);
  private static final int BUILDS = Integer.getInteger("bench.builds", 200);
  private static final int WARM_UP = Integer.getInteger("bench.warmup", 20);
  private static final List<String> ONLY =
      Arrays.asList(System.getProperty("bench.plugins", "").split(","));
  private static final int HEAP_MIB = Integer.getInteger("bench.heap-mib", 256);
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Duration LONG = Duration.ofSeconds(60);

  /** The worker's idle wait before it gives memory back (HeapTrim), and a second more. */
  private static final Duration REST = Duration.ofSeconds(3);

  private WorkerBenchmark() {}

  public static void main(String[] args) throws Exception {
    System.out.printf("%n## Plugin workers%n%nAt start: %s%n", Machine.uptime());
    WorkerSpec defaults = WorkerSpec.defaults(PluginArtifacts.workerLib());
    WorkerSpec spec =
        new WorkerSpec(
            defaults.java(),
            defaults.workerLib(),
            HEAP_MIB,
            defaults.callThreads(),
            defaults.maxAnswerBytes(),
            defaults.startTimeout(),
            Sandbox.Mode.BWRAP,
            defaults.maxThreads(),
            defaults.idleCpuLimit());
    System.out.printf(
        "Workers as the server starts them: bubblewrap, %d MiB heap, %d call threads.%n",
        spec.heapMiB(), spec.callThreads());
    if (PARTS.contains("starts")) {
      starts(spec);
    }
    if (PARTS.contains("latency")) {
      latency(spec);
    }
    System.out.printf("%nAt end: %s%n", Machine.uptime());
    System.exit(0); // exec:java runs in Maven's JVM: leave no thread of ours behind
  }

  /** Start to ready line of the template plugin, after one start that probes bubblewrap. */
  private static void starts(WorkerSpec spec) {
    PluginArtifacts.Built template = PluginArtifacts.template();
    WorkerProcess.start(spec, template.jar(), template.id(), why -> {}).close();
    List<Double> millis = new ArrayList<>();
    List<Double> rss = new ArrayList<>();
    for (int i = 0; i < STARTS; i++) {
      long start = System.nanoTime();
      try (WorkerProcess worker =
          WorkerProcess.start(spec, template.jar(), template.id(), why -> {})) {
        millis.add((System.nanoTime() - start) / 1e6);
        rss.add(Machine.mib(worker.stats().orElseThrow().rssBytes()));
      }
    }
    System.out.printf(
        "%n### Worker start (template plugin, %d starts)%n%n"
            + "| start to ready p50 | p95 | max | RSS after ready p50 |%n|---|---|---|---|%n"
            + "| %.0f ms | %.0f ms | %.0f ms | %.0f MiB |%n",
        STARTS,
        Machine.p(millis, 50),
        Machine.p(millis, 95),
        Machine.p(millis, 100),
        Machine.p(rss, 50));
  }

  /** In process and through the worker, alternately, for every plugin and both scopes. */
  private static void latency(WorkerSpec spec) throws IOException, InterruptedException {
    System.out.printf(
        "%n### Report latency over a region-scale snapshot (%d builds per plugin and scope, after"
            + " %d to warm up)%n%n",
        BUILDS, WARM_UP);
    List<String> rows = new ArrayList<>();
    for (PluginArtifacts.Built plugin : PluginArtifacts.all()) {
      if (!ONLY.contains("") && !ONLY.contains(plugin.module())) {
        continue;
      }
      try (InProcessPlugin local = new InProcessPlugin(plugin.jar())) {
        OutcomeSnapshot region =
            asTheHostHoldsIt(
                SyntheticOutcomes.generate(
                    plugin.module(), SyntheticOutcomes.Size.region(), local.forms(), 2026));
        if (rows.isEmpty()) {
          System.out.println(describe(region) + "\n");
        }
        String course = SyntheticOutcomes.course(0);
        List<Scope> scopes =
            List.of(
                new Scope("all", region, new ReportRequest(null, null)),
                new Scope(
                    course,
                    SyntheticOutcomes.ofCourse(region, course),
                    new ReportRequest(course, null)));
        for (Scope scope : scopes) {
          // a worker per scope: one killed by the whole region leaves the course's run its own;
          // and one for the baseline, so that each one's memory is its own
          try (WorkerProcess worker =
                  WorkerProcess.start(spec, plugin.jar(), plugin.id(), why -> {});
              WorkerProcess baseline =
                  WorkerProcess.start(spec, plugin.jar(), plugin.id(), why -> {})) {
            rows.add(new Pair(local, worker, baseline, scope).measure(plugin.module()));
          }
        }
      }
    }
    System.out.println(
        "| plugin | scope | request: parts read (largest) / all | encode / decode (host JVM):"
            + " parts read, all | in process p50 / p95 | worker p50 / p95 | p95 overhead |"
            + " every part sent: worker p50 / p95 | its p95 overhead | overhead ratio |"
            + " worker RSS ready / after / 3 s idle (parts read) |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    rows.forEach(System.out::println);
  }

  /**
   * The snapshot with each distinct string one object, as the host reads a region's data
   * (RegionOutcomes' SharedStrings): made up row by row, every cell was a string of its own, and
   * the host took twice as long to encode it (135-150 ms instead of 59-64 ms for a whole region).
   * Passing it through the protocol once gives exactly that; the rows are then made, as the host
   * holds them made (the worker makes them as the plugin asks).
   */
  private static OutcomeSnapshot asTheHostHoldsIt(OutcomeSnapshot made) throws IOException {
    byte[] sent = Protocol.bytes(Request.build(0, "", new ReportRequest(null, null), made));
    OutcomeSnapshot read = Protocol.readRequest(new ByteArrayInputStream(sent)).outcomes();
    Map<String, List<ResponseRow>> responses = new HashMap<>();
    read.responses().forEach((form, rows) -> responses.put(form, List.copyOf(rows)));
    return new OutcomeSnapshot(
        read.region(),
        List.copyOf(read.enrolments()),
        List.copyOf(read.attendance()),
        List.copyOf(read.testScores()),
        responses,
        List.copyOf(read.unitIndicators()));
  }

  private static String describe(OutcomeSnapshot s) {
    int responses = s.responses().values().stream().mapToInt(List::size).sum();
    long scores =
        s.testScores().stream()
            .mapToLong(r -> (r.pre() == null ? 0 : 1) + (r.post() == null ? 0 : 1))
            .sum();
    return String.format(
        Locale.ROOT,
        "Region: %,d enrolments, %,d scores (%,d rows), %,d attendance rows, about %,d responses"
            + " (each plugin's own forms), %,d unit indicators.",
        s.enrolments().size(),
        scores,
        s.testScores().size(),
        s.attendance().size(),
        responses,
        s.unitIndicators().size());
  }

  private record Scope(String name, OutcomeSnapshot data, ReportRequest request) {}

  /** One plugin's reports, built in process and in the worker turn about. */
  private static final class Pair {
    private final InProcessPlugin local;
    private final WorkerProcess worker;
    private final WorkerProcess baseline;
    private final Scope scope;
    private final List<ReportDefinition> reports;
    private final List<Double> inProcess = new ArrayList<>();
    private final List<Double> inWorker = new ArrayList<>();
    private final List<Double> inWorkerAll = new ArrayList<>();
    private final List<Double> encode = new ArrayList<>();
    private final List<Double> decode = new ArrayList<>();
    private final List<Double> encodeAll = new ArrayList<>();
    private final List<Double> decodeAll = new ArrayList<>();
    private final ReportReads reads = new ReportReads();
    private long lineBytes;
    private long allBytes;

    Pair(InProcessPlugin local, WorkerProcess worker, WorkerProcess baseline, Scope scope) {
      this.local = local;
      this.worker = worker;
      this.baseline = baseline;
      this.scope = scope;
      this.reports = local.reports();
    }

    /** A table row: the figures, or why the worker could not build. */
    String measure(String plugin) throws IOException, InterruptedException {
      double ready = Machine.mib(worker.stats().orElseThrow().rssBytes());
      codec(reports.get(0).id());
      try {
        run(WARM_UP);
        clear();
        run(BUILDS);
      } catch (RuntimeException e) {
        // a worker that cannot take the snapshot is a result, not the end of the run
        return String.format(
            Locale.ROOT,
            "| %s | %s | %.1f MiB | %.0f / %.0f ms | failed: %s | | | | | | %.0f / – / – MiB |",
            plugin,
            scope.name(),
            lineBytes / 1048576.0,
            Machine.p(encode, 50),
            Machine.p(decode, 50),
            worker.fault().orElse(e.toString()),
            ready);
      }
      double after = Machine.mib(worker.stats().orElseThrow().rssBytes());
      Thread.sleep(REST.toMillis()); // the worker gives back its grown heap once idle
      return row(plugin, ready, after, Machine.mib(worker.stats().orElseThrow().rssBytes()));
    }

    private void run(int builds) {
      List<Runnable> order = new ArrayList<>();
      for (int i = 0; i < builds; i++) {
        String report = reports.get(i % reports.size()).id();
        // which goes first turns too, so none always runs on a warmer cache
        order.clear();
        order.add(() -> local(report));
        order.add(() -> remote(report));
        order.add(() -> remoteAll(report));
        Collections.rotate(order, i / reports.size());
        order.forEach(Runnable::run);
        if (i / reports.size() % 5 == 0) { // every report, every fifth time round
          codec(report);
        }
      }
    }

    private void local(String report) {
      long start = System.nanoTime();
      local.build(report, scope.request(), scope.data());
      inProcess.add((System.nanoTime() - start) / 1e6);
    }

    /**
     * As the host builds: only the parts of the data the report read before ({@link ReportReads}).
     */
    private void remote(String report) {
      long start = System.nanoTime();
      reads.build(
          report,
          scope.data()::only,
          (data, sent) -> worker.build(report, scope.request(), data, sent, WAIT, LONG));
      inWorker.add((System.nanoTime() - start) / 1e6);
    }

    /** The baseline: every part of the data sent, as until protocol v6. */
    private void remoteAll(String report) {
      long start = System.nanoTime();
      baseline.build(report, scope.request(), scope.data(), WAIT, LONG);
      inWorkerAll.add((System.nanoTime() - start) / 1e6);
    }

    /**
     * Writing the request as WorkerProcess does (into memory here, not a pipe) and reading it back
     * as WorkerMain does, both in this JVM (the worker itself reads on one core and a small heap):
     * with the parts the report read, and with every part.
     */
    private void codec(String report) {
      OutcomeParts parts = reads.of(report);
      Request request = Request.build(1, report, scope.request(), scope.data().only(parts), parts);
      lineBytes = Math.max(lineBytes, codec(request, encode, decode));
      allBytes =
          codec(Request.build(1, report, scope.request(), scope.data()), encodeAll, decodeAll);
    }

    private static long codec(Request request, List<Double> encode, List<Double> decode) {
      ByteArrayOutputStream encoded = new ByteArrayOutputStream(16 << 20); // grown before timing
      long start = System.nanoTime();
      try {
        Protocol.write(request, encoded);
        encode.add((System.nanoTime() - start) / 1e6);
        byte[] line = encoded.toByteArray();
        start = System.nanoTime();
        Protocol.readRequest(new ByteArrayInputStream(line));
        decode.add((System.nanoTime() - start) / 1e6);
        return line.length;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void clear() {
      List.of(inProcess, inWorker, inWorkerAll, encode, decode, encodeAll, decodeAll)
          .forEach(List::clear);
    }

    String row(String plugin, double rssReady, double rssAfter, double rssIdle) {
      double localP95 = Machine.p(inProcess, 95);
      double workerP95 = Machine.p(inWorker, 95);
      double allP95 = Machine.p(inWorkerAll, 95);
      return String.format(
          Locale.ROOT,
          "| %s | %s | %.1f / %.1f MiB | %.0f / %.0f ms, %.0f / %.0f ms | %.1f / %.1f ms |"
              + " %.1f / %.1f ms | **%.0f ms** | %.1f / %.1f ms | %.0f ms | %.2f |"
              + " %.0f / %.0f / %.0f MiB |",
          plugin,
          scope.name(),
          lineBytes / 1048576.0,
          allBytes / 1048576.0,
          Machine.p(encode, 50),
          Machine.p(decode, 50),
          Machine.p(encodeAll, 50),
          Machine.p(decodeAll, 50),
          Machine.p(inProcess, 50),
          localP95,
          Machine.p(inWorker, 50),
          workerP95,
          workerP95 - localP95,
          Machine.p(inWorkerAll, 50),
          allP95,
          allP95 - localP95,
          (workerP95 - localP95) / (allP95 - localP95),
          rssReady,
          rssAfter,
          rssIdle);
    }
  }

  /** The machine's state and small statistics. */
  static final class Machine {
    private Machine() {}

    static String uptime() {
      try {
        Process p = new ProcessBuilder("uptime").redirectErrorStream(true).start();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      } catch (IOException e) {
        return "uptime unavailable: " + e.getMessage();
      }
    }

    static double mib(long bytes) {
      return bytes / 1048576.0;
    }

    static double p(List<Double> values, double percentile) {
      List<Double> sorted = new ArrayList<>(values);
      sorted.sort(null);
      if (sorted.isEmpty()) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
      return sorted.get(Math.max(0, index));
    }
  }
}
