package org.latih.assessment.quiz.boundary;

import java.util.List;
import java.util.Locale;
import org.latih.assessment.analysis.control.QuizReports.Row;

/**
 * Writes quiz results as CSV (comma, UTF-8 with BOM so spreadsheet programs read the names right).
 * A cell starting with =, +, - or @ is prefixed with ' so a spreadsheet never runs it as a formula.
 */
final class ResultsCsv {

  private ResultsCsv() {}

  static String of(List<Row> rows) {
    StringBuilder out =
        new StringBuilder(
            "\uFEFFnip,nama,unit_kerja,wilayah,percobaan,nilai,lulus,menunggu_penilaian,terakhir_dikirim\r\n");
    for (Row r : rows) {
      out.append(cell(r.nip()))
          .append(',')
          .append(cell(r.name()))
          .append(',')
          .append(cell(r.unitKerja()))
          .append(',')
          .append(cell(r.region()))
          .append(',')
          .append(r.attempts())
          .append(',')
          .append(r.percent() == null ? "" : String.format(Locale.ROOT, "%.2f", r.percent()))
          .append(',')
          .append(r.passed() == null ? "" : r.passed() ? "ya" : "tidak")
          .append(',')
          .append(r.needsGrading() ? "ya" : "tidak")
          .append(',')
          .append(r.lastSubmittedAt() == null ? "" : r.lastSubmittedAt().toString())
          .append("\r\n");
    }
    return out.toString();
  }

  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String safe = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
