package org.latih.evaluation.report.export;

import java.util.List;
import java.util.Objects;
import org.latih.api.reports.Chart;
import org.latih.api.reports.KeyFigure;
import org.latih.api.reports.Report;
import org.latih.api.reports.Table;

/**
 * A plugin's report with its gaps closed: lists a plugin left null are empty, null entries are
 * dropped and null cells are empty text, so no renderer fails on a sloppy plugin.
 */
record Contents(
    String title,
    List<KeyFigure> keyFigures,
    List<Table> tables,
    List<Chart> charts,
    List<String> narrative) {

  static Contents of(Report report) {
    return new Contents(
        text(report.title()),
        clean(report.keyFigures()),
        clean(report.tables()).stream()
            .map(t -> new Table(text(t.title()), cells(t.columns()), rows(t.rows())))
            .toList(),
        clean(report.charts()),
        clean(report.narrative()).stream().filter(p -> !p.isBlank()).toList());
  }

  static String text(String s) {
    return s == null ? "" : s;
  }

  private static <T> List<T> clean(List<T> list) {
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
  }

  private static List<String> cells(List<String> cells) {
    return cells == null ? List.of() : cells.stream().map(Contents::text).toList();
  }

  private static List<List<String>> rows(List<List<String>> rows) {
    return clean(rows).stream().map(Contents::cells).toList();
  }
}
