package org.latih.kernel.csv;

import java.util.Locale;

/**
 * How the reader's spreadsheet splits a CSV file. Excel set to Indonesian writes decimals with a
 * comma ("85,2"), so it splits lines at semicolons; set to English, at commas. A file in the other
 * dialect opens as one column, or splits a cell in the middle, where a second half starting with
 * "=" would run as a formula.
 */
public enum CsvDialect {
  SEMICOLON(';'),
  COMMA(',');

  private final char delimiter;

  CsvDialect(char delimiter) {
    this.delimiter = delimiter;
  }

  /** Semicolons for Indonesian (also the old code "in"), commas for every other language. */
  public static CsvDialect of(Locale locale) {
    String language = locale == null ? "" : locale.getLanguage();
    return language.equals("id") || language.equals("in") ? SEMICOLON : COMMA;
  }

  public char delimiter() {
    return delimiter;
  }

  /** A score with two decimals, with the decimal mark this reader's spreadsheet reads as one. */
  public String decimal(double value) {
    String text = String.format(Locale.ROOT, "%.2f", value);
    return this == SEMICOLON ? text.replace('.', ',') : text;
  }
}
