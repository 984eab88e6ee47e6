package org.latih.kernel.csv;

import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * A CSV file for a spreadsheet, built line by line: UTF-8 with a byte order mark (without it Excel
 * guesses Windows-1252 and garbles names), CRLF line ends, quoting as RFC 4180 (by Apache Commons
 * CSV), and no "sep=" line (with it, Excel ignores the byte order mark).
 *
 * <p>Every cell is text a person or a plugin typed, so none may reach a spreadsheet as a formula:
 * see {@link #neutralised}.
 *
 * <p>Built in memory ({@link #CsvWriter(CsvDialect)}, then {@link #bytes()}) for small files, or
 * streamed to a {@link Writer} ({@link #CsvWriter(CsvDialect, Writer)}) for exports of any size,
 * which then never hold more than one line.
 */
public final class CsvWriter {

  private static final String BOM = "\uFEFF";

  /** What starts a formula in Excel, LibreOffice or Google Sheets (full-width forms included). */
  private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

  /** A plain number ("-12", "-0,5", "1.234,5", "-12%"): no formula, and it stays a number. */
  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)*\\s?%?");

  /** The in-memory text, or null when streaming to a writer. */
  private final StringBuilder memory;

  private final CSVPrinter printer;

  /** A file built in memory: read it with {@link #bytes()} or {@link #text()}. */
  public CsvWriter(CsvDialect dialect) {
    this(dialect, new StringBuilder(BOM), null);
  }

  /**
   * A file streamed to {@code target} (which should encode UTF-8), starting with the byte order
   * mark; call {@link #flush()} at the end. The caller closes {@code target}.
   */
  public CsvWriter(CsvDialect dialect, Writer target) {
    this(dialect, null, write(target, BOM));
  }

  private static Writer write(Writer target, String text) {
    try {
      target.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  private CsvWriter(CsvDialect dialect, StringBuilder memory, Writer target) {
    this.memory = memory;
    Appendable out = memory != null ? memory : target;
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(dialect.delimiter())
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();
    try {
      printer = new CSVPrinter(out, format);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One line; a null cell is written empty. */
  public CsvWriter row(List<String> cells) {
    try {
      printer.printRecord(cells.stream().map(CsvWriter::neutralised));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public CsvWriter row(String... cells) {
    return row(Arrays.asList(cells));
  }

  /** An empty line, as between the blocks of a report. */
  public CsvWriter blankLine() {
    try {
      printer.println();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Passes what was written on to the target writer (nothing to do in memory). */
  public void flush() {
    try {
      if (memory == null) {
        ((Flushable) printer.getOut()).flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public byte[] bytes() {
    return text().getBytes(StandardCharsets.UTF_8);
  }

  /** The whole file; only for a writer built in memory. */
  public String text() {
    if (memory == null) {
      throw new IllegalStateException("a streaming CSV writer keeps no text");
    }
    return memory.toString();
  }

  /**
   * The cell with an apostrophe before every place a formula could start: the cell's start, and
   * also the start of each of its lines and the text after each comma or semicolon, since a reader
   * that splits a multi-line cell, or uses the other dialect, sees those as cells of their own. A
   * plain number is left a number. The apostrophe shows the text as typed, and is not shown.
   */
  static String neutralised(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    if (PLAIN_NUMBER.matcher(cell).matches()) {
      return cell;
    }
    StringBuilder safe = new StringBuilder(cell.length() + 1);
    boolean start = true;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (start && FORMULA_STARTS.indexOf(c) >= 0) {
        safe.append('\'');
      }
      safe.append(c);
      start = c == '\n' || c == '\r' || c == ',' || c == ';';
    }
    return safe.toString();
  }
}
