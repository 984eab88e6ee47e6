package org.latih.kernel.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Draws a {@link Letterhead} onto PDFBox pages: the kop surat at the top (logo left, agency and
 * address centred, a double rule under them), the print date, and the signatory block. Every
 * official PDF uses it, so a region's documents look alike whichever module writes them.
 *
 * <p>Text the font cannot show becomes "?" rather than failing the document: agency names and
 * addresses are typed by admins.
 */
public final class LetterheadDrawing {

  /** Liberation Sans as PDFBox ships it: Indonesian's letters without a font on the server. */
  public static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private static final float LOGO = 58;
  private static final Locale ID = Locale.forLanguageTag("id");

  private final PDDocument document;
  private final PDFont font;
  private final Map<Integer, Boolean> shows = new HashMap<>();

  public LetterheadDrawing(PDDocument document, PDFont font) {
    this.document = document;
    this.font = font;
  }

  /** Liberation Sans embedded (as a subset) in {@code document}. */
  public static PDFont font(PDDocument document) {
    try (InputStream in = LetterheadDrawing.class.getResourceAsStream(FONT)) {
      return PDType0Font.load(document, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "Dicetak 4 Desember 2026" or "Printed 4 December 2026". */
  public static String printed(LocalDate date, Locale locale) {
    boolean english = "en".equals(locale.getLanguage());
    return (english ? "Printed " : "Dicetak ") + date(date, locale);
  }

  /** "4 Desember 2026" in Bahasa Indonesia (the default), "4 December 2026" in English. */
  public static String date(LocalDate date, Locale locale) {
    Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : ID;
    return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", language));
  }

  /**
   * The kop surat across {@code width} from {@code left}, its top at {@code top}.
   *
   * @return the y just below its rule, where the document's own content begins
   */
  public float head(
      PDPageContentStream page, Letterhead letterhead, float left, float width, float top) {
    try {
      float textLeft = left;
      float textWidth = width;
      if (letterhead.logo() != null) {
        PDImageXObject logo =
            PDImageXObject.createFromByteArray(document, letterhead.logo(), "logo");
        float scale = Math.min(LOGO / logo.getWidth(), LOGO / logo.getHeight());
        float w = logo.getWidth() * scale;
        float h = logo.getHeight() * scale;
        page.drawImage(logo, left + (LOGO - w) / 2, top - LOGO + (LOGO - h) / 2, w, h);
        // the text stays centred on the page, clear of the logo on both sides
        textLeft = left + LOGO + 8;
        textWidth = width - 2 * (LOGO + 8);
      }
      float y = top - 15;
      y = centred(page, letterhead.agency().toUpperCase(ID), 14, true, textLeft, textWidth, y, 17);
      for (String line : letterhead.addressLines()) {
        y = centred(page, line, 9, false, textLeft, textWidth, y, 11.5f);
      }
      float bottom = Math.min(y + 4, top - LOGO - 4);
      page.setStrokingColor(0f, 0f, 0f);
      page.setLineWidth(1.6f);
      page.moveTo(left, bottom);
      page.lineTo(left + width, bottom);
      page.stroke();
      page.setLineWidth(0.5f);
      page.moveTo(left, bottom - 2.5f);
      page.lineTo(left + width, bottom - 2.5f);
      page.stroke();
      return bottom - 6;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private float centred(
      PDPageContentStream page,
      String text,
      float size,
      boolean bold,
      float left,
      float width,
      float y,
      float leading) {
    // a line too long for the space is shrunk rather than cut: an agency's name must stay whole
    float fitted = Math.min(size, size * width / Math.max(1, width(text, size)));
    text(page, left + (width - width(text, fitted)) / 2, y, text, fitted, bold);
    return y - leading;
  }

  /** The print date, right-aligned at {@code right}. */
  public void printDate(
      PDPageContentStream page, LocalDate date, Locale locale, float right, float y) {
    String text = printed(date, locale);
    text(page, right - width(text, 8), y, text, 8, false);
  }

  /**
   * The signatory block, left-aligned at {@code left}: "Kupang, 4 Desember 2026", the jabatan, room
   * to sign, the name and the NIP. Nothing when the letterhead names no signatory.
   *
   * @return the y below the block
   */
  public float signatory(
      PDPageContentStream page,
      Letterhead letterhead,
      LocalDate date,
      Locale locale,
      float left,
      float top) {
    Letterhead.Signatory s = letterhead.signatory();
    if (s == null) {
      return top;
    }
    float y = top;
    String place = s.place() == null || s.place().isBlank() ? "" : s.place().strip() + ", ";
    text(page, left, y, place + date(date, locale), 10, false);
    y -= 13;
    if (s.jabatan() != null && !s.jabatan().isBlank()) {
      text(page, left, y, s.jabatan(), 10, false);
    }
    y -= 58;
    text(page, left, y, s.name(), 10, true);
    try {
      page.setLineWidth(0.5f);
      page.moveTo(left, y - 2);
      page.lineTo(left + width(s.name(), 10), y - 2);
      page.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y -= 13;
    if (s.nip() != null && !s.nip().isBlank()) {
      text(page, left, y, "NIP. " + s.nip(), 10, false);
      y -= 13;
    }
    return y;
  }

  /** One line of text, its baseline at {@code baseline}; bold is drawn by stroking the outline. */
  public void text(
      PDPageContentStream page, float x, float baseline, String text, float size, boolean bold) {
    try {
      page.beginText();
      page.setFont(font, size);
      page.setNonStrokingColor(0f, 0f, 0f);
      if (bold) {
        page.setStrokingColor(0f, 0f, 0f);
        page.setLineWidth(size / 30);
        page.setRenderingMode(RenderingMode.FILL_STROKE);
      } else {
        page.setRenderingMode(RenderingMode.FILL);
      }
      page.newLineAtOffset(x, baseline);
      page.showText(shown(text));
      page.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The width of {@code text} at {@code size}, as drawn. */
  public float width(String text, float size) {
    try {
      return font.getStringWidth(shown(text)) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text with control characters gone and every character the font lacks as "?". */
  public String shown(String text) {
    StringBuilder out = new StringBuilder();
    (text == null ? "" : text)
        .codePoints()
        .forEach(
            c -> {
              if (c == '\t' || c == '\n' || c == '\r') {
                out.append(' ');
              } else if (!Character.isISOControl(c)) {
                out.append(shows.computeIfAbsent(c, this::encodable) ? Character.toString(c) : "?");
              }
            });
    return out.toString();
  }

  private boolean encodable(int codePoint) {
    try {
      font.encode(Character.toString(codePoint));
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
