package org.latih.app.it;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.latih.kernel.csv.CsvDialect;
import org.latih.kernel.csv.CsvWriter;
import org.latih.kernel.persistence.Migrations;
import org.latih.kernel.persistence.UrlDataSource;
import org.latih.report.export.api.Table;
import org.latih.report.export.api.TableFormat;
import org.latih.report.export.control.RawFilter;
import org.latih.report.export.control.RawTables;
import org.latih.report.export.entity.RawKind;

/**
 * bench/export-stream: exports regions of 10k, 100k and 1M test attempts as CSV and XLSX through
 * the raw-export path the server runs (a database cursor into a streaming writer), and as a
 * baseline the in-memory path (every row read into a list, the CSV built as one string). For each
 * it prints rows per second and the peak heap in use right after a full garbage collection (the
 * live data), sampled twice a second while the export runs.
 */
public final class ExportStreamBenchmark {

  private static final AtomicLong PEAK_AFTER_GC = new AtomicLong();

  private ExportStreamBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = new ArrayList<>();
    for (String size : (args.length > 0 ? args[0] : "10000,100000,1000000").split(",")) {
      sizes.add(Integer.parseInt(size.strip()));
    }
    Path dir = Path.of(System.getProperty("bench.dir", "bench/data/export-stream"));
    String url = System.getenv("LATIH_DB_URL");
    if (url == null || url.isBlank()) {
      deleteTree(dir.resolve("db"));
      url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("db/latih") + ";WRITE_DELAY=0";
    }
    UrlDataSource source = new UrlDataSource();
    source.setUrl(url);
    source.setUser(System.getenv().getOrDefault("LATIH_DB_USER", "latih"));
    source.setPassword(System.getenv().getOrDefault("LATIH_DB_PASSWORD", "latih"));
    Migrations.applyAll(source);
    System.out.printf(
        "database %s, max heap %d MB%n",
        url.replaceAll("[?;].*$", ""), Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf(
        "%-10s %-22s %12s %12s %14s%n", "rows", "path", "seconds", "rows/s", "peak heap MB");
    long[] ids = {1_000_000_000L};
    for (int n : sizes) {
      long region;
      try (Connection c = source.getConnection()) {
        region = seed(c, n, ids);
      }
      RawFilter filter = new RawFilter(region, null, null);
      for (TableFormat format : List.of(TableFormat.CSV, TableFormat.XLSX)) {
        run(
            n,
            "stream " + format.extension(),
            () -> {
              try (Connection c = source.getConnection();
                  OutputStream out =
                      new BufferedOutputStream(
                          Files.newOutputStream(dir.resolve("out." + format.extension())))) {
                c.setAutoCommit(false);
                format.write(
                    List.of(RawTables.of(c, RawKind.ATTEMPTS, filter, Locale.forLanguageTag("id"))),
                    out,
                    Locale.forLanguageTag("id"));
                c.rollback();
              }
            });
      }
      run(
          n,
          "in-memory csv (old)",
          () -> {
            try (Connection c = source.getConnection()) {
              c.setAutoCommit(false);
              Table table = RawTables.of(c, RawKind.ATTEMPTS, filter, Locale.forLanguageTag("id"));
              List<List<Object>> rows = new ArrayList<>();
              table.rows(rows::add);
              CsvWriter csv = new CsvWriter(CsvDialect.SEMICOLON).row(table.columns());
              for (List<Object> row : rows) {
                csv.row(row.stream().map(v -> v == null ? "" : v.toString()).toList());
              }
              Files.write(dir.resolve("out-memory.csv"), csv.bytes());
              c.rollback();
            }
          });
    }
  }

  interface Work {
    void run() throws Exception;
  }

