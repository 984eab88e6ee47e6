package org.latih.evaluation.report.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.latih.api.reports.Chart;
import org.latih.api.reports.ChartKind;
import org.latih.api.reports.KeyFigure;
import org.latih.api.reports.Report;
import org.latih.api.reports.Series;
import org.latih.api.reports.Table;

/** Reports as the regional plugins write them, for the renderers' tests. */
final class SampleReports {

  static final ExportHeader HEADER =
      new ExportHeader("Kota Kupang", "pelayanan-publik", 2025, Locale.forLanguageTag("id"));

  private SampleReports() {}

  static Report kupang() {
    return new Report(
        "Reaksi peserta pelatihan",
        List.of(
            new KeyFigure("Peserta", "1.234", "orang"),
            new KeyFigure("Kepuasan", "85,2", "%"),
            new KeyFigure("Rencana tindak lanjut", "=HYPERLINK(\"x\")", null)),
        List.of(
            new Table(
                "Kepuasan per unit kerja",
                List.of("Unit kerja", "Jawaban", "Rata-rata", "Setuju"),
                List.of(
                    List.of("Dinas Kesehatan", "120", "3,4", "85,2%"),
                    List.of("Badan Keuangan; Aset", "1.234", "-0,5", "100%"),
                    List.of("Kecamatan \"Alak\"", "7", "–", "0812345678")))),
        List.of(
            new Chart(
                ChartKind.BAR,
                "Skor pre dan post",
                List.of("Materi", "Pengajar"),
                List.of(
                    new Series("Pre", List.of(55.5, 60.0)),
                    new Series("Post", List.of(80.25, 90.0))))),
        List.of("Peserta menilai materi jelas.", "Saran: tambah praktik di loket."));
  }

  /** One table of {@code rows} rows, each a little different. */
  static Report large(int rows) {
    List<List<String>> body = new ArrayList<>();
    for (int i = 1; i <= rows; i++) {
      body.add(
          List.of(
              "Baris " + i,
              "Unit kerja nomor " + i + " dengan nama yang cukup panjang",
              String.valueOf(i)));
    }
    return new Report(
        "Laporan besar",
        List.of(),
        List.of(new Table("Semua peserta", List.of("No", "Unit kerja", "Nilai"), body)),
        List.of(),
        List.of());
  }
}
