package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latih.kernel.identity.user.control.Csv;
import org.latih.testing.seed.RegionSeed;

/**
 * An evaluator exports a region's raw test attempts in the background: the export is accepted at
 * once, its progress is read until it is done, and the CSV and the workbook downloaded hold every
 * attempt of the region, with the score the test set by hand. The job and its file are nobody
 * else's: another evaluator gets 404 for both. A job whose node died (written here as a row no node
 * has marked alive for an hour) is run again by a living node, or failed once it was tried too
 * often; an expired export goes with its file.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackgroundExportIT {

  private static RegionSeed.Result seeded;

  /** The attempt whose score the test set: 2.5 of 10, under its test's pass mark of 70%. */
  private static String nip;

  private static long attempts;

  @ArquillianResource URL base;

  @BeforeAll
  static void seed() throws Exception {
    seeded = SeedDatabase.seedNewRegion(new RegionSeed.Size(12, 2, 1, 1, 0));
    try (Connection db = SeedDatabase.ofTestServer().connect()) {
      long attempt;
      try (PreparedStatement first =
              db.prepareStatement(
                  "SELECT a.id, u.nip FROM attempts a JOIN users u ON u.id = a.user_id"
                      + " WHERE u.region_id = ? AND a.state = 'SUBMITTED' ORDER BY a.id");
          PreparedStatement count =
              db.prepareStatement(
                  "SELECT COUNT(*) FROM attempts a JOIN users u ON u.id = a.user_id"
                      + " WHERE u.region_id = ?")) {
        first.setLong(1, seeded.regionId());
        try (ResultSet rs = first.executeQuery()) {
          assertTrue(rs.next(), "the seed wrote submitted attempts");
          attempt = rs.getLong(1);
          nip = rs.getString(2);
        }
        count.setLong(1, seeded.regionId());
        try (ResultSet rs = count.executeQuery()) {
          rs.next();
          attempts = rs.getLong(1);
        }
      }
      try (PreparedStatement score =
          db.prepareStatement("UPDATE attempts SET points = 2.5, max_points = 10 WHERE id = ?")) {
        score.setLong(1, attempt);
        assertEquals(1, score.executeUpdate());
      }
      try (PreparedStatement passMark =
          db.prepareStatement(
              "UPDATE quizzes SET pass_percent = 70"
                  + " WHERE id = (SELECT quiz_id FROM attempts WHERE id = ?)")) {
        passMark.setLong(1, attempt);
        assertEquals(1, passMark.executeUpdate());
      }
      // one attempt per learner and test for this learner, so the row is theirs alone
      try (PreparedStatement others =
          db.prepareStatement(
              "DELETE FROM attempt_slots WHERE attempt_id IN (SELECT a.id FROM attempts a"
                  + " JOIN users u ON u.id = a.user_id WHERE u.nip = ? AND a.id <> ?)")) {
        others.setString(1, nip);
        others.setLong(2, attempt);
        others.executeUpdate();
      }
      try (PreparedStatement others =
          db.prepareStatement(
              "DELETE FROM attempts WHERE id IN (SELECT a.id FROM attempts a"
                  + " JOIN users u ON u.id = a.user_id WHERE u.nip = ? AND a.id <> ?)")) {
        others.setString(1, nip);
        others.setLong(2, attempt);
        attempts -= others.executeUpdate();
      }
    }
  }

  private Api evaluator() {
    return Api.as(base, seeded.evaluator(), SeedDatabase.IT_PASSWORD);
  }

  /** Starts an export and reads its progress until it ends (bounded), returning the last read. */
  static JsonObject export(Api api, String body) throws InterruptedException {
    Api.Reply started = api.post("api/v1/report/exports", body);
    assertEquals(202, started.status(), started::toString);
    String id = started.json().getString("id");
    assertTrue(List.of("QUEUED", "RUNNING", "DONE").contains(started.json().getString("state")));
    JsonObject job =
        Waits.until(
            () -> api.get("api/v1/report/exports/" + id).json(),
            j -> List.of("DONE", "FAILED").contains(j.getString("state")),
            Duration.ofSeconds(60));
    assertEquals("DONE", job.getString("state"), job::toString);
    return job;
  }

  @Test
  void theCsvHoldsEveryAttemptOfTheRegionWithTheScoreAsSet() throws Exception {
    Api evaluator = evaluator();
    JsonObject job =
        export(evaluator, "{\"kind\":\"attempts\",\"format\":\"csv\",\"lang\":\"id\"}");
    assertEquals(attempts, job.getJsonNumber("rows").longValue());
    assertEquals(attempts, job.getJsonNumber("total").longValue());
    assertEquals(100, job.getInt("percent"));

    Api.Binary file = evaluator.fetch(job.getString("download"));
    assertEquals(200, file.status(), () -> file.asText().toString());
    assertTrue(file.header("Content-Type").startsWith("text/csv"), file.header("Content-Type"));
    assertEquals("attachment; filename=\"latih-attempts.csv\"", file.header("Content-Disposition"));
    String text = new String(file.body(), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFFPeserta;NIP;Unit kerja;"), text);
    List<Csv.Row> rows = Csv.parse(text);
    assertEquals(attempts + 1, rows.size(), "a heading line and every attempt");
    List<String> mine =
        rows.stream()
            .map(Csv.Row::cells)
            .filter(r -> r.get(1).equals(nip))
            .findFirst()
            .orElseThrow();
    assertEquals("2,5", mine.get(10), "score, with an Indonesian decimal comma");
    assertEquals("10", mine.get(11));
    assertEquals("tidak", mine.get(12), "25% is below the pass mark of 70%");
  }

  @Test
  void theWorkbookHoldsNumbersAsNumbers() throws Exception {
    Api evaluator = evaluator();
    JsonObject job =
        export(evaluator, "{\"kind\":\"attempts\",\"format\":\"xlsx\",\"lang\":\"en\"}");
    Api.Binary file = evaluator.fetch(job.getString("download"));
    assertEquals(200, file.status(), () -> file.asText().toString());
    try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(file.body()))) {
      assertEquals("Test attempts", book.getFirstSheet().getName());
      List<Row> rows = book.getFirstSheet().read();
      assertEquals(attempts + 1, rows.size());
      assertEquals("Learner", rows.get(0).getCellText(0));
      Row mine = rows.stream().filter(r -> nip.equals(r.getCellText(1))).findFirst().orElseThrow();
      assertEquals(CellType.NUMBER, mine.getCell(10).getType());
      assertEquals(2.5, mine.getCell(10).asNumber().doubleValue());
      assertEquals("no", mine.getCellText(12));
    }
  }

  @Test
  void anotherPersonGets404ForTheJobAndItsFile() throws Exception {
    JsonObject job = export(evaluator(), "{\"kind\":\"attendance\",\"format\":\"json\"}");
    Api stranger = People.signIn(base, People.create(base, "solok", "EVALUATOR"));
    stranger.get("api/v1/report/exports/" + job.getString("id")).problem(404);
    stranger.get(job.getString("download")).problem(404);
    assertTrue(
        stranger.get("api/v1/report/exports").structure().asJsonArray().isEmpty(),
        "nobody else's jobs in one's own list");
  }

  @Test
  void aJobWhoseNodeDiedIsRunAgainOnALivingNodeAndFinishes() throws Exception {
    String id = orphan("RUNNING", 1, Instant.now().plus(Duration.ofHours(1)));
    Api evaluator = evaluator();
    JsonObject job =
        Waits.until(
            () -> evaluator.get("api/v1/report/exports/" + id).json(),
            j -> List.of("DONE", "FAILED").contains(j.getString("state")),
            Duration.ofSeconds(90));
    assertEquals("DONE", job.getString("state"), job::toString);
    assertEquals(attempts, job.getJsonNumber("rows").longValue());
    Api.Binary file = evaluator.fetch(job.getString("download"));
    assertEquals(200, file.status(), () -> file.asText().toString());
    List<Csv.Row> rows = Csv.parse(new String(file.body(), StandardCharsets.UTF_8));
    assertEquals(attempts + 1, rows.size(), "a heading line and every attempt");
    assertEquals(2, scalar("SELECT attempt FROM report_export_jobs WHERE id = ?", id));
  }

  @Test
  void aJobWhoseNodesDiedAsOftenAsItMayBeTriedFailsSayingSo() throws Exception {
    String id = orphan("RUNNING", 3, Instant.now().plus(Duration.ofHours(1)));
    Api evaluator = evaluator().header("Accept-Language", "en");
    JsonObject job =
        Waits.until(
            () -> evaluator.get("api/v1/report/exports/" + id).json(),
            j -> List.of("DONE", "FAILED").contains(j.getString("state")),
            Duration.ofSeconds(90));
    assertEquals("FAILED", job.getString("state"), job::toString);
    assertTrue(job.getString("error").contains("stopped 3 times"), job::toString);
  }

  @Test
  void anExpiredExportIsDeletedWithItsFile() throws Exception {
    String id = orphan("DONE", 1, Instant.now().minus(Duration.ofMinutes(1)));
    try (Connection db = SeedDatabase.ofTestServer().connect();
        PreparedStatement piece =
            db.prepareStatement(
                "INSERT INTO report_export_chunks (job_id, attempt, seq, bytes) VALUES (?, 1, 0, ?)")) {
      piece.setString(1, id);
      piece.setBytes(2, "NIP;Skor\n".getBytes(StandardCharsets.UTF_8));
      assertEquals(1, piece.executeUpdate());
    }
    String left = "SELECT COUNT(*) FROM report_export_chunks WHERE job_id = ?";
    assertEquals(0L, Waits.until(() -> scalar(left, id), n -> n == 0, Duration.ofSeconds(90)));
    assertEquals(0, scalar("SELECT COUNT(*) FROM report_export_jobs WHERE id = ?", id));
  }

  /**
   * A job of the evaluator's, on a node that has not marked it alive for an hour (as if it died),
   * at try {@code attempt}, in {@code state}, kept until {@code expires}; returns its id.
   */
  private static String orphan(String state, int attempt, Instant expires) throws Exception {
    String id = java.util.UUID.randomUUID().toString();
    OffsetDateTime anHourAgo = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
    try (Connection db = SeedDatabase.ofTestServer().connect();
        PreparedStatement job =
            db.prepareStatement(
                "INSERT INTO report_export_jobs (id, owner_id, region_id, kind, format, language,"
                    + " state, rows_written, rows_total, file_bytes, created_at, updated_at,"
                    + " finished_at, expires_at, node_id, attempt)"
                    + " SELECT ?, u.id, ?, 'ATTEMPTS', 'CSV', 'id', ?, 0, ?, ?, ?, ?, ?, ?,"
                    + " 'a-node-that-died', ? FROM users u WHERE u.username = ? OR u.nip = ?")) {
      boolean done = state.equals("DONE");
      job.setString(1, id);
      job.setLong(2, seeded.regionId());
      job.setString(3, state);
      job.setLong(4, attempts);
      job.setObject(5, done ? 9L : null, java.sql.Types.BIGINT);
      job.setObject(6, anHourAgo);
      job.setObject(7, anHourAgo);
      job.setObject(8, done ? anHourAgo : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
      job.setObject(9, expires.atOffset(ZoneOffset.UTC));
      job.setInt(10, attempt);
      job.setString(11, seeded.evaluator());
      job.setString(12, seeded.evaluator());
      assertEquals(1, job.executeUpdate(), "the evaluator " + seeded.evaluator() + " exists");
    }
    return id;
  }

  private static long scalar(String sql, String id) {
    try (Connection db = SeedDatabase.ofTestServer().connect();
        PreparedStatement select = db.prepareStatement(sql)) {
      select.setString(1, id);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void unknownKindsAndOtherRegionsAreRefusedAndLearnersMayNotExport() {
    Api evaluator = evaluator();
    String detail =
        evaluator
            .post("api/v1/report/exports", "{\"kind\":\"gaji\",\"format\":\"csv\"}")
            .problem(400);
    assertTrue(detail.contains("attempts, answers, attendance, evaluation"), detail);
    evaluator
        .post(
            "api/v1/report/exports",
            "{\"kind\":\"attempts\",\"format\":\"csv\",\"region\":\"solok\"}")
        .problem(403);
    People.signIn(base, People.create(base, "solok", "LEARNER"))
        .post("api/v1/report/exports", "{\"kind\":\"attempts\",\"format\":\"csv\"}")
        .problem(403);
    evaluator.get("api/v1/report/exports/no-such-job").problem(404);
  }
}
