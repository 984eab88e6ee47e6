package org.latih.report.export.boundary;

import java.time.Instant;
import java.util.Locale;
import org.latih.kernel.i18n.Messages;
import org.latih.report.export.entity.ExportJob;
import org.latih.report.export.entity.ExportState;

/** The request and answer bodies of {@link ExportsResource}. */
public final class ExportViews {

  private ExportViews() {}

  /**
   * An export to start: {@code kind} attempts, answers, attendance or evaluation; {@code format}
   * csv, xlsx, json or pdf; optional course code and year; {@code region} (a region code) for a
   * system admin, else the caller's own region; {@code lang} the language of headings and numbers.
   */
  public record ExportRequest(
      String kind, String format, String course, Integer year, String region, String lang) {}

  /**
   * Where an export stands: {@code rows} written so far, {@code total} when known beforehand,
   * {@code percent} then; {@code download} once {@code state} is DONE; {@code error} (in the
   * caller's language) once it is FAILED.
   */
  public record ExportView(
      String id,
      String kind,
      String format,
      String course,
      Integer year,
      ExportState state,
      long rows,
      Long total,
      Integer percent,
      Long bytes,
      String error,
      Instant createdAt,
      Instant finishedAt,
      Instant expiresAt,
      String download) {

    static ExportView of(ExportJob job, Locale locale) {
      boolean done = job.state() == ExportState.DONE;
      return new ExportView(
          job.id(),
          job.kind().slug(),
          job.format().extension(),
          job.courseCode(),
          job.year(),
          job.state(),
          job.rowsWritten(),
          job.rowsTotal(),
          job.percent(),
          job.fileBytes(),
          job.errorKey() == null
              ? null
              : Messages.text(
                  locale, job.errorKey(), job.errorDetail() == null ? "" : job.errorDetail()),
          job.createdAt(),
          job.finishedAt(),
          job.expiresAt(),
          done ? "api/v1/report/exports/" + job.id() + "/file" : null);
    }
  }
}
