package org.latih.report.export.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.latih.report.export.api.Table;

/**
 * Tables as a PDF to print: landscape A4, each table under its name, its heading row repeated on
 * every page, numbers right-aligned in the reader's notation, a cell too long for its column cut
 * with "…". Pages are written to a scratch file as they fill, not kept in memory; still, a PDF is
 * for reading, so raw exports offer it only for a few thousand rows.
 */
public final class PdfTableWriter implements TableWriter {

  private static final float MARGIN = 36;
  private static final PDRectangle PAGE =
      new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
  private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
  private static final float SIZE = 8;
  private static final float LINE = 12;
  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final byte[] FONT_BYTES = withoutSubstitutions();

  @Override
  public void write(List<? extends Table> tables, OutputStream out, Locale locale) {
    try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
      PDFont font = PDType0Font.load(document, new ByteArrayInputStream(FONT_BYTES));
      Pages pages = new Pages(document, font, NumberFormat.getNumberInstance(locale));
      for (Table table : tables) {
        pages.table(table);
      }
      pages.close();
      document.save(new Unclosed(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page being filled, and where on it. */
  private static final class Pages {
    private final PDDocument document;
    private final PDFont font;
    private final NumberFormat numbers;
    private final Map<Integer, Float> advance = new HashMap<>();
    private PDPageContentStream content;
    private float y;
    private int pageNumber;
    private Table table;
    private float[] widths;

    Pages(PDDocument document, PDFont font, NumberFormat numbers) {
      this.document = document;
      this.font = font;
      this.numbers = numbers;
      numbers.setMaximumFractionDigits(2);
    }

    void table(Table t) throws IOException {
      table = t;
      widths = widths(t.columns());
      newPage();
      try {
        t.rows(
            row -> {
              try {
                if (y - LINE < MARGIN + LINE) {
                  newPage();
                }
                line(row.stream().map(this::text).toList(), row, false);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    /** Shares of the width after the headings' lengths, none narrower than a short number. */
    private static float[] widths(List<String> columns) {
      float[] weights = new float[columns.size()];
      float total = 0;
      for (int c = 0; c < weights.length; c++) {
        weights[c] = Math.max(8, Math.min(30, columns.get(c).length()));
        total += weights[c];
      }
      for (int c = 0; c < weights.length; c++) {
        weights[c] = WIDTH * weights[c] / total;
      }
      return weights;
    }

    private void newPage() throws IOException {
      close();
      PDPage page = new PDPage(PAGE);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      pageNumber++;
      y = PAGE.getHeight() - MARGIN;
      show(MARGIN, y - 10, table.name(), 11);
      String number = String.valueOf(pageNumber);
      show(PAGE.getWidth() - MARGIN - width(number, SIZE), MARGIN / 2, number, SIZE);
      y -= 24;
      content.setNonStrokingColor(0.9f, 0.9f, 0.9f);
      content.addRect(MARGIN, y - LINE + 3, WIDTH, LINE);
      content.fill();
      content.setNonStrokingColor(0f, 0f, 0f);
      line(table.columns(), null, true);
    }

    private void line(List<String> texts, List<Object> cells, boolean heading) throws IOException {
      float x = MARGIN;
      for (int c = 0; c < widths.length && c < texts.size(); c++) {
        String text = fit(texts.get(c), widths[c] - 4);
        boolean number = !heading && cells.get(c) instanceof Number;
        float at = number ? x + widths[c] - 2 - width(text, SIZE) : x + 2;
        show(at, y - LINE + 5, text, SIZE);
        x += widths[c];
      }
      y -= LINE;
    }

    private String text(Object cell) {
      if (cell == null) {
        return "";
      }
      if (cell instanceof Number n) {
        return Double.isNaN(n.doubleValue()) ? "" : numbers.format(n);
      }
      if (cell instanceof LocalDate d) {
        return d.toString();
      }
      if (cell instanceof LocalDateTime t) {
        return Cells.DATE_TIME.format(t);
      }
      return cell.toString();
    }

    /** {@code text} cut with "…" where it would run into the next column. */
    private String fit(String text, float room) {
      String shown = printable(text.replaceAll("\\s+", " "));
      if (width(shown, SIZE) <= room) {
        return shown;
      }
      int end = shown.length();
      while (end > 0 && width(shown.substring(0, end) + "…", SIZE) > room) {
        end--;
      }
      return shown.substring(0, end) + "…";
    }

    private void show(float x, float baseline, String text, float size) throws IOException {
      if (text.isEmpty()) {
        return;
      }
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, baseline);
      content.showText(text);
      content.endText();
    }

    private float width(String text, float size) {
      float units = 0;
      for (int i = 0; i < text.length(); ) {
        int c = text.codePointAt(i);
        i += Character.charCount(c);
        units += advance.computeIfAbsent(c, this::advance);
      }
      return units / 1000 * size;
    }

    private float advance(int codePoint) {
      try {
        return font.getStringWidth(Character.toString(codePoint));
      } catch (IOException | IllegalArgumentException e) {
        return 0;
      }
    }

    /** Only what the font can draw: a character it lacks would fail the whole file. */
    private String printable(String text) {
      StringBuilder shown = new StringBuilder(text.length());
      text.codePoints()
          .forEach(
              c -> {
                if (c >= 0x20 && (advance.computeIfAbsent(c, this::advance) > 0 || c == ' ')) {
                  shown.appendCodePoint(c);
                } else if (c >= 0x20) {
                  shown.append('?');
                }
              });
      return shown.toString();
    }

    void close() throws IOException {
      if (content != null) {
        content.close();
        content = null;
      }
    }
  }

  /**
   * The font file with its glyph substitution table (GSUB) renamed so PDFBox ignores it: PDFBox 3
   * applies GSUB to every line shown with an embedded font at about a millisecond a cell, which is
   * minutes for a long table, and Indonesian needs no ligatures.
   */
  private static byte[] withoutSubstitutions() {
    byte[] bytes;
    try (InputStream in = PdfTableWriter.class.getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IllegalStateException("PDFBox no longer ships " + FONT);
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ByteBuffer file = ByteBuffer.wrap(bytes);
    int gsub = ('G' << 24) | ('S' << 16) | ('U' << 8) | 'B';
    int ignored = ('x' << 24) | ('S' << 16) | ('U' << 8) | 'B';
    int tables = file.getShort(4) & 0xFFFF;
    for (int i = 0; i < tables; i++) {
      int record = 12 + 16 * i;
      if (file.getInt(record) == gsub) {
        file.putInt(record, ignored);
      }
    }
    return bytes;
  }
}
