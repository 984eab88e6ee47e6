package org.latih.evaluation.report.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.latih.api.reports.Chart;
import org.latih.api.reports.KeyFigure;
import org.latih.api.reports.Report;
import org.latih.api.reports.Table;

/**
 * The report as CSV for a spreadsheet: blocks (key figures, each table, each chart's data, the
 * narrative) separated by an empty line, each opened by its title.
 *
 * <p>Separated by semicolons: Excel set to Indonesian uses the comma as decimal separator, so it
 * splits a CSV at semicolons and would put "85,2" into two columns of a comma-separated file. The
 * UTF-8 byte order mark makes Excel read the file as UTF-8 (without it, it guesses Windows-1252).
 * No "sep=;" line: with it, Excel ignores the byte order mark.
 */
final class CsvReport implements ReportRenderer {

  static final char SEPARATOR = ';';
  private static final String BOM = "\uFEFF";

  @Override
  public byte[] render(Report report, ExportHeader header) {
    Contents contents = Contents.of(report);
    StringBuilder csv = new StringBuilder(BOM);
    line(csv, List.of(contents.title()));
    line(csv, List.of(header.line()));
    if (!contents.keyFigures().isEmpty()) {
      csv.append("\r\n");
      line(csv, List.of(header.word("evaluation.export.keyFigures")));
      line(
          csv,
          List.of(
              header.word("evaluation.export.label"),
              header.word("evaluation.export.value"),
              header.word("evaluation.export.unit")));
      for (KeyFigure f : contents.keyFigures()) {
        line(
            csv,
            List.of(Contents.text(f.label()), Contents.text(f.value()), Contents.text(f.unit())));
      }
    }
    for (Table table : contents.tables()) {
      block(csv, table);
    }
    for (Chart chart : contents.charts()) {
      block(csv, ChartTable.of(chart, header.word("evaluation.export.label")));
    }
    if (!contents.narrative().isEmpty()) {
      csv.append("\r\n");
      line(csv, List.of(header.word("evaluation.export.narrative")));
      contents.narrative().forEach(p -> line(csv, List.of(p)));
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void block(StringBuilder csv, Table table) {
    csv.append("\r\n");
    line(csv, List.of(Contents.text(table.title())));
    line(csv, table.columns());
    table.rows().forEach(row -> line(csv, row));
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(SEPARATOR);
      }
      csv.append(cell(cells.get(i)));
    }
    csv.append("\r\n");
  }

  /**
   * One cell, quoted when it holds a separator, a quote, a line break or edge spaces. A cell that a
   * spreadsheet would run as a formula (starting with = + - @, or a tab or carriage return) gets a
   * leading apostrophe; a plain negative number is no formula and stays a number.
   */
  static String cell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty()
        && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
        && NumberText.parse(text).isEmpty()) {
      text = "'" + text;
    }
    boolean quote =
        text.indexOf(SEPARATOR) >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0
            || (!text.isEmpty()
                && (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' '));
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
