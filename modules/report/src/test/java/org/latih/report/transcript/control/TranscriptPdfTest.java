package org.latih.report.transcript.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.latih.kernel.document.Letterhead;

class TranscriptPdfTest {

  private static final Letterhead KOP =
      new Letterhead(
          "BKPSDM Kota Bukittinggi",
          List.of("Jl. Sudirman 1, Bukittinggi"),
          null,
          new Letterhead.Signatory(
              "H. Rizal, S.Sos", "197501012000031001", "Kepala", "Bukittinggi"));

  private static Transcript transcript(int courses) {
    List<Transcript.Course> list = new ArrayList<>();
    for (int i = 0; i < courses; i++) {
      list.add(
          new Transcript.Course(
              "kursus-" + i,
              "Pelayanan Publik Prima bagi Aparatur Sipil Negara, bagian " + (i + 1),
              4,
              2026,
              LocalDate.of(2026, 5, 1).plusDays(i),
              i % 2 == 0 ? "%04d/STTPP/BUKITTINGGI/2026".formatted(i + 1) : null));
    }
    return new Transcript(
        new Transcript.Person(9L, "Siti Rahma", "199001012015032001", "Kota Bukittinggi", 3L),
        20,
        2026,
        List.of(
            new Transcript.Year(2026, 4 * courses, 20, 4 * courses >= 20),
            new Transcript.Year(2025, 21, 20, true)),
        list);
  }

  @Test
  void theTranscriptListsYearsAndCoursesWithTheirCertificateNumbers() throws Exception {
    byte[] pdf =
        TranscriptPdf.render(
            transcript(3), KOP, LocalDate.of(2026, 12, 4), Locale.forLanguageTag("id"));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      for (String part :
          List.of(
              "BKPSDM KOTA BUKITTINGGI",
              "TRANSKRIP JAM PELAJARAN (JP)",
              "Siti Rahma",
              "199001012015032001",
              "2026 12 20 belum tercapai",
              "2025 21 20 tercapai",
              "0001/STTPP/BUKITTINGGI/2026",
              "0003/STTPP/BUKITTINGGI/2026",
              "Bukittinggi, 4 Desember 2026",
              "H. Rizal, S.Sos")) {
        assertTrue(text.contains(part), part + " in " + text);
      }
      ImageIO.write(
          new PDFRenderer(document).renderImageWithDPI(0, 100),
          "png",
          Path.of("target", "transkrip-contoh.png").toFile());
    }
  }

  @Test
  void aLongTranscriptGoesOnToMorePages() throws Exception {
    byte[] pdf =
        TranscriptPdf.render(transcript(80), KOP, LocalDate.of(2026, 12, 4), Locale.ENGLISH);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // each title wraps to two lines, a row of 25 pt: the first page holds the head and 21
      // rows, each further page 29 (its 748 pt), so 80 rows take 21 + 29 + 29 + 1
      assertEquals(4, document.getNumberOfPages());
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("bagian 80"), "the last course is there");
      assertTrue(text.contains("JP TRANSCRIPT"), text);
    }
  }
}
