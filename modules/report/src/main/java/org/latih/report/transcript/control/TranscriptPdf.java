package org.latih.report.transcript.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.latih.kernel.document.Letterhead;
import org.latih.kernel.document.LetterheadDrawing;

/**
 * A transcript as A4 pages: the region's kop surat and print date, the person, JP per year against
 * the target, and the completed courses with their dates, JP and certificate numbers; the signatory
 * under the last row. Long transcripts continue on further pages.
 */
public final class TranscriptPdf implements AutoCloseable {

  private static final float MARGIN = 40;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
  private static final float ROW = 14;
  private static final float LINE = 11;
  private static final float[] COURSE_COLUMNS = {0, 0.44f, 0.58f, 0.65f};

  private final PDDocument document = new PDDocument();
  private final PDFont font = LetterheadDrawing.font(document);
  private final LetterheadDrawing drawing = new LetterheadDrawing(document, font);
  private final boolean english;
  private PDPageContentStream content;
  private float y;

  private TranscriptPdf(Locale locale) {
    this.english = "en".equals(locale.getLanguage());
  }

  public static byte[] render(
      Transcript transcript, Letterhead letterhead, LocalDate printedOn, Locale locale) {
    try (TranscriptPdf pdf = new TranscriptPdf(locale)) {
      return pdf.write(transcript, letterhead, printedOn, locale);
    }
  }

  private byte[] write(Transcript t, Letterhead letterhead, LocalDate printedOn, Locale locale) {
    try {
      page();
      y = drawing.head(content, letterhead, MARGIN, WIDTH, TOP);
      drawing.printDate(content, printedOn, locale, MARGIN + WIDTH, y - 8);
      y -= 40;
      String title = english ? "JP TRANSCRIPT" : "TRANSKRIP JAM PELAJARAN (JP)";
      drawing.text(content, MARGIN + (WIDTH - drawing.width(title, 14)) / 2, y, title, 14, true);
      y -= 26;
      line(english ? "Name" : "Nama", t.person().name());
      if (t.person().nip() != null) {
        line("NIP", t.person().nip());
      }
      if (t.person().region() != null) {
        line(english ? "Region" : "Wilayah", t.person().region());
      }
      y -= 10;
      row(
          true,
          List.of(
              english ? "Year" : "Tahun",
              "JP",
              english ? "Target" : "Target",
              english ? "Status" : "Keterangan"),
          new float[] {0, 0.25f, 0.45f, 0.65f});
      for (Transcript.Year year : t.years()) {
        row(
            false,
            List.of(
                Integer.toString(year.year()),
                Integer.toString(year.jp()),
                Integer.toString(year.target()),
                year.met()
                    ? (english ? "met" : "tercapai")
                    : (english ? "not yet met" : "belum tercapai")),
            new float[] {0, 0.25f, 0.45f, 0.65f});
      }
      y -= 12;
      row(
          true,
          List.of(
              english ? "Course" : "Pelatihan",
              english ? "Completed" : "Selesai",
              "JP",
              english ? "Certificate no." : "Nomor sertifikat"),
          COURSE_COLUMNS);
      if (t.courses().isEmpty()) {
        row(
            false,
            List.of(
                english ? "No completed course yet." : "Belum ada pelatihan yang selesai.",
                "",
                "",
                ""),
            COURSE_COLUMNS);
      }
      for (Transcript.Course c : t.courses()) {
        row(
            false,
            List.of(
                c.title(),
                c.completedOn().toString(),
                Integer.toString(c.jp()),
                c.certificate() == null ? "-" : c.certificate()),
            COURSE_COLUMNS);
      }
      if (letterhead.signatory() != null) {
        if (y < MARGIN + 110) {
          page();
        }
        drawing.signatory(content, letterhead, printedOn, locale, MARGIN + WIDTH * 0.6f, y - 24);
      }
      content.close();
      content = null;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void line(String label, String value) {
    drawing.text(content, MARGIN, y, label, 10, false);
    drawing.text(content, MARGIN + 70, y, ": " + value, 10, false);
    y -= ROW;
  }

  /** One table row; a cell too long for its column wraps onto more lines. */
  private void row(boolean header, List<String> cells, float[] columns) throws IOException {
    List<List<String>> lines = new ArrayList<>();
    int most = 1;
    for (int i = 0; i < cells.size(); i++) {
      float room =
          (i + 1 < columns.length ? columns[i + 1] * WIDTH : WIDTH) - columns[i] * WIDTH - 6;
      lines.add(wrapped(cells.get(i), room));
      most = Math.max(most, lines.get(i).size());
    }
    float height = ROW + (most - 1) * LINE;
    if (y - height < MARGIN) {
      page();
    }
    for (int i = 0; i < cells.size(); i++) {
      for (int l = 0; l < lines.get(i).size(); l++) {
        drawing.text(
            content, MARGIN + columns[i] * WIDTH, y - l * LINE, lines.get(i).get(l), 9, header);
      }
    }
    float rule = y - (most - 1) * LINE - 4;
    content.setLineWidth(header ? 0.8f : 0.3f);
    content.moveTo(MARGIN, rule);
    content.lineTo(MARGIN + WIDTH, rule);
    content.stroke();
    y -= height;
  }

  /** {@code text} in lines no wider than {@code room}, broken at spaces (a long word alone). */
  private List<String> wrapped(String text, float room) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" +")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (line.isEmpty() || drawing.width(candidate, 9) <= room) {
        line.setLength(0);
        line.append(candidate);
      } else {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  private void page() throws IOException {
    if (content != null) {
      content.close();
    }
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    content = new PDPageContentStream(document, page);
    y = TOP;
  }

  @Override
  public void close() {
    try {
      if (content != null) {
        content.close();
      }
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
