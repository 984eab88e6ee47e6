package org.latih.report.export.control;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.latih.kernel.csv.CsvDialect;
import org.latih.kernel.csv.CsvWriter;
import org.latih.report.export.api.Table;

/**
 * Tables as CSV through the project's one {@link CsvWriter} (byte order mark, formulas
 * neutralised), in the dialect of the reader's language. One table is the file (heading line, then
 * rows), ready for a database or a pivot table; several are blocks, each opened by its name and
 * separated by an empty line.
 */
public final class CsvTableWriter implements TableWriter {

  @Override
  public void write(List<? extends Table> tables, OutputStream out, Locale locale) {
    CsvDialect dialect = CsvDialect.of(locale);
    Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    CsvWriter csv = new CsvWriter(dialect, text);
    boolean blocks = tables.size() > 1;
    for (int t = 0; t < tables.size(); t++) {
      Table table = tables.get(t);
      if (blocks) {
        if (t > 0) {
          csv.blankLine();
        }
        csv.row(table.name());
      }
      csv.row(table.columns());
      List<String> line = new ArrayList<>();
      table.rows(
          row -> {
            line.clear();
            row.forEach(cell -> line.add(Cells.text(cell, dialect)));
            csv.row(line);
          });
    }
    csv.flush();
    try {
      text.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
