package org.latih.evaluation.report.export;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.latih.kernel.document.Letterhead;
import org.latih.kernel.i18n.Messages;

/**
 * What every export states above the report: the region it covers and the filters it was built
 * with, and the fixed words of the file (sheet and block names) in the reader's language.
 *
 * @param course the course code filter, {@code null} for all courses
 * @param year the year filter, {@code null} for all years
 * @param letterhead the region's kop surat, on the PDF's first page
 * @param printedOn the day the file is made, printed under the kop surat
 */
public record ExportHeader(
    String region,
    String course,
    Integer year,
    Locale locale,
    Letterhead letterhead,
    LocalDate printedOn) {

  /** A header with the plain letterhead naming the region, printed today (in WIB). */
  public ExportHeader(String region, String course, Integer year, Locale locale) {
    this(
        region,
        course,
        year,
        locale,
        Letterhead.fallback(region),
        LocalDate.now(ZoneId.of("Asia/Jakarta")));
  }

  /** "Wilayah: Kota Kupang · Kursus: semua · Tahun: 2025", in the reader's language. */
  public String line() {
    return word(
        "evaluation.export.header",
        region,
        course == null ? word("evaluation.export.allCourses") : course,
        // as text: MessageFormat would write an Indonesian year as 2.025
        year == null ? word("evaluation.export.allYears") : String.valueOf(year));
  }

  String word(String key, Object... args) {
    return Messages.text(locale, key, args);
  }
}
