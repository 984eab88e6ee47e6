package org.latih.app.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.latih.kernel.security.control.PasswordHash;
import org.latih.kernel.security.control.PasswordPolicy;
import org.latih.testing.seed.RegionSeed;

/**
 * A server's database opened from outside the server, to seed it with {@link RegionSeed}: the
 * PostgreSQL of {@code LATIH_DB_URL} when set, otherwise the embedded H2 file under the data
 * directory. The H2 URL carries {@code AUTO_SERVER=TRUE}: while a server holds the file, H2 hands
 * this second process a connection through the server's own TCP port (the IT server opens its file
 * with the same flag, see arquillian.xml).
 */
public final class SeedDatabase {

  /** The password every user of an IT's seeded region signs in with. */
  public static final String IT_PASSWORD = "Seed-Region-IT-2026";

  private final String url;
  private final String user;
  private final String password;
  private final Path dataDir;

  SeedDatabase(String url, String user, String password, Path dataDir) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.dataDir = dataDir;
  }

  /**
   * The database of a server whose data directory is {@code dataDir}, as its config resolves it.
   */
  public static SeedDatabase of(Path dataDir) {
    String url = System.getenv("LATIH_DB_URL");
    if (url != null && !url.isBlank()) {
      return new SeedDatabase(
          url, System.getenv("LATIH_DB_USER"), System.getenv("LATIH_DB_PASSWORD"), dataDir);
    }
    Path file = dataDir.toAbsolutePath().normalize().resolve("db/latih");
    return new SeedDatabase(
        "jdbc:h2:file:" + file + ";WRITE_DELAY=0;AUTO_SERVER=TRUE", "latih", "latih", dataDir);
  }

  /** The shared test server's database (the suite's {@code latih.it.data.dir}). */
  static SeedDatabase ofTestServer() {
    return of(Path.of(System.getProperty("latih.it.data.dir")));
  }

  /**
   * Seeds a region that did not exist before, so no entity the server has read is touched, with
   * {@link #IT_PASSWORD} hashed at the test server's 1,000 iterations.
   */
  static RegionSeed.Result seedNewRegion(RegionSeed.Size size) {
    String region = "seed-" + Long.toString(System.nanoTime(), 36);
    RegionSeed.Result result =
        ofTestServer().seed(region, null, size, IT_PASSWORD, 1_000, System.out::println);
    System.out.println(
        "Seeded "
            + result.rows().values().stream().mapToLong(Long::longValue).sum()
            + " rows in "
            + result.took().toMillis()
            + " ms");
    return result;
  }

  String url() {
    return url;
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  public Connection connect() throws SQLException {
    return RegionSeed.open(url, user, password);
  }

  /** Seeds with the app's own password hash and the server's respondent key. */
  public RegionSeed.Result seed(
      String region,
      String prefix,
      RegionSeed.Size size,
      String userPassword,
      int iterations,
      java.util.function.Consumer<String> progress) {
    String hash = new PasswordHash(iterations).hash(PasswordPolicy.check(userPassword, null));
    RegionSeed.Options options =
        RegionSeed.Options.of(region, size, hash, respondentKey()).withPrefix(prefix);
    try (Connection connection = connect()) {
      return RegionSeed.seed(connection, options, progress);
    } catch (SQLException e) {
      throw new IllegalStateException("Seeding " + safeUrl() + " failed", e);
    }
  }

  /**
   * The key the server digests evaluation respondents with: {@code
   * LATIH_EVALUATION_RESPONDENT_KEY}, or the file the server keeps (or will keep) in its data
   * directory, made here the way the server makes it when it is not there yet.
   */
  String respondentKey() {
    String configured = System.getenv("LATIH_EVALUATION_RESPONDENT_KEY");
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    return org.latih.evaluation.response.control.RespondentKey.fromFile(dataDir);
  }

  /** The URL without anything after '?' or ';', where credentials could hide. */
  String safeUrl() {
    return url.replaceAll("[?;].*$", "");
  }
}
