package org.latih.report.export.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.latih.kernel.persistence.Migrations;
import org.latih.report.export.entity.ExportJob;

/**
 * Where finished exports wait for their download: in the database ({@code report_export_chunks}),
 * so any node serves the download of a file another node wrote, and nothing is lost with a node's
 * data directory. A file is kept as pieces of {@link #SIZE} bytes, inserted while the export
 * streams and read back one at a time, so neither writing nor downloading holds a whole file (an
 * export may be hundreds of MB) in memory, and a slow download holds no database connection between
 * pieces. Pieces belong to one try of a job; a download reads only the try that finished. They are
 * deleted with their job (ON DELETE CASCADE) when it expires.
 */
@ApplicationScoped
public class ExportChunks {

  /** 1 MiB: few rows for a large file, little memory per export or download. */
  static final int SIZE = 1 << 20;

  @Resource(lookup = Migrations.DATA_SOURCE)
  DataSource dataSource;

  /**
   * A stream that stores what is written to it as the file of try {@code attempt} of job {@code
   * id}, a piece whenever {@link #SIZE} bytes have come together and the rest on close. Each piece
   * commits on its own: the export's read transaction is not this one.
   */
  public OutputStream writer(String id, int attempt) {
    return new Writer(id, attempt);
  }

  /** Piece {@code seq} of the finished file of {@code job}, or null when there is none. */
  public byte[] piece(ExportJob job, int seq) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT bytes FROM report_export_chunks WHERE job_id = ? AND attempt = ? AND seq = ?")) {
      select.setString(1, job.id());
      select.setInt(2, job.attempt());
      select.setInt(3, seq);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? rs.getBytes(1) : null;
      }
    } catch (SQLException e) {
      throw new ExportReadException(e);
    }
  }

  /** Writes the pieces of {@code job}'s file from {@code seq} on to {@code out}, in order. */
  public void copy(ExportJob job, int seq, OutputStream out) throws IOException {
    try {
      for (byte[] piece = piece(job, seq); piece != null; piece = piece(job, ++seq)) {
        out.write(piece);
      }
    } catch (ExportReadException e) {
      throw new IOException("export " + job.id() + " could not be read", e.getCause());
    }
  }

  /** Deletes the pieces of try {@code attempt} of job {@code id} (a try that failed). */
  public void delete(String id, int attempt) {
    update("DELETE FROM report_export_chunks WHERE job_id = ? AND attempt = ?", id, attempt);
  }

  /** Deletes the pieces of job {@code id} that other tries than {@code attempt} left behind. */
  public void deleteOthers(String id, int attempt) {
    update("DELETE FROM report_export_chunks WHERE job_id = ? AND attempt <> ?", id, attempt);
  }

  private void update(String sql, String id, int attempt) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete = c.prepareStatement(sql)) {
      delete.setString(1, id);
      delete.setInt(2, attempt);
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new ExportReadException(e);
    }
  }

  private void insert(String id, int attempt, int seq, byte[] bytes, int length)
      throws IOException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO report_export_chunks (job_id, attempt, seq, bytes)"
                    + " VALUES (?, ?, ?, ?)")) {
      insert.setString(1, id);
      insert.setInt(2, attempt);
      insert.setInt(3, seq);
      insert.setBytes(4, length == bytes.length ? bytes : Arrays.copyOf(bytes, length));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IOException("piece " + seq + " of export " + id + " not stored", e);
    }
  }

  /** Buffers one piece; flush() keeps it (a piece is stored full, or last on close). */
  private final class Writer extends OutputStream {
    private final String id;
    private final int attempt;
    private final byte[] buffer = new byte[SIZE];
    private int filled;
    private int seq;
    private boolean closed;

    Writer(String id, int attempt) {
      this.id = id;
      this.attempt = attempt;
    }

    @Override
    public void write(int b) throws IOException {
      buffer[filled++] = (byte) b;
      if (filled == SIZE) {
        store();
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      while (len > 0) {
        int n = Math.min(len, SIZE - filled);
        System.arraycopy(b, off, buffer, filled, n);
        filled += n;
        off += n;
        len -= n;
        if (filled == SIZE) {
          store();
        }
      }
    }

    /** The last piece; an empty file still gets one, so a download can tell it from none. */
    @Override
    public void close() throws IOException {
      if (!closed) {
        closed = true;
        if (filled > 0 || seq == 0) {
          store();
        }
      }
    }

    private void store() throws IOException {
      insert(id, attempt, seq++, buffer, filled);
      filled = 0;
    }
  }
}
