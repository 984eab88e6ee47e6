package org.latih.evaluation.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.latih.api.reports.KeyFigure;
import org.latih.api.reports.Report;
import org.latih.api.reports.Table;

/** Reads the PDF back with PDFBox, as a reader's viewer would. */
class PdfReportTest {

  private record Read(int pages, String text, float width, float height) {}

  private static Read read(Report report) throws Exception {
    byte[] bytes = new PdfReport().render(report, SampleReports.HEADER);
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      PDRectangle box = pdf.getPage(0).getMediaBox();
      return new Read(
          pdf.getNumberOfPages(),
          new PDFTextStripper().getText(pdf),
          box.getWidth(),
          box.getHeight());
    }
  }

  @Test
  void titleHeaderKeyFiguresChartsTablesAndNarrativeOnA4() throws Exception {
    Read pdf = read(SampleReports.kupang());
    assertEquals(PDRectangle.A4.getWidth(), pdf.width(), 0.5);
    assertEquals(PDRectangle.A4.getHeight(), pdf.height(), 0.5);
    for (String expected :
        List.of(
            "Reaksi peserta pelatihan",
            "Wilayah: Kota Kupang · Kursus: pelayanan-publik · Tahun: 2025",
            "Angka kunci",
            "85,2 %",
            "Skor pre dan post",
            "80,25",
            "Kepuasan per unit kerja",
            "Dinas Kesehatan",
            "Kecamatan \"Alak\"",
            "Uraian",
            "Saran: tambah praktik di loket.",
            "1/1")) {
      assertTrue(pdf.text().contains(expected), () -> expected + " not in:\n" + pdf.text());
    }
  }

  @Test
  void aLargeTableRunsOverSeveralPagesWithEveryRow() throws Exception {
    Read pdf = read(SampleReports.large(500));
    assertTrue(pdf.pages() > 5, "pages: " + pdf.pages());
    assertTrue(pdf.text().contains("Baris 1 "), pdf.text().substring(0, 300));
    assertTrue(pdf.text().contains("Baris 500"));
    assertTrue(pdf.text().contains(pdf.pages() + "/" + pdf.pages()));
    // the header row is repeated on every page the table continues on
    long headers = pdf.text().lines().filter(l -> l.startsWith("No Unit kerja Nilai")).count();
    assertEquals(pdf.pages(), headers);
  }

  @Test
  void wideTablesAndLongCellsWrapInsteadOfRunningOffThePage() throws Exception {
    String longCell =
        "Pelatihan ini sangat membantu pekerjaan sehari-hari di unit kerja kami ".repeat(8);
    List<String> columns = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L");
    Report report =
        new Report(
            "Tabel lebar",
            List.of(),
            List.of(
                new Table(
                    "Lebar",
                    columns,
                    List.of(
                        columns.stream()
                            .map(c -> c + "-isi-yang-panjang-sekali-tanpa-spasi")
                            .toList(),
                        List.of(longCell.strip())))),
            List.of(),
            List.of());
    Read pdf = read(report);
    assertTrue(pdf.text().contains("membantu"));
  }

  @Test
  void charactersTheFontLacksAreReplacedNotFatal() throws Exception {
    Report report =
        new Report(
            "Laporan \u6f22\u5b57 \ud83d\ude00 \u20ac \u0130stanbul \u00e9",
            List.of(new KeyFigure("Tab\tdan\u0000kontrol", "1", null)),
            List.of(),
            List.of(),
            List.of("Baris pertama\nbaris kedua"));
    Read pdf = read(report);
    assertTrue(pdf.text().contains("Laporan ?? ? € İstanbul é"), pdf.text());
    assertTrue(pdf.text().contains("baris kedua"));
  }

  @Test
  void anEmptyReportStillMakesADocument() throws Exception {
    Read pdf = read(new Report(null, null, null, null, null));
    assertEquals(1, pdf.pages());
  }
}
