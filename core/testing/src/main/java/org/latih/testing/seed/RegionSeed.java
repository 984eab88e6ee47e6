package org.latih.testing.seed;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Seeds a region with a realistic year-on-year training record, straight into the database with
 * batched JDBC: {@link Size#region()} is the 10,000-ASN region of the benchmarks, {@link
 * Size#small()} the couple of thousand enrolments an IT needs. Rows are named with a prefix
 * ("bench" unless given; the next free "bench2", "bench3"... when a run already used it), so a
 * database with other data, or an earlier seed, can be seeded again.
 *
 * <p>The schema must exist (the app's migrations). All users share one password, whose stored hash
 * the caller makes with the app's own PasswordHash; the respondent key is the server's (so seeded
 * evaluation answers count as given) or any text.
 */
public final class RegionSeed {

  public static final String DEFAULT_PREFIX = "bench";

  /**
   * Rows per commit. Measured on the 10,000-ASN region (1.8 million rows): H2 took 80 s committing
   * every 5,000 rows and 52 s every 50,000; PostgreSQL 30 s and 25 s.
   */
  private static final int COMMIT_EVERY = 50_000;

  /** How big a region: people, units, courses, years of cohorts, exam takers. */
  public record Size(int asn, int unitKerja, int courses, int years, int examTakers) {

    public Size {
      if (unitKerja < 1 || asn < 2 * unitKerja) {
        throw new IllegalArgumentException(
            "need at least one unit kerja and two ASN per unit (its head and secretary)");
      }
      if (asn > 150_000) {
        throw new IllegalArgumentException("at most 150,000 ASN: a run's NIPs would repeat");
      }
      if (courses < 1 || years < 1 || years > 10) {
        throw new IllegalArgumentException("need at least one course and 1 to 10 years");
      }
      if (examTakers < 0 || examTakers > asn) {
        throw new IllegalArgumentException("exam takers must be between 0 and the ASN count");
      }
    }

    /**
     * The benchmark region: 10,000 ASN in 40 unit kerja, 30 courses, 3 years, 2,000 exam takers.
     */
    public static Size region() {
      return new Size(10_000, 40, 30, 3, 2_000);
    }

    /** For ITs: 450 ASN, 8 units, 6 courses, 3 years (about 2,200 enrolments), 50 exam takers. */
    public static Size small() {
      return new Size(450, 8, 6, 3, 50);
    }

    public Size withAsn(int asn) {
      return new Size(asn, unitKerja, courses, years, Math.min(examTakers, asn));
    }

    public Size withExamTakers(int examTakers) {
      return new Size(asn, unitKerja, courses, years, examTakers);
    }
  }

  /**
   * What to seed and how.
   *
   * @param region the region's code; a missing region is created
   * @param prefix names the run's courses and forms; null picks the first free one from "bench"
   * @param passwordHash every seeded user's stored password hash
   * @param respondentKey the server's respondent key (latih.evaluation.respondent-key)
   * @param now the moment the data leads up to
   * @param randomSeed the same seed gives the same data
   */
  public record Options(
      String region,
      String prefix,
      Size size,
      String passwordHash,
      String respondentKey,
      Instant now,
      long randomSeed) {

    public Options {
      if (region == null || !region.matches("[a-z][a-z0-9-]{1,63}")) {
        throw new IllegalArgumentException("region code must be kebab-case: " + region);
      }
      if (prefix != null && !prefix.matches("[a-z][a-z0-9]{0,19}")) {
        throw new IllegalArgumentException("prefix must be a short lower-case word: " + prefix);
      }
      now = now.truncatedTo(ChronoUnit.MILLIS);
    }

    public static Options of(String region, Size size, String passwordHash, String respondentKey) {
      return new Options(region, null, size, passwordHash, respondentKey, Instant.now(), 2026);
    }

    public Options withPrefix(String prefix) {
      return new Options(region, prefix, size, passwordHash, respondentKey, now, randomSeed);
    }
  }

  /**
   * What was seeded. Learners are listed in order: the first {@code examTakers} of them are the
   * exam course's takers. Every username is the person's NIP.
   */
  public record Result(
      String region,
      long regionId,
      String prefix,
      String examCourse,
      List<String> courses,
      List<String> learners,
      String admin,
      String evaluator,
      List<String> instructors,
      Map<String, Long> rows,
      Duration took) {}

  private RegionSeed() {}

  /**
   * Opens a connection for seeding with whichever JDBC driver on this class's class path takes the
   * URL (a tool's class loader need not be the one DriverManager knows). PostgreSQL is asked to
   * rewrite each batch into multi-row inserts, which makes it several times faster.
   */
  public static Connection open(String url, String user, String password) throws SQLException {
    Properties properties = new Properties();
    if (user != null && !user.isBlank()) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    if (url.startsWith("jdbc:postgresql:")) {
      properties.setProperty("reWriteBatchedInserts", "true");
    }
    for (Driver driver : ServiceLoader.load(Driver.class, RegionSeed.class.getClassLoader())) {
      if (driver.acceptsURL(url)) {
        return driver.connect(url, properties);
      }
    }
    throw new SQLException(
        "No JDBC driver on the class path takes " + url.replaceAll("[?;].*$", ""));
  }

  /** A respondent key for a database whose server keeps none yet: any text will do. */
  public static String newRespondentKey() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /**
   * Seeds, committing every {@value #COMMIT_EVERY} rows: a run that fails keeps what it committed,
   * and the next run, seeing its courses, takes the next prefix.
   */
  public static Result seed(Connection connection, Options options, Consumer<String> progress)
      throws SQLException {
    long started = System.nanoTime();
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Rows rows = new Rows(connection, COMMIT_EVERY)) {
      Ids ids = new Ids(connection);
      Region region = region(connection, ids, options.region());
      String prefix = options.prefix() != null ? options.prefix() : freePrefix(connection);
      Seeding s =
          new Seeding(
              rows,
              ids,
              options,
              region.id(),
              region.name(),
              prefix,
              new Random(options.randomSeed()));
      progress.accept(
          "Seeding region " + options.region() + " (id " + region.id() + "), prefix " + prefix);
      People people = People.write(s, nips(connection));
      progress.accept("  users: " + (people.learners.size() + people.instructors.size() + 2));
      Catalogue catalogue = Catalogue.write(s);
      progress.accept("  courses: " + (catalogue.courses.size() + 1) + " with their tests");
      int[][] plan = Journeys.plan(s.size(), s.random());
      int[] seats = new int[Cohorts.count(s.size())];
      for (int[] cohorts : plan) {
        for (int c : cohorts) {
          seats[c]++;
        }
      }
      List<Cohorts.Cohort> cohorts = Cohorts.write(s, catalogue, people.instructors, seats);
      progress.accept("  cohorts: " + cohorts.size() + " with their sessions");
      Forms forms = Forms.write(s, people.admin.id());
      Indicators.write(s, people);
      new Journeys(s, people, catalogue, cohorts, forms).write(plan, progress);
      rows.flush();
      analyze(connection);
      return new Result(
          options.region(),
          region.id(),
          prefix,
          catalogue.exam.code(),
          catalogue.courses.stream().map(Catalogue.Course::code).toList(),
          people.learners.stream().map(People.Person::nip).toList(),
          people.admin.nip(),
          people.evaluator.nip(),
          people.instructors.stream().map(People.Person::nip).toList(),
          Map.copyOf(rows.written()),
          Duration.ofNanos(System.nanoTime() - started));
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /**
   * Has PostgreSQL gather the planner's statistics of the tables just filled, as its guide advises
   * after a bulk load. Until autovacuum does so (or never, where it is off) the planner believes
   * the tables nearly empty: a whole region's test results, a 0.1 s hash join with fresh
   * statistics, took a nested loop of 60 to 110 s. H2 gathers its own as a table grows.
   */
  private static void analyze(Connection connection) throws SQLException {
    if (connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
      try (Statement st = connection.createStatement()) {
        st.execute("ANALYZE");
      }
      connection.commit();
    }
  }

  private record Region(long id, String name) {}

  private static Region region(Connection connection, Ids ids, String code) throws SQLException {
    try (PreparedStatement st =
        connection.prepareStatement("SELECT id, name FROM regions WHERE code = ?")) {
      st.setString(1, code);
      try (ResultSet rs = st.executeQuery()) {
        if (rs.next()) {
          return new Region(rs.getLong(1), rs.getString(2));
        }
      }
    }
    Region region = new Region(ids.next("regions"), "Kota " + Words.slug(code).replace('-', ' '));
    try (PreparedStatement st =
        connection.prepareStatement(
            "INSERT INTO regions (id, code, name, type) VALUES (?, ?, ?, 'KOTA')")) {
      st.setLong(1, region.id());
      st.setString(2, code);
      st.setString(3, region.name());
      st.executeUpdate();
    }
    connection.commit();
    return region;
  }

  /** "bench", or "bench2", "bench3"... when an earlier run took it. */
  private static String freePrefix(Connection connection) throws SQLException {
    try (PreparedStatement st =
        connection.prepareStatement("SELECT COUNT(*) FROM courses WHERE code IN (?, ?)")) {
      for (int n = 1; ; n++) {
        String prefix = n == 1 ? DEFAULT_PREFIX : DEFAULT_PREFIX + n;
        st.setString(1, Catalogue.codeOf(prefix, 0));
        st.setString(2, Catalogue.examCode(prefix));
        try (ResultSet rs = st.executeQuery()) {
          rs.next();
          if (rs.getLong(1) == 0) {
            return prefix;
          }
        }
      }
    }
  }

  private static Set<String> nips(Connection connection) throws SQLException {
    Set<String> nips = new HashSet<>();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT nip FROM users WHERE nip IS NOT NULL")) {
      while (rs.next()) {
        nips.add(rs.getString(1));
      }
    }
    return nips;
  }
}
