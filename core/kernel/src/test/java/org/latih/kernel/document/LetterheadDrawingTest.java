package org.latih.kernel.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class LetterheadDrawingTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

  @Test
  void thePrintDateInEitherLanguage() {
    assertEquals(
        "Dicetak 4 Desember 2026", LetterheadDrawing.printed(DAY, Locale.forLanguageTag("id")));
    assertEquals("Printed 4 December 2026", LetterheadDrawing.printed(DAY, Locale.ENGLISH));
    assertEquals("17 Agustus 2045", LetterheadDrawing.date(LocalDate.of(2045, 8, 17), Locale.ROOT));
  }

  @Test
  void theKopSuratTheDateAndTheSignatoryAreOnThePage() throws Exception {
    Letterhead letterhead =
        new Letterhead(
            "Badan Kepegawaian Daerah Kabupaten Solok",
            List.of("Jl. Lintas Sumatera Km 20, Arosuka"),
            null,
            new Letterhead.Signatory(
                "Ir. Andi Saputra", "197501012000031001", "Kepala", "Arosuka"));
    String text = drawn(letterhead);
    for (String part :
        List.of(
            "BADAN KEPEGAWAIAN DAERAH KABUPATEN SOLOK",
            "Jl. Lintas Sumatera Km 20, Arosuka",
            "Dicetak 4 Desember 2026",
            "Arosuka, 4 Desember 2026",
            "Kepala",
            "Ir. Andi Saputra",
            "NIP. 197501012000031001")) {
      assertTrue(text.contains(part), part + " in " + text);
    }
  }

  @Test
  void withoutALetterheadTheRegionsNameStandsAloneAndNoOneSigns() throws Exception {
    String text = drawn(Letterhead.fallback("Kota Bukittinggi"));
    assertTrue(text.contains("KOTA BUKITTINGGI"), text);
    assertTrue(!text.contains("NIP."), text);
  }

  private static String drawn(Letterhead letterhead) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      LetterheadDrawing drawing = new LetterheadDrawing(document, LetterheadDrawing.font(document));
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        float y = drawing.head(content, letterhead, 40, 515, 800);
        drawing.printDate(content, DAY, Locale.forLanguageTag("id"), 555, y - 8);
        drawing.signatory(content, letterhead, DAY, Locale.forLanguageTag("id"), 350, y - 200);
      }
      document.save(out);
    }
    try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
      return new PDFTextStripper().getText(document);
    }
  }
}
