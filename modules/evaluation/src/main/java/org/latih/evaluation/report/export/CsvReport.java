package org.latih.evaluation.report.export;

import org.latih.api.reports.Chart;
import org.latih.api.reports.KeyFigure;
import org.latih.api.reports.Report;
import org.latih.api.reports.Table;
import org.latih.kernel.csv.CsvDialect;
import org.latih.kernel.csv.CsvWriter;

/**
 * The report as CSV for a spreadsheet: blocks (key figures, each table, each chart's data, the
 * narrative) separated by an empty line, each opened by its title. Written by the one {@link
 * CsvWriter}, in the dialect of the reader's language: semicolons for Indonesian (whose Excel reads
 * "85,2" as a number and so splits at semicolons), commas for English.
 */
final class CsvReport implements ReportRenderer {

  @Override
  public byte[] render(Report report, ExportHeader header) {
    Contents contents = Contents.of(report);
    CsvWriter csv = new CsvWriter(CsvDialect.of(header.locale()));
    csv.row(contents.title());
    csv.row(header.line());
    if (!contents.keyFigures().isEmpty()) {
      csv.blankLine();
      csv.row(header.word("evaluation.export.keyFigures"));
      csv.row(
          header.word("evaluation.export.label"),
          header.word("evaluation.export.value"),
          header.word("evaluation.export.unit"));
      for (KeyFigure f : contents.keyFigures()) {
        csv.row(Contents.text(f.label()), Contents.text(f.value()), Contents.text(f.unit()));
      }
    }
    for (Table table : contents.tables()) {
      block(csv, table);
    }
    for (Chart chart : contents.charts()) {
      block(csv, ChartTable.of(chart, header.word("evaluation.export.label")));
    }
    if (!contents.narrative().isEmpty()) {
      csv.blankLine();
      csv.row(header.word("evaluation.export.narrative"));
      contents.narrative().forEach(csv::row);
    }
    return csv.bytes();
  }

  private static void block(CsvWriter csv, Table table) {
    csv.blankLine();
    csv.row(Contents.text(table.title()));
    csv.row(table.columns());
    // a plugin's "–" for no data is an empty cell, so a column of numbers stays one
    table.rows().forEach(r -> csv.row(r.stream().map(c -> NumberText.noData(c) ? "" : c).toList()));
  }
}
