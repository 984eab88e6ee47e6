package org.latih.report.export.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.latih.kernel.spreadsheet.CellText;
import org.latih.kernel.spreadsheet.SheetNames;
import org.latih.report.export.api.Table;

/**
 * Tables as an Excel workbook streamed by fastexcel: one sheet per table under a bold heading row,
 * numbers as number cells, dates as date cells, no data as an empty cell. Rows go to the stream
 * every {@value #FLUSH_EVERY} rows, so a million rows take no more memory than a thousand; a table
 * longer than a sheet allows continues on a sheet of its own ("Percobaan (2)").
 */
public final class XlsxTableWriter implements TableWriter {

  /** Excel's last row is 1,048,576; the heading takes one. */
  static final int ROWS_PER_SHEET = 1_048_575;

  private static final int FLUSH_EVERY = 1_000;
  private static final String DATE = "yyyy-mm-dd";
  private static final String DATE_TIME = "yyyy-mm-dd hh:mm:ss";

  private final int rowsPerSheet;

  public XlsxTableWriter() {
    this(ROWS_PER_SHEET);
  }

  /** A writer with smaller sheets, so a test can see a table continue on the next sheet. */
  XlsxTableWriter(int rowsPerSheet) {
    this.rowsPerSheet = rowsPerSheet;
  }

  @Override
  public void write(List<? extends Table> tables, OutputStream out, Locale locale) {
    SheetNames names = new SheetNames();
    try (Workbook workbook = new Workbook(new Unclosed(out), "Latih", "1.0")) {
      int n = 0;
      for (Table table : tables) {
        n++;
        new SheetFiller(workbook, names, table, "Tabel " + n).fill();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one table, moving to a fresh sheet when one is full. */
  private final class SheetFiller {
    private final Workbook workbook;
    private final SheetNames names;
    private final Table table;
    private final String fallback;
    private Worksheet sheet;
    private int row;

    SheetFiller(Workbook workbook, SheetNames names, Table table, String fallback) {
      this.workbook = workbook;
      this.names = names;
      this.table = table;
      this.fallback = fallback;
    }

    void fill() throws IOException {
      start();
      try {
        table.rows(this::add);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      sheet.finish();
    }

    private void start() {
      sheet = workbook.newWorksheet(names.next(table.name(), fallback));
      List<String> columns = table.columns();
      for (int c = 0; c < columns.size(); c++) {
        sheet.value(0, c, CellText.printable(columns.get(c)));
        sheet.style(0, c).bold().set();
        // the rows are not known yet: wide enough for the heading, and for a date
        sheet.width(c, Math.max(12, Math.min(50, columns.get(c).length() + 3)));
      }
      row = 1;
    }

    private void add(List<Object> cells) {
      try {
        if (row > rowsPerSheet) {
          sheet.finish();
          start();
        }
        for (int c = 0; c < cells.size(); c++) {
          cell(row, c, cells.get(c));
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
          sheet.flush();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void cell(int r, int c, Object value) {
      if (value == null) {
        return;
      }
      if (value instanceof Number n) {
        if (!Double.isNaN(n.doubleValue()) && !Double.isInfinite(n.doubleValue())) {
          sheet.value(r, c, n);
        }
      } else if (value instanceof LocalDate d) {
        sheet.value(r, c, d);
        sheet.style(r, c).format(DATE).set();
      } else if (value instanceof LocalDateTime t) {
        sheet.value(r, c, t);
        sheet.style(r, c).format(DATE_TIME).set();
      } else if (value instanceof Boolean b) {
        sheet.value(r, c, b);
      } else {
        // written inline, not into the workbook's shared-string table, which fastexcel keeps in
        // memory to the end: a million distinct names and NIPs grew the heap with the rows.
        // Text that looks like a formula stays text either way.
        sheet.inlineString(r, c, CellText.printable(value.toString()));
      }
    }
  }
}
