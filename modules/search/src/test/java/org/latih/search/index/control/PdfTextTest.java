package org.latih.search.index.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfTextTest {

  static byte[] pdf(String userPassword, String... pages) throws IOException {
    try (PDDocument document = new PDDocument()) {
      for (String text : pages) {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          content.newLineAtOffset(72, 700);
          content.showText(text);
          content.endText();
        }
      }
      if (userPassword != null) {
        document.protect(
            new StandardProtectionPolicy("owner", userPassword, new AccessPermission()));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void extractsTheTextOfEveryPage() throws IOException {
    String text = PdfText.extract(pdf(null, "Pelayanan prima untuk ASN", "Halaman kedua"), 1000);
    assertTrue(text.contains("Pelayanan prima untuk ASN"), text);
    assertTrue(text.contains("Halaman kedua"), text);
  }

  @Test
  void capsTheText() throws IOException {
    assertEquals("Pelayanan", PdfText.extract(pdf(null, "Pelayanan prima", "Dua", "Tiga"), 9));
  }

  @Test
  void brokenOrProtectedFilesGiveEmptyText() throws IOException {
    byte[] garbage = new byte[2048];
    new java.util.Random(7).nextBytes(garbage);
    assertEquals("", PdfText.extract(garbage, 1000));
    assertEquals("", PdfText.extract("%PDF-1.7\nnot really".getBytes(), 1000));
    assertEquals("", PdfText.extract(new byte[0], 1000));
    assertEquals("", PdfText.extract(null, 1000));
    assertEquals("", PdfText.extract(pdf("rahasia", "Dokumen rahasia"), 1000));
  }

  @Test
  void truncatedFileNeverThrows() throws IOException {
    byte[] whole = pdf(null, "Pelayanan prima untuk ASN");
    for (int length : new int[] {10, whole.length / 3, whole.length / 2, whole.length - 20}) {
      PdfText.extract(Arrays.copyOf(whole, length), 1000); // partial text or "", never an error
    }
  }
}
