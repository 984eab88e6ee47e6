package org.latih.evaluation.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.latih.api.reports.Chart;
import org.latih.api.reports.KeyFigure;
import org.latih.api.reports.Report;
import org.latih.api.reports.Table;
import org.latih.kernel.spreadsheet.CellText;
import org.latih.kernel.spreadsheet.SheetNames;

/**
 * The report as an Excel workbook: a summary sheet (title, header line, key figures, narrative),
 * then one sheet per table and per chart's data, each with a bold header row. A cell that shows a
 * number is a number (percentages as fractions with a percent format), a cell that says "no data"
 * ("–", or nothing) is empty, so a column sums and charts in Excel as it should.
 *
 * <p>Written by fastexcel (a streaming writer of some 160 KB) rather than Apache POI, which with
 * its XML beans adds some 15 MB of jars to the WAR.
 */
final class XlsxReport implements ReportRenderer {

  private static final String WHOLE_PERCENT = "0%";
  private static final String PERCENT = "0.00%";

  @Override
  public byte[] render(Report report, ExportHeader header) {
    Contents contents = Contents.of(report);
    SheetNames names = new SheetNames();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(bytes, "Latih", "1.0")) {
      summary(workbook, contents, header, names);
      int n = 0;
      for (Table table : contents.tables()) {
        n++;
        String fallback = header.word("evaluation.export.table") + " " + n;
        sheet(workbook.newWorksheet(names.next(table.title(), fallback)), table);
      }
      n = 0;
      for (Chart chart : contents.charts()) {
        n++;
        Table data = ChartTable.of(chart, header.word("evaluation.export.label"));
        String fallback = header.word("evaluation.export.chart") + " " + n;
        sheet(workbook.newWorksheet(names.next(data.title(), fallback)), data);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void summary(
      Workbook workbook, Contents contents, ExportHeader header, SheetNames names) {
    List<List<String>> rows = new ArrayList<>();
    List<Integer> bold = new ArrayList<>();
    bold.add(rows.size());
    rows.add(List.of(contents.title()));
    rows.add(List.of(header.line()));
    if (!contents.keyFigures().isEmpty()) {
      rows.add(List.of());
      bold.add(rows.size());
      rows.add(List.of(header.word("evaluation.export.keyFigures")));
      bold.add(rows.size());
      rows.add(
          List.of(
              header.word("evaluation.export.label"),
              header.word("evaluation.export.value"),
              header.word("evaluation.export.unit")));
      for (KeyFigure f : contents.keyFigures()) {
        rows.add(
            List.of(Contents.text(f.label()), Contents.text(f.value()), Contents.text(f.unit())));
      }
    }
    if (!contents.narrative().isEmpty()) {
      rows.add(List.of());
      bold.add(rows.size());
      rows.add(List.of(header.word("evaluation.export.narrative")));
      contents.narrative().forEach(p -> rows.add(List.of(p)));
    }
    Worksheet sheet =
        workbook.newWorksheet(names.next(header.word("evaluation.export.summary"), "Ringkasan"));
    widths(sheet, rows.subList(2, rows.size()));
    for (int r = 0; r < rows.size(); r++) {
      write(sheet, r, rows.get(r), bold.contains(r));
    }
  }

  private static void sheet(Worksheet sheet, Table table) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(table.columns());
    rows.addAll(table.rows());
    widths(sheet, rows);
    for (int r = 0; r < rows.size(); r++) {
      write(sheet, r, rows.get(r), r == 0);
    }
  }

  private static void write(Worksheet sheet, int r, List<String> cells, boolean bold) {
    for (int c = 0; c < cells.size(); c++) {
      String text = cells.get(c);
      if (NumberText.noData(text)) {
        continue;
      }
      var number = bold ? java.util.Optional.<NumberText.Parsed>empty() : NumberText.parse(text);
      if (number.isPresent()) {
        NumberText.Parsed n = number.get();
        sheet.value(r, c, n.value());
        if (n.percent()) {
          sheet.style(r, c).format(n.fraction() ? PERCENT : WHOLE_PERCENT).set();
        }
      } else {
        // an inline string: a cell typed "=HYPERLINK(...)" stays text, never a formula
        sheet.value(r, c, CellText.printable(text));
        if (bold) {
          sheet.style(r, c).bold().set();
        }
      }
    }
  }

  /** Wide enough for the longest cell of each column, within reason; long texts wrap in Excel. */
  private static void widths(Worksheet sheet, List<List<String>> rows) {
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    for (int c = 0; c < columns; c++) {
      int column = c;
      int longest =
          rows.stream()
              .filter(r -> column < r.size() && r.get(column) != null)
              .mapToInt(r -> r.get(column).length())
              .max()
              .orElse(8);
      sheet.width(c, Math.max(8, Math.min(60, longest + 2)));
    }
  }
}
