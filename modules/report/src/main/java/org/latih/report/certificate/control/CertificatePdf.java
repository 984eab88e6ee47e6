package org.latih.report.certificate.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.latih.kernel.document.Letterhead;
import org.latih.kernel.document.LetterheadDrawing;
import org.latih.report.certificate.entity.Certificate;

/**
 * A certificate as one landscape A4 page: the region's kop surat and print date, the title and
 * number, the learner (name, NIP), the course with its JP and dates, the QR code of the public
 * verification address at the lower left and the signatory at the lower right. The wording is
 * Indonesian whatever the reader's language: it is an official document of an Indonesian agency.
 */
public final class CertificatePdf {

  private static final PDRectangle PAGE =
      new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
  private static final float MARGIN = 40;
  private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
  private static final float QR = 92;

  private CertificatePdf() {}

  public static byte[] render(
      Certificate certificate,
      Letterhead letterhead,
      String verifyUrl,
      LocalDate printedOn,
      Locale locale) {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PAGE);
      document.addPage(page);
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle("Sertifikat " + certificate.number());
      document.setDocumentInformation(info);
      LetterheadDrawing drawing = new LetterheadDrawing(document, LetterheadDrawing.font(document));
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        float top = PAGE.getHeight() - MARGIN;
        float y = drawing.head(content, letterhead, MARGIN, WIDTH, top);
        drawing.printDate(content, printedOn, locale, MARGIN + WIDTH, y - 8);
        y -= 52;
        y = centred(drawing, content, "SERTIFIKAT", 26, true, y, 22);
        y = centred(drawing, content, "Nomor: " + certificate.number(), 11, false, y, 28);
        y = centred(drawing, content, "diberikan kepada", 11, false, y, 24);
        y = centred(drawing, content, certificate.learnerName(), 20, true, y, 18);
        if (certificate.learnerNip() != null) {
          y = centred(drawing, content, "NIP. " + certificate.learnerNip(), 11, false, y, 26);
        } else {
          y -= 8;
        }
        y = centred(drawing, content, "yang telah menyelesaikan pelatihan", 11, false, y, 24);
        y = centred(drawing, content, certificate.courseTitle(), 16, true, y, 22);
        String when =
            certificate.startsOn().equals(certificate.endsOn())
                ? "pada " + LetterheadDrawing.date(certificate.startsOn(), Locale.ROOT)
                : "pada "
                    + LetterheadDrawing.date(certificate.startsOn(), Locale.ROOT)
                    + " s.d. "
                    + LetterheadDrawing.date(certificate.endsOn(), Locale.ROOT);
        centred(drawing, content, "selama " + certificate.jp() + " JP " + when, 11, false, y, 16);

        float bottom = MARGIN + 14;
        new QrCode(verifyUrl).draw(content, MARGIN + 8, bottom + 18, QR);
        drawing.text(content, MARGIN, bottom, "Verifikasi: " + verifyUrl, 7, false);
        drawing.signatory(
            content, letterhead, printedOn, Locale.ROOT, MARGIN + WIDTH * 0.68f, bottom + QR + 6);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A line centred on the page, shrunk to fit when too long; returns the next baseline. */
  private static float centred(
      LetterheadDrawing drawing,
      PDPageContentStream content,
      String text,
      float size,
      boolean bold,
      float y,
      float leading) {
    float fitted = Math.min(size, size * WIDTH / Math.max(1, drawing.width(text, size)));
    drawing.text(
        content, MARGIN + (WIDTH - drawing.width(text, fitted)) / 2, y, text, fitted, bold);
    return y - leading;
  }
}
