package org.latih.evaluation.report.export;

import java.util.ArrayList;
import java.util.List;
import org.latih.api.reports.Chart;
import org.latih.api.reports.Series;
import org.latih.api.reports.Table;

/** A chart's data as a table (one row per label, one column per series), for CSV and XLSX. */
final class ChartTable {

  private ChartTable() {}

  static Table of(Chart chart, String labelColumn) {
    List<Series> series = chart.series() == null ? List.of() : chart.series();
    List<String> columns = new ArrayList<>();
    columns.add(labelColumn);
    series.forEach(s -> columns.add(s.name() == null ? "" : s.name()));
    List<List<String>> rows = new ArrayList<>();
    List<String> labels = chart.labels() == null ? List.of() : chart.labels();
    for (int i = 0; i < labels.size(); i++) {
      List<String> row = new ArrayList<>();
      row.add(labels.get(i));
      for (Series s : series) {
        row.add(
            s.values() != null && i < s.values().size()
                ? NumberText.format(s.values().get(i))
                : "");
      }
      rows.add(row);
    }
    return new Table(chart.title(), columns, rows);
  }
}
