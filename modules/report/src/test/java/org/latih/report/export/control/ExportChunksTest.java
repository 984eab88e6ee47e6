package org.latih.report.export.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.latih.kernel.persistence.Migrations;
import org.latih.kernel.persistence.UrlDataSource;
import org.latih.report.export.api.TableFormat;
import org.latih.report.export.entity.ExportJob;
import org.latih.report.export.entity.RawKind;

/** Export files as pieces in a real (embedded) database with the modules' own migrations. */
class ExportChunksTest {

  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

  private UrlDataSource database;
  private ExportChunks chunks;
  private ExportJob job;

  @BeforeEach
  void migrate() throws SQLException {
    database = new UrlDataSource();
    database.setUrl("jdbc:h2:mem:chunks" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    Migrations.applyAll(database);
    chunks = new ExportChunks();
    chunks.dataSource = database;
    job =
        new ExportJob(
            "node-a",
            7L,
            2L,
            RawKind.ATTEMPTS,
            TableFormat.CSV,
            null,
            null,
            "id",
            10L,
            NOW,
            Duration.ofHours(24));
    try (Connection c = database.getConnection()) {
      execute(
          c,
          "INSERT INTO users (id, username, name, active, created_at, updated_at, version)"
              + " VALUES (7, 'evaluator', 'Evaluator', TRUE, ?, ?, 0)",
          Timestamp.from(NOW),
          Timestamp.from(NOW));
      execute(
          c,
          "INSERT INTO report_export_jobs (id, owner_id, region_id, kind, format, language, state,"
              + " rows_written, created_at, updated_at, expires_at)"
              + " VALUES (?, 7, 2, 'ATTEMPTS', 'CSV', 'id', 'RUNNING', 0, ?, ?, ?)",
          job.id(),
          Timestamp.from(NOW),
          Timestamp.from(NOW),
          Timestamp.from(NOW.plusSeconds(3600)));
    }
  }

  @Test
  void aFileWrittenInOddSizesComesBackWholeFromPiecesOfOneMebibyte() throws Exception {
    byte[] file = new byte[ExportChunks.SIZE * 2 + 12_345];
    new Random(18).nextBytes(file);
    try (OutputStream out = chunks.writer(job.id(), job.attempt())) {
      out.write(file[0]);
      for (int at = 1; at < file.length; ) {
        int n = Math.min(70_001, file.length - at);
        out.write(file, at, n);
        out.flush(); // a flush stores nothing: pieces are full, but for the last
        at += n;
      }
    }
    assertEquals(3, count("SELECT COUNT(*) FROM report_export_chunks"));
    assertEquals(ExportChunks.SIZE, chunks.piece(job, 0).length);
    assertEquals(12_345, chunks.piece(job, 2).length);
    assertNull(chunks.piece(job, 3));

    ByteArrayOutputStream back = new ByteArrayOutputStream();
    chunks.copy(job, 0, back);
    assertArrayEquals(file, back.toByteArray());
  }

  @Test
  void anEmptyFileIsOneEmptyPieceSoItDiffersFromNoFile() throws Exception {
    assertNull(chunks.piece(job, 0));
    chunks.writer(job.id(), job.attempt()).close();
    assertEquals(0, chunks.piece(job, 0).length);
  }

  @Test
  void onlyTheFinishedTryIsReadAndTheOthersAreDeleted() throws Exception {
    try (OutputStream dead = chunks.writer(job.id(), 2)) {
      dead.write(new byte[] {1, 2, 3});
    }
    try (OutputStream current = chunks.writer(job.id(), job.attempt())) {
      current.write(new byte[] {4, 5});
    }
    assertArrayEquals(new byte[] {4, 5}, chunks.piece(job, 0));
    chunks.deleteOthers(job.id(), job.attempt());
    assertEquals(1, count("SELECT COUNT(*) FROM report_export_chunks"));
    chunks.delete(job.id(), job.attempt());
    assertNull(chunks.piece(job, 0));
  }

  @Test
  void deletingTheJobDeletesItsFile() throws Exception {
    try (OutputStream out = chunks.writer(job.id(), job.attempt())) {
      out.write(new byte[ExportChunks.SIZE + 1]);
    }
    assertEquals(2, count("SELECT COUNT(*) FROM report_export_chunks"));
    try (Connection c = database.getConnection()) {
      execute(c, "DELETE FROM report_export_jobs WHERE id = ?", job.id());
    }
    assertEquals(0, count("SELECT COUNT(*) FROM report_export_chunks"));
  }

  private long count(String sql) throws SQLException {
    try (Connection c = database.getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void execute(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    }
  }
}
