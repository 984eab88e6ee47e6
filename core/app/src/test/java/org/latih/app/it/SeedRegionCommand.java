package org.latih.app.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.latih.kernel.persistence.Migrations;
import org.latih.kernel.persistence.UrlDataSource;
import org.latih.testing.seed.RegionSeed;

/**
 * {@code bench/seed-region}: brings the database's schema up to date with the app's own migrations,
 * seeds a region ({@link RegionSeed.Size#region()} unless told otherwise) and writes what a load
 * client needs next to the data: {@code seed-users.txt} (every learner's username in order, the
 * exam takers first) and {@code seed.properties} (region, exam course, staff, row counts). The
 * database is {@code LATIH_DB_URL} when set, otherwise the embedded H2 file under the data
 * directory. Not a test: it runs only when asked.
 *
 * <p>Options: {@code --asn N}, {@code --exam-takers N}, {@code --region CODE}, {@code --prefix P},
 * {@code --iterations N} (PBKDF2 count of the shared password, production's 600,000 by default).
 * The password is {@code LATIH_BENCH_PASSWORD}, or {@value #DEFAULT_PASSWORD}.
 */
public final class SeedRegionCommand {

  static final String DEFAULT_PASSWORD = "Latih-Bench-2026";

  private SeedRegionCommand() {}

  public static void main(String[] args) throws IOException, SQLException {
    RegionSeed.Size size = RegionSeed.Size.region();
    String region = "kupang";
    String prefix = null;
    int iterations = 600_000;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--asn" -> size = size.withAsn(Integer.parseInt(value));
        case "--exam-takers" -> size = size.withExamTakers(Integer.parseInt(value));
        case "--region" -> region = value;
        case "--prefix" -> prefix = value;
        case "--iterations" -> iterations = Integer.parseInt(value);
        default ->
            throw new IllegalArgumentException(
                "unknown option "
                    + args[i]
                    + "; known: --asn N, --exam-takers N, --region CODE, --prefix P, --iterations N");
      }
      i++;
    }
    Path dataDir = Path.of(System.getProperty("seed.data.dir", "bench/data")).toAbsolutePath();
    String password = System.getenv().getOrDefault("LATIH_BENCH_PASSWORD", DEFAULT_PASSWORD);
    SeedDatabase database = SeedDatabase.of(dataDir);
    System.out.println("Database: " + database.safeUrl());

    long started = System.nanoTime();
    migrate(database);
    System.out.printf("Schema up to date in %.1f s%n", seconds(System.nanoTime() - started));

    RegionSeed.Result result =
        database.seed(region, prefix, size, password, iterations, System.out::println);
    report(result, size);
    write(dataDir, result, size);
    System.out.printf(
        "Seeded in %.1f s (%.1f s with migrations and password hash)%n",
        result.took().toMillis() / 1000.0, seconds(System.nanoTime() - started));
  }

  private static void migrate(SeedDatabase database) throws SQLException {
    UrlDataSource dataSource = new UrlDataSource();
    dataSource.setUrl(database.url());
    dataSource.setUser(database.user());
    dataSource.setPassword(database.password());
    Migrations.applyAll(dataSource);
  }

  private static void report(RegionSeed.Result r, RegionSeed.Size size) {
    long total = r.rows().values().stream().mapToLong(Long::longValue).sum();
    System.out.println("Rows written: " + total);
    new TreeMap<>(r.rows()).forEach((table, n) -> System.out.printf("  %-20s %,10d%n", table, n));
    System.out.println(
        "Region "
            + r.region()
            + ": "
            + size.asn()
            + " learners, "
            + r.courses().size()
            + " courses (prefix "
            + r.prefix()
            + "), exam course "
            + r.examCourse()
            + " with "
            + size.examTakers()
            + " takers");
    System.out.println(
        "Sign in as a learner with the NIP in seed-users.txt; regional admin "
            + r.admin()
            + ", evaluator "
            + r.evaluator()
            + "; password LATIH_BENCH_PASSWORD (default "
            + DEFAULT_PASSWORD
            + ")");
  }

  private static void write(Path dataDir, RegionSeed.Result r, RegionSeed.Size size)
      throws IOException {
    Files.createDirectories(dataDir);
    List<String> users = new ArrayList<>();
    users.add(
        "# learners of region " + r.region() + " (prefix " + r.prefix() + "), one NIP a line;");
    users.add("# the first " + size.examTakers() + " are ready to start " + r.examCourse());
    users.addAll(r.learners());
    Files.write(dataDir.resolve("seed-users.txt"), users);
    Map<String, String> facts = new TreeMap<>();
    facts.put("region", r.region());
    facts.put("prefix", r.prefix());
    facts.put("exam.course", r.examCourse());
    facts.put("exam.takers", String.valueOf(size.examTakers()));
    facts.put("learners", String.valueOf(r.learners().size()));
    facts.put("admin", r.admin());
    facts.put("evaluator", r.evaluator());
    facts.put("instructors", String.join(",", r.instructors()));
    facts.put("courses", String.join(",", r.courses()));
    facts.put("password.env", "LATIH_BENCH_PASSWORD");
    facts.put("seconds", String.valueOf(r.took().toMillis() / 1000.0));
    r.rows().forEach((table, n) -> facts.put("rows." + table, String.valueOf(n)));
    List<String> lines = new ArrayList<>();
    lines.add("# written by bench/seed-region");
    facts.forEach((k, v) -> lines.add(k + "=" + v));
    Files.write(dataDir.resolve("seed.properties"), lines);
    System.out.println("Wrote " + dataDir.resolve("seed-users.txt") + " and seed.properties");
  }

  private static double seconds(long nanos) {
    return Duration.ofNanos(nanos).toMillis() / 1000.0;
  }
}
