package org.latih.assessment.quiz.boundary;

import java.util.List;
import org.latih.assessment.analysis.control.QuizReports.Row;
import org.latih.kernel.csv.CsvDialect;
import org.latih.kernel.csv.CsvWriter;

/**
 * Quiz results as CSV, one line per learner, by the one {@link CsvWriter} (which keeps names from
 * running as formulas) in the reader's dialect; scores carry that dialect's decimal mark.
 */
final class ResultsCsv {

  private ResultsCsv() {}

  static byte[] of(List<Row> rows, CsvDialect dialect) {
    CsvWriter csv =
        new CsvWriter(dialect)
            .row(
                "nip",
                "nama",
                "unit_kerja",
                "wilayah",
                "percobaan",
                "nilai",
                "lulus",
                "menunggu_penilaian",
                "terakhir_dikirim");
    for (Row r : rows) {
      csv.row(
          r.nip(),
          r.name(),
          r.unitKerja(),
          r.region(),
          String.valueOf(r.attempts()),
          r.percent() == null ? "" : dialect.decimal(r.percent()),
          r.passed() == null ? "" : r.passed() ? "ya" : "tidak",
          r.needsGrading() ? "ya" : "tidak",
          r.lastSubmittedAt() == null ? "" : r.lastSubmittedAt().toString());
    }
    return csv.bytes();
  }
}