  private static void run(int rows, String path, Work work) {
    System.gc();
    PEAK_AFTER_GC.set(usedHeap());
    Thread sampler = new Thread(ExportStreamBenchmark::sample);
    sampler.setDaemon(true);
    sampler.start();
    long start = System.nanoTime();
    String result;
    try {
      work.run();
      double seconds = (System.nanoTime() - start) / 1e9;
      sampler.interrupt();
      sampler.join();
      result =
          String.format(
              Locale.ROOT,
              "%12.1f %12.0f %14d",
              seconds,
              rows / seconds,
              PEAK_AFTER_GC.get() >> 20);
    } catch (OutOfMemoryError e) {
      sampler.interrupt();
      result = String.format(Locale.ROOT, "%12s %12s %14s", "-", "-", "out of memory");
    } catch (Exception e) {
      sampler.interrupt();
      result = "failed: " + e;
    }
    System.out.printf(Locale.ROOT, "%-10d %-22s %s%n", rows, path, result);
  }

  /**
   * Twice a second a full collection, then the heap still in use: what the export holds at that
   * moment (the live data), not garbage a young collection left in the old generation.
   */
  private static void sample() {
    while (true) {
      System.gc();
      PEAK_AFTER_GC.accumulateAndGet(usedHeap(), Math::max);
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /**
   * A region of its own with 1,000 learners, one course and one test, and {@code n} graded
   * attempts, written by one INSERT … SELECT over a generated series.
   */
  private static long seed(Connection c, int n, long[] ids) throws SQLException {
    long base = ids[0];
    ids[0] += 10_000_000L;
    boolean postgres = c.getMetaData().getURL().startsWith("jdbc:postgresql");
    String series = postgres ? "generate_series(1, %d) AS g(x)" : "SYSTEM_RANGE(1, %d) AS g(x)";
    String now = "TIMESTAMP WITH TIME ZONE '2025-03-01 08:00:00+07'";
    try (Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO regions (id, code, name, type) VALUES (%d, 'xb%d', 'Kabupaten Bench %d', 'KABUPATEN')"
              .formatted(base, base, n));
      s.executeUpdate(
          ("INSERT INTO users (id, username, nip, name, unit_kerja, region_id, active,"
                  + " created_at, updated_at, version) SELECT %d + x, 'xb%d-' || x, CAST(%d + x AS VARCHAR(18)),"
                  + " 'Peserta ' || x, 'Unit ' || MOD(x, 40), %d, TRUE, %s, %s, 0 FROM "
                  + series)
              .formatted(base, base, base, base, now, now, 1_000));
      s.executeUpdate(
          ("INSERT INTO courses (id, code, package_version, title, description, jp, competency_type,"
                  + " language, region_id, published, created_at, updated_at, version) VALUES"
                  + " (%d, 'xb%d', '1.0.0', 'Manajemen Waktu', '', 10, 'TEKNIS', 'id', %d, TRUE, %s, %s, 0)")
              .formatted(base, base, base, now, now));
      s.executeUpdate(
          ("INSERT INTO quizzes (id, course_id, kind, title, attempts_allowed, grading_method,"
                  + " pass_percent, shuffle_questions, shuffle_options, review,"
                  + " required_for_completion, random_count, created_at, updated_at, version) VALUES"
                  + " (%d, %d, 'POST_TEST', 'Post-test', 0, 'HIGHEST', 70, FALSE, FALSE,"
                  + " 'AFTER_SUBMIT', TRUE, 0, %s, %s, 0)")
              .formatted(base, base, now, now));
      s.executeUpdate(
          ("INSERT INTO attempts (id, quiz_id, user_id, number, state, started_at, submitted_at,"
                  + " auto_submitted, points, max_points, needs_grading, version)"
                  + " SELECT %d + x, %d, %d + 1 + MOD(x, 1000), x, 'SUBMITTED', %s, %s, FALSE,"
                  + " MOD(x, 11), 10, FALSE, 0 FROM "
                  + series)
              .formatted(base, base, base, now, now, n));
    }
    if (!c.getAutoCommit()) {
      c.commit();
    }
    return base;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
