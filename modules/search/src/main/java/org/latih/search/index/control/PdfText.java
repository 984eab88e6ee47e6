package org.latih.search.index.control;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF attachment, for indexing. An attachment that cannot be read must not stop a
 * course from being indexed, so every failure (broken file, password, a parser bug) yields an empty
 * text instead of an exception. Pages are extracted one at a time and extraction stops at the cap,
 * so a 900-page regulation costs no more than the text the index keeps.
 */
public final class PdfText {

  private PdfText() {}

  /**
   * Plain text of {@code pdf}, at most {@code maxChars} characters; {@code ""} when the file is
   * broken, needs a password, or forbids text extraction.
   */
  public static String extract(byte[] pdf, int maxChars) {
    if (pdf == null || pdf.length == 0 || maxChars <= 0) {
      return "";
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
        return "";
      }
      return pages(document, maxChars);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // Malformed PDFs can throw almost anything from deep inside the parser.
      return "";
    }
  }

  private static String pages(PDDocument document, int maxChars) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= document.getNumberOfPages() && text.length() < maxChars; page++) {
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      text.append(stripper.getText(document));
    }
    String plain = text.toString().replaceAll("[ \\t\\x0B\\f\\u00A0]+", " ").strip();
    return plain.length() <= maxChars ? plain : plain.substring(0, maxChars);
  }
}
