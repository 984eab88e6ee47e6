package org.latih.api.reports;

import java.util.List;

/**
 * A built report: what the platform renders to screen, PDF, XLSX and CSV, in this order: key
 * figures, tables, charts, then the narrative paragraphs.
 *
 * @since 0.1
 */
public record Report(
    String title,
    List<KeyFigure> keyFigures,
    List<Table> tables,
    List<Chart> charts,
    List<String> narrative) {

  public Report {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("A report needs a title");
    }
    keyFigures = keyFigures == null ? List.of() : List.copyOf(keyFigures);
    tables = tables == null ? List.of() : List.copyOf(tables);
    charts = charts == null ? List.of() : List.copyOf(charts);
    narrative = narrative == null ? List.of() : List.copyOf(narrative);
  }

  /**
   * A headline number, already formatted: ("Rata-rata kenaikan nilai", "18,4", "poin").
   *
   * @since 0.1
   */
  public record KeyFigure(String label, String value, String unit) {}

  /**
   * A table of text cells; every row has as many cells as there are columns.
   *
   * @since 0.1
   */
  public record Table(String title, List<String> columns, List<List<String>> rows) {

    public Table {
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).size() != columns.size()) {
          throw new IllegalArgumentException(
              "Table '"
                  + title
                  + "' row "
                  + (i + 1)
                  + " has "
                  + rows.get(i).size()
                  + " cells for "
                  + columns.size()
                  + " columns");
        }
      }
    }
  }

  /**
   * A chart: one value per label in every series.
   *
   * @since 0.1
   */
  public record Chart(ChartKind kind, String title, List<String> labels, List<Series> series) {

    public Chart {
      if (kind == null) {
        throw new IllegalArgumentException("Chart '" + title + "' needs a kind");
      }
      labels = List.copyOf(labels);
      series = List.copyOf(series);
      for (Series s : series) {
        if (s.values().size() != labels.size()) {
          throw new IllegalArgumentException(
              "Chart '"
                  + title
                  + "' series '"
                  + s.name()
                  + "' has "
                  + s.values().size()
                  + " values for "
                  + labels.size()
                  + " labels");
        }
      }
    }
  }

  /**
   * A named row of values of a chart.
   *
   * @since 0.1
   */
  public record Series(String name, List<Double> values) {

    public Series {
      values = List.copyOf(values);
    }
  }

  /**
   * How a chart is drawn.
   *
   * @since 0.1
   */
  public enum ChartKind {
    BAR,
    LINE,
    PIE
  }
}
