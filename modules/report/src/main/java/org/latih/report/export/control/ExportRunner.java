package org.latih.report.export.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
import org.latih.kernel.cluster.control.Node;
import org.latih.kernel.persistence.Migrations;
import org.latih.report.export.api.Table;
import org.latih.report.export.api.TableFormat;
import org.latih.report.export.entity.ExportJob;
import org.latih.report.export.entity.RawKind;

/**
 * Runs raw exports in the background: counts the rows first (refusing an export past the limits
 * before anything is queued), then on the managed executor streams the rows from a database cursor
 * through the format's writer into the database ({@link ExportChunks}), writing the progress once a
 * second. The job is queued on this node and run here; should this node die, the sweeper runs it
 * again on another ({@link ExportSweeper}).
 */
@ApplicationScoped
public class ExportRunner {

  private static final Logger LOG = Logger.getLogger(ExportRunner.class.getName());

  @Resource(lookup = Migrations.DATA_SOURCE)
  DataSource dataSource;

  @Resource ManagedExecutorService executor;
  @Inject ExportJobs jobs;
  @Inject ExportChunks chunks;
  @Inject Clock clock;
  @Inject Node node;

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
            node.id(),
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
    submit(job);
    return job;
  }

  /** Runs the job's current try on this node's executor (it was queued for this node). */
  void submit(ExportJob job) {
    String id = job.id();
    int attempt = job.attempt();
    executor.submit(() -> run(id, attempt));
  }

  private long count(RawKind kind, RawFilter filter) {
    try (Connection connection = dataSource.getConnection()) {
      return RawTables.count(connection, kind, filter);
    } catch (SQLException e) {
      throw new ExportReadException(e);
    }
  }

  void run(String id, int attempt) {
    ExportJob job = jobs.started(id, attempt);
    if (job == null) {
      return; // another node took this job over while it waited here
    }
    Progress progress = new Progress(id, attempt);
    boolean done;
    try {
      long bytes = write(job, progress);
      done = jobs.done(id, attempt, progress.rows, bytes);
    } catch (LimitedOutputStream.FileTooLargeException e) {
      jobs.failed(id, attempt, "report.export.failed.tooLarge", String.valueOf(e.limit));
      deleteQuietly(id, attempt);
      return;
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Export " + id + " failed", e);
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      jobs.failed(id, attempt, "report.export.failed.unexpected", cause.toString());
      deleteQuietly(id, attempt);
      return;
    }
    // outside the try above: a file already marked done must not be deleted as failed
    quietly(
        id,
        done
            ? () -> chunks.deleteOthers(id, attempt) // pieces of tries given up
            : () -> chunks.delete(id, attempt)); // taken for dead meanwhile: the next try counts
  }

  /**
   * The whole export in one read-only transaction out of autocommit: PostgreSQL keeps a cursor (and
   * honours the fetch size) only inside a transaction, and the rows form one consistent snapshot.
   * The file's pieces are stored on other connections, each committed at once.
   */
  private long write(ExportJob job, Progress progress) throws IOException {
    Locale locale = Locale.forLanguageTag(job.language());
    RawFilter filter = new RawFilter(job.regionId(), job.courseCode(), job.year());
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (LimitedOutputStream out =
          new LimitedOutputStream(chunks.writer(job.id(), job.attempt()), maxBytes)) {
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

  private void deleteQuietly(String id, int attempt) {
    quietly(id, () -> chunks.delete(id, attempt));
  }

  private static void quietly(String id, Runnable deletion) {
    try {
      deletion.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not delete pieces of export " + id, e);
    }
  }

  /** Rows written so far, saved to the job at most once a second. */
  private final class Progress {
    private final String id;
    private final int attempt;
    private long rows;
    private long savedAt = System.nanoTime();

    Progress(String id, int attempt) {
      this.id = id;
      this.attempt = attempt;
    }

    void row() {
      rows++;
      if (rows % 1_000 == 0 && System.nanoTime() - savedAt > 1_000_000_000L) {
        jobs.progress(id, attempt, rows);
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
