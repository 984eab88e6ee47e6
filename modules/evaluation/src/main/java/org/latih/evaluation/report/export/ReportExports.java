package org.latih.evaluation.report.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.latih.api.reports.Report;
import org.latih.evaluation.report.control.EvaluationReports;
import org.latih.kernel.document.Letterhead;
import org.latih.kernel.document.Letterheads;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.security.control.Caller;

/**
 * A plugin's report as a file: built exactly as on screen (same roles, same region), then written
 * in the wanted format under a header naming the caller's region and the filters.
 */
@ApplicationScoped
public class ReportExports {

  @Inject EvaluationReports reports;
  @Inject Clock clock;

  /** The regions' kop surat, kept by the report module; the region's name where none is set. */
  @Inject Instance<Letterheads> letterheads;

  /** A finished download: its bytes, media type and a file name safe for any browser. */
  public record Download(byte[] bytes, String mediaType, String fileName) {}

  public Download export(
      Caller caller,
      String pluginId,
      String reportId,
      String course,
      Integer year,
      String formatName,
      Locale locale) {
    // an unknown format is refused before the plugin is asked for anything
    ExportFormat format = ExportFormat.of(formatName);
    Report report = reports.build(caller, pluginId, reportId, course, year, locale);
    String code = course == null || course.isBlank() ? null : course.strip();
    Region region = caller.region();
    ExportHeader header =
        new ExportHeader(
            region.name(),
            code,
            year,
            locale,
            letterhead(region),
            LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta"))));
    return new Download(
        format.render(report, header),
        format.mediaType(),
        fileName(pluginId, reportId, year, format));
  }

  private Letterhead letterhead(Region region) {
    return letterheads.isResolvable()
        ? letterheads.get().orFallback(region.id(), region.name())
        : Letterhead.fallback(region.name());
  }

  /**
   * "latih-kupang-reaksi-2025.pdf": only letters, digits, dots, dashes and underscores survive, so
   * the name needs no quoting in Content-Disposition and cannot point into another folder.
   */
  static String fileName(String pluginId, String reportId, Integer year, ExportFormat format) {
    String base =
        safe(pluginId) + "-" + safe(reportId) + "-" + (year == null ? "semua" : year.toString());
    return base + "." + format.extension();
  }

  private static String safe(String part) {
    String s = part == null ? "" : part.replaceAll("[^A-Za-z0-9._-]+", "_");
    s = s.replaceAll("^[._]+", "");
    s = s.length() > 60 ? s.substring(0, 60) : s;
    return s.isEmpty() ? "laporan" : s;
  }
}
