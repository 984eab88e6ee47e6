package org.latih.kernel.spreadsheet;

/**
 * Text for a spreadsheet cell: a workbook is XML, and XML 1.0 forbids most control characters (a
 * pasted "\u0007" would make Excel refuse the whole file), so they are dropped.
 */
public final class CellText {

  private CellText() {}

  public static String printable(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(
            c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF))
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
