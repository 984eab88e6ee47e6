package org.latih.report.export.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.kernel.persistence.Migrations;
import org.latih.report.export.api.Table;
import org.latih.report.export.api.TableFormat;
import org.latih.report.export.entity.ExportJob;
import org.latih.report.export.entity.RawKind;

/**
 * Runs raw exports in the background: counts the rows first (refusing an export past the limits
 * before anything is queued), then on the managed executor streams the rows from a database cursor
 * through the format's writer into a file, writing the progress once a second.
 */
@ApplicationScoped
public class ExportRunner {

  private static final Logger LOG = Logger.getLogger(ExportRunner.class.getName());

  @Resource(lookup = Migrations.DATA_SOURCE)
  DataSource dataSource;

  @Resource ManagedExecutorService executor;
  @Inject ExportJobs jobs;
  @Inject ExportFiles files;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "latih.report.export.max-rows", defaultValue = "2000000")
  long maxRows;

  @Inject
  @ConfigProperty(name = "latih.report.export.pdf-max-rows", defaultValue = "5000")
  long pdfMaxRows;

  @Inject
  @ConfigProperty(name = "latih.report.export.max-bytes", defaultValue = "2147483648")
  long maxBytes;

  /** Queues the export for {@code ownerId}, or refuses it with the reason; returns the job. */
  public ExportJob start(Long ownerId, ExportOrder order) {
    long total = count(order.kind(), order.filter());
    if (total > maxRows) {
      throw new ExportTooLargeException(total, maxRows);
    }
    if (order.format() == TableFormat.PDF && total > pdfMaxRows) {
      throw new PdfTooLongException(total, pdfMaxRows);
    }
    ExportJob job =
        new ExportJob(
            ownerId,
            order.filter().regionId(),
            order.kind(),
            order.format(),
            order.filter().courseCode(),
            order.filter().year(),
            order.locale().toLanguageTag(),
            // an evaluation answer is a row per item: the number of forms does not say how many
            order.kind() == RawKind.EVALUATION ? null : total,
            clock.instant(),
            jobs.keep());
    jobs.add(job);
    executor.submit(() -> run(job.id()));
    return job;
  }

  private long count(RawKind kind, RawFilter filter) {
    try (Connection connection = dataSource.getConnection()) {
      return RawTables.count(connection, kind, filter);
    } catch (SQLException e) {
      throw new ExportReadException(e);
    }
  }

  void run(String id) {
    ExportJob job = jobs.started(id);
    Path part = files.part(job);
    Progress progress = new Progress(id);
    try {
      long bytes = write(job, part, progress);
      files.publish(part, job);
      jobs.done(id, progress.rows, bytes);
    } catch (LimitedOutputStream.FileTooLargeException e) {
      jobs.failed(id, "report.export.failed.tooLarge", String.valueOf(e.limit));
      deleteQuietly(job);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Export " + id + " failed", e);
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      jobs.failed(id, "report.export.failed.unexpected", cause.toString());
      deleteQuietly(job);
    }
  }

  /**
   * The whole export in one read-only transaction out of autocommit: PostgreSQL keeps a cursor (and
   * honours the fetch size) only inside a transaction, and the rows form one consistent snapshot.
   */
  private long write(ExportJob job, Path part, Progress progress) throws IOException {
    Locale locale = Locale.forLanguageTag(job.language());
    RawFilter filter = new RawFilter(job.regionId(), job.courseCode(), job.year());
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (LimitedOutputStream out =
          new LimitedOutputStream(Files.newOutputStream(part), maxBytes)) {
        OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        Table table = new Counted(RawTables.of(connection, job.kind(), filter, locale), progress);
        job.format().write(List.of(table), buffered, locale);
        buffered.flush();
        return out.written();
      } finally {
        connection.rollback();
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new ExportReadException(e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void deleteQuietly(ExportJob job) {
    try {
      files.delete(job);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete the file of export " + job.id(), e);
    }
  }

  /** Rows written so far, saved to the job at most once a second. */
  private final class Progress {
    private final String id;
    private long rows;
    private long savedAt = System.nanoTime();

    Progress(String id) {
      this.id = id;
    }

    void row() {
      rows++;
      if (rows % 1_000 == 0 && System.nanoTime() - savedAt > 1_000_000_000L) {
        jobs.progress(id, rows);
        savedAt = System.nanoTime();
      }
    }
  }

  /** A table that counts its rows as the writer takes them. */
  private record Counted(Table table, Progress progress) implements Table {
    @Override
    public String name() {
      return table.name();
    }

    @Override
    public List<String> columns() {
      return table.columns();
    }

    @Override
    public void rows(Consumer<List<Object>> row) {
      table.rows(
          r -> {
            row.accept(r);
            progress.row();
          });
    }
  }
}
