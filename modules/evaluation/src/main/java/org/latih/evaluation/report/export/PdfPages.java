package org.latih.evaluation.report.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.latih.kernel.document.Letterhead;
import org.latih.kernel.document.LetterheadDrawing;

/**
 * A4 pages written top to bottom: a cursor that opens a new page when the next piece does not fit,
 * text that is measured and wrapped, and characters the font lacks replaced by "?" rather than
 * failing the export.
 *
 * <p>The font is Liberation Sans, embedded (as a subset) from the copy PDFBox ships: it covers the
 * Latin letters of Indonesian and much more, and needs no font on the server. Bold is drawn by
 * stroking the outline, so headings keep the same coverage.
 */
final class PdfPages implements AutoCloseable {

  static final float MARGIN = 40;
  static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
  private static final float BOTTOM = MARGIN + 20; // room for the page number
  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  final PDDocument document = new PDDocument();
  private final PDFont font;
  private final Map<Integer, Boolean> printable = new HashMap<>();
  private final Map<Integer, Float> advance = new HashMap<>();
  private PDPageContentStream content;
  private float y;

  private static final int TAG_GSUB = ('G' << 24) | ('S' << 16) | ('U' << 8) | 'B';
  private static final int TAG_IGNORED = ('x' << 24) | ('S' << 16) | ('U' << 8) | 'B';
  private static final byte[] FONT_BYTES = withoutSubstitutions(FONT);

  PdfPages() {
    try {
      font = PDType0Font.load(document, new ByteArrayInputStream(FONT_BYTES));
      newPage();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The font file with its glyph substitution table (GSUB) renamed, so PDFBox ignores it. PDFBox
   * 3.0 applies GSUB for every line shown with an embedded font, compiling regular expressions each
   * time: about a millisecond per cell, seconds for a long table. Indonesian needs no ligatures,
   * and without them the PDF's text copies out exactly as written.
   */
  private static byte[] withoutSubstitutions(String resource) {
    byte[] bytes;
    try (InputStream in = PdfPages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("PDFBox no longer ships " + resource);
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ByteBuffer file = ByteBuffer.wrap(bytes); // big-endian, as TrueType is
    int tables = file.getShort(4) & 0xFFFF;
    for (int i = 0; i < tables; i++) {
      int record = 12 + 16 * i; // tag, checksum, offset, length
      if (file.getInt(record) == TAG_GSUB) {
        file.putInt(record, TAG_IGNORED);
      }
    }
    return bytes;
  }

  float y() {
    return y;
  }

  /** The region's kop surat at the top of the current page, the print date under it. */
  void letterhead(Letterhead letterhead, LocalDate printedOn, Locale locale) {
    LetterheadDrawing drawing = new LetterheadDrawing(document, font);
    y = drawing.head(content, letterhead, MARGIN, WIDTH, TOP);
    drawing.printDate(content, printedOn, locale, MARGIN + WIDTH, y - 8);
    y -= 16;
  }

  /** The signatory block at the right, below what was written; nothing when none is set. */
  void signatory(Letterhead letterhead, LocalDate date, Locale locale) {
    if (letterhead.signatory() == null) {
      return;
    }
    need(110);
    down(20);
    y =
        new LetterheadDrawing(document, font)
            .signatory(content, letterhead, date, locale, MARGIN + WIDTH * 0.6f, y);
  }

  /** Moves down; a new page if less than {@code height} is left below. */
  void need(float height) {
    if (y - height < BOTTOM) {
      newPage();
    }
  }

  void down(float height) {
    y -= height;
  }

  /** Room from the top of an empty page to its bottom. */
  static float pageRoom() {
    return TOP - BOTTOM;
  }

  void newPage() {
    try {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      y = TOP;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One line of text with its baseline at {@code baseline}. */
  void text(float x, float baseline, String text, float size, boolean bold, float grey) {
    try {
      content.beginText();
      content.setFont(font, size);
      content.setNonStrokingColor(grey, grey, grey);
      if (bold) {
        content.setStrokingColor(grey, grey, grey);
        content.setLineWidth(size / 30);
        content.setRenderingMode(RenderingMode.FILL_STROKE);
      } else {
        content.setRenderingMode(RenderingMode.FILL);
      }
      content.newLineAtOffset(x, baseline);
      content.showText(printable(text));
      content.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void rectangle(float x, float bottom, float width, float height, float[] rgb, boolean fill) {
    try {
      content.addRect(x, bottom, width, height);
      if (fill) {
        content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        content.fill();
      } else {
        content.setStrokingColor(rgb[0], rgb[1], rgb[2]);
        content.setLineWidth(0.5f);
        content.stroke();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The width of {@code text} at {@code size}, summed from each character's cached advance. */
  float width(String text, float size) {
    float units = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      units += advance.computeIfAbsent(c, this::advance);
    }
    return units / 1000 * size;
  }

  private float advance(int codePoint) {
    String shown = printable(Character.toString(codePoint));
    try {
      return shown.isEmpty() ? 0 : font.getStringWidth(shown);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code text} broken into lines no wider than {@code width}: at spaces and line breaks, and
   * within a word that alone is too wide.
   */
  List<String> wrap(String text, float size, float width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\\r?\\n|\\r", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" +")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (width(candidate, size) <= width) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (!line.isEmpty()) {
          lines.add(line.toString());
          line.setLength(0);
        }
        // a word wider than the column is cut where it no longer fits
        String rest = word;
        while (width(rest, size) > width && rest.length() > 1) {
          int end = rest.length() - 1;
          while (end > 1 && width(rest.substring(0, end), size) > width) {
            end--;
          }
          if (Character.isHighSurrogate(rest.charAt(end - 1)) && end > 1) {
            end--;
          }
          lines.add(rest.substring(0, end));
          rest = rest.substring(end);
        }
        line.append(rest);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** The text with every character the font cannot show replaced, and control characters gone. */
  String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (c == '\t') {
                out.append(' ');
              } else if (!Character.isISOControl(c)) {
                out.append(printable.computeIfAbsent(c, this::shows) ? Character.toString(c) : "?");
              }
            });
    return out.toString();
  }

  private boolean shows(int codePoint) {
    try {
      font.encode(Character.toString(codePoint));
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  /** Names and numbers every page at its foot, then the document's bytes. */
  byte[] finish(String footer) {
    try {
      content.close();
      content = null;
      int pages = document.getNumberOfPages();
      for (int i = 0; i < pages; i++) {
        PDPage page = document.getPage(i);
        try (PDPageContentStream foot =
            new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
          content = foot;
          String number = (i + 1) + "/" + pages;
          float numberWidth = width(number, 8);
          text(MARGIN + WIDTH - numberWidth, MARGIN, number, 8, false, 0.4f);
          // the footer names the report on every page, cut to one line beside the page number
          List<String> lines = wrap(footer, 8, WIDTH - numberWidth - 12);
          String first = lines.get(0) + (lines.size() > 1 ? " \u2026" : "");
          text(MARGIN, MARGIN, first, 8, false, 0.4f);
        }
      }
      content = null;
      var out = new java.io.ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
