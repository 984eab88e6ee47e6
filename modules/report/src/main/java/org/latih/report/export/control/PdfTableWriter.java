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
import java.time.ZoneId;
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
import org.latih.kernel.document.Letterhead;
import org.latih.kernel.document.LetterheadDrawing;
import org.latih.report.export.api.Table;

/**
 * Tables as a PDF to print: landscape A4, each table under its name, its heading row repeated on
 * every page, numbers right-aligned in the reader's notation, a cell too long for its column cut
 * with "…"; a table of more columns than a page can show is written row by row instead, each row's
 * headings beside its values. Pages are written to a scratch file as they fill, not kept in memory;
 * still, a PDF is for reading, so raw exports offer it only for a few thousand rows.
 */
public final class PdfTableWriter implements TableWriter {

  private static final float MARGIN = 36;
  private static final PDRectangle PAGE =
      new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
  private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
  private static final float SIZE = 8;

  /** The most columns a table shows across the page; wider ones are shown row by row. */
  private static final int MAX_ACROSS = 14;

  private static final float LINE = 12;
  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final byte[] FONT_BYTES = withoutSubstitutions();

  @Override
  public void write(List<? extends Table> tables, OutputStream out, Locale locale) {
    write(tables, out, locale, null);
  }

  @Override
  public void write(
      List<? extends Table> tables, OutputStream out, Locale locale, Letterhead letterhead) {
    try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
      PDFont font = PDType0Font.load(document, new ByteArrayInputStream(FONT_BYTES));
      Pages pages = new Pages(document, font, NumberFormat.getNumberInstance(locale));
      LetterheadDrawing official =
          letterhead == null
              ? null
              : new LetterheadDrawing(document, LetterheadDrawing.font(document));
      LocalDate today = LocalDate.now(WIB);
      Heading kop =
          official == null
              ? null
              : (page, top) -> {
                official.printDate(page, today, locale, MARGIN + WIDTH, top);
                return official.head(page, letterhead, MARGIN, WIDTH, top - 12) - 8;
              };
      for (int i = 0; i < tables.size(); i++) {
        pages.table(tables.get(i), i == 0 ? kop : null);
      }
      if (official != null && letterhead.signatory() != null) {
        pages.room(SIGNATORY);
        official.signatory(
            pages.content, letterhead, today, locale, MARGIN + WIDTH * 0.65f, pages.y - 16);
      }
      pages.close();
      document.save(new Unclosed(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The height the signatory block needs below the last table. */
  private static final float SIGNATORY = 120;

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  /** What goes above a table on its first page; returns where the table may begin. */
  private interface Heading {
    float draw(PDPageContentStream page, float top);
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
    private boolean cards;

    Pages(PDDocument document, PDFont font, NumberFormat numbers) {
      this.document = document;
      this.font = font;
      this.numbers = numbers;
      numbers.setMaximumFractionDigits(2);
    }

    void table(Table t, Heading heading) throws IOException {
      table = t;
      // too many columns to read across a page: each row becomes a block of heading-value lines
      cards = t.columns().size() > MAX_ACROSS;
      widths = cards ? new float[] {WIDTH * 0.4f, WIDTH * 0.6f} : widths(t.columns());
      newPage(heading);
      try {
        t.rows(
            row -> {
              try {
                if (cards) {
                  card(row);
                  return;
                }
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

    /** One row as its columns' headings beside their values, kept on one page when it fits. */
    private void card(List<Object> row) throws IOException {
      List<String> columns = table.columns();
      if (y - LINE * Math.min(columns.size(), 30) < MARGIN) {
        newPage();
      }
      for (int c = 0; c < columns.size(); c++) {
        if (y - LINE < MARGIN + LINE) {
          newPage();
        }
        Object cell = c < row.size() ? row.get(c) : null;
        line(List.of(columns.get(c), text(cell)), java.util.Arrays.asList(null, cell), c == 0);
      }
      y -= LINE / 2;
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

    /** Starts a new page when less than {@code height} is left on this one. */
    void room(float height) throws IOException {
      if (y - height < MARGIN) {
        openPage();
      }
    }

    private void openPage() throws IOException {
      close();
      PDPage page = new PDPage(PAGE);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      pageNumber++;
      y = PAGE.getHeight() - MARGIN;
    }

    private void newPage() throws IOException {
      newPage(null);
    }

    private void newPage(Heading heading) throws IOException {
      openPage();
      if (heading != null) {
        y = heading.draw(content, y);
      }
      show(MARGIN, y - 10, table.name(), 11);
      String number = String.valueOf(pageNumber);
      show(PAGE.getWidth() - MARGIN - width(number, SIZE), MARGIN / 2, number, SIZE);
      y -= 24;
      if (cards) {
        return;
      }
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
