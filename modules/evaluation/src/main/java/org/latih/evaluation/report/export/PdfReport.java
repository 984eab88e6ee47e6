package org.latih.evaluation.report.export;

import java.util.ArrayList;
import java.util.List;
import org.latih.api.reports.Chart;
import org.latih.api.reports.KeyFigure;
import org.latih.api.reports.Report;
import org.latih.api.reports.Series;
import org.latih.api.reports.Table;

/**
 * The report as an A4 PDF: title, header line, key figures, charts as horizontal bar charts, tables
 * with wrapped cells that continue on the next page under a repeated header row, and the narrative;
 * every page numbered.
 */
final class PdfReport implements ReportRenderer {

  private static final float BODY = 9;
  private static final float LEADING = BODY * 1.3f;
  private static final float PAD = 3;
  private static final float CAP = 220;
  private static final float[] RULE = {0.7f, 0.7f, 0.7f};
  private static final float[] HEAD = {0.9f, 0.92f, 0.95f};
  private static final float[][] COLOURS = {
    {0.13f, 0.4f, 0.67f}, {0.85f, 0.5f, 0.1f}, {0.2f, 0.6f, 0.3f}, {0.6f, 0.2f, 0.5f}
  };

  @Override
  public byte[] render(Report report, ExportHeader header) {
    Contents contents = Contents.of(report);
    try (PdfPages pages = new PdfPages()) {
      pages.letterhead(header.letterhead(), header.printedOn(), header.locale());
      paragraph(pages, contents.title(), 16, true, 0);
      paragraph(pages, header.line(), BODY, false, 0.35f);
      if (!contents.keyFigures().isEmpty()) {
        heading(pages, header.word("evaluation.export.keyFigures"));
        List<List<String>> rows = new ArrayList<>();
        for (KeyFigure f : contents.keyFigures()) {
          String unit = Contents.text(f.unit());
          rows.add(
              List.of(
                  Contents.text(f.label()),
                  Contents.text(f.value()) + (unit.isEmpty() ? "" : " " + unit)));
        }
        table(
            pages,
            new Table(
                "",
                List.of(
                    header.word("evaluation.export.label"), header.word("evaluation.export.value")),
                rows));
      }
      for (Chart chart : contents.charts()) {
        heading(pages, Contents.text(chart.title()));
        chart(pages, chart);
      }
      for (Table table : contents.tables()) {
        heading(pages, table.title());
        table(pages, table);
      }
      if (!contents.narrative().isEmpty()) {
        heading(pages, header.word("evaluation.export.narrative"));
        contents.narrative().forEach(p -> paragraph(pages, p, BODY + 1, false, 0));
      }
      pages.signatory(header.letterhead(), header.printedOn(), header.locale());
      return pages.finish(contents.title() + " \u00b7 " + header.line());
    }
  }

  private static void heading(PdfPages pages, String text) {
    pages.down(8);
    // a heading stays with at least a few lines of what it heads
    pages.need(12 * 1.3f + 4 * LEADING);
    paragraph(pages, text, 12, true, 0);
  }

  private static void paragraph(PdfPages pages, String text, float size, boolean bold, float grey) {
    if (text.isBlank()) {
      return;
    }
    float leading = size * 1.3f;
    for (String line : pages.wrap(text, size, PdfPages.WIDTH)) {
      pages.need(leading);
      pages.down(leading);
      pages.text(PdfPages.MARGIN, pages.y() + size * 0.25f, line, size, bold, grey);
    }
    pages.down(size * 0.4f);
  }

  /** Rows of wrapped cells; a row that does not fit goes to the next page, under the header. */
  private static void table(PdfPages pages, Table table) {
    int columns =
        Math.max(
            table.columns().size(), table.rows().stream().mapToInt(List::size).max().orElse(0));
    if (columns == 0) {
      return;
    }
    float[] widths = widths(pages, table, columns);
    List<List<String>> header = wrapped(pages, table.columns(), widths, columns, true);
    drawRow(pages, header, widths, true);
    for (List<String> row : table.rows()) {
      List<List<String>> cells = wrapped(pages, row, widths, columns, false);
      if (pages.y() - height(cells) < PdfPages.MARGIN + 20) {
        pages.newPage();
        drawRow(pages, header, widths, true);
      }
      drawRow(pages, cells, widths, false);
    }
    pages.down(6);
  }

  /**
   * Each column as wide as its longest cell if they all fit; else long columns are capped and get
   * what room is left, and if even that is too wide, all shrink together to fit the page.
   */
  private static float[] widths(PdfPages pages, Table table, int columns) {
    float[] natural = new float[columns];
    List<List<String>> sample = new ArrayList<>();
    sample.add(table.columns());
    // measuring the first rows is enough to size the columns of a long table
    sample.addAll(table.rows().subList(0, Math.min(200, table.rows().size())));
    for (List<String> row : sample) {
      for (int c = 0; c < row.size(); c++) {
        natural[c] =
            Math.max(natural[c], Math.max(24, pages.width(row.get(c), BODY) + 2 * PAD + 1));
      }
    }
    float[] widths = new float[columns];
    float total = 0;
    float overflow = 0;
    for (int c = 0; c < columns; c++) {
      widths[c] = Math.min(CAP, natural[c]);
      total += widths[c];
      overflow += natural[c] - widths[c];
    }
    float left = PdfPages.WIDTH - total;
    for (int c = 0; c < columns && left > 0 && overflow > 0; c++) {
      widths[c] += Math.min(natural[c] - widths[c], left * (natural[c] - widths[c]) / overflow);
    }
    total = 0;
    for (float w : widths) {
      total += w;
    }
    if (total > PdfPages.WIDTH) {
      for (int c = 0; c < columns; c++) {
        widths[c] *= PdfPages.WIDTH / total;
      }
    }
    return widths;
  }

  private static List<List<String>> wrapped(
      PdfPages pages, List<String> row, float[] widths, int columns, boolean header) {
    // a row never outgrows a page: lines beyond what a page holds are cut
    int most = (int) ((PdfPages.pageRoom() - 4 * LEADING) / LEADING);
    List<List<String>> cells = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      String text = c < row.size() ? row.get(c) : "";
      List<String> lines = pages.wrap(text, BODY, widths[c] - 2 * PAD);
      if (lines.size() > most) {
        lines = new ArrayList<>(lines.subList(0, most));
        lines.set(most - 1, lines.get(most - 1) + " \u2026");
      }
      cells.add(lines);
    }
    return cells;
  }

  private static float height(List<List<String>> cells) {
    return cells.stream().mapToInt(List::size).max().orElse(1) * LEADING + 2 * PAD;
  }

  private static void drawRow(
      PdfPages pages, List<List<String>> cells, float[] widths, boolean header) {
    float height = height(cells);
    float top = pages.y();
    float x = PdfPages.MARGIN;
    for (int c = 0; c < cells.size(); c++) {
      if (header) {
        pages.rectangle(x, top - height, widths[c], height, HEAD, true);
      }
      pages.rectangle(x, top - height, widths[c], height, RULE, false);
      List<String> lines = cells.get(c);
      boolean number = !header && lines.size() == 1 && NumberText.parse(lines.get(0)).isPresent();
      for (int i = 0; i < lines.size(); i++) {
        float baseline = top - PAD - (i + 1) * LEADING + BODY * 0.3f;
        float left = number ? x + widths[c] - PAD - pages.width(lines.get(i), BODY) : x + PAD;
        pages.text(left, baseline, lines.get(i), BODY, header, 0);
      }
      x += widths[c];
    }
    pages.down(height);
  }

  /** Horizontal bars, one group per label and one bar per series, scaled to the largest value. */
  private static void chart(PdfPages pages, Chart chart) {
    List<Series> series = chart.series() == null ? List.of() : chart.series();
    List<String> labels = chart.labels() == null ? List.of() : chart.labels();
    double max = 0;
    for (Series s : series) {
      if (s.values() != null) {
        for (Double v : s.values()) {
          if (v != null && !v.isNaN() && !v.isInfinite()) {
            max = Math.max(max, v);
          }
        }
      }
    }
    float bar = 8;
    float labelWidth = PdfPages.WIDTH * 0.3f;
    float valueWidth = 50;
    float room = PdfPages.WIDTH - labelWidth - valueWidth;
    if (series.size() > 1) {
      pages.need(LEADING);
      pages.down(LEADING);
      float x = PdfPages.MARGIN;
      for (int s = 0; s < series.size(); s++) {
        pages.rectangle(x, pages.y() + 1, 8, 7, COLOURS[s % COLOURS.length], true);
        String name = Contents.text(series.get(s).name());
        pages.text(x + 11, pages.y() + 2, name, BODY - 1, false, 0.2f);
        x += 11 + pages.width(name, BODY - 1) + 12;
      }
      pages.down(4);
    }
    for (int i = 0; i < labels.size(); i++) {
      float group = Math.max(LEADING, series.size() * (bar + 2)) + 4;
      pages.need(group);
      float top = pages.y();
      List<String> label = pages.wrap(Contents.text(labels.get(i)), BODY - 1, labelWidth - 6);
      String first = label.get(0) + (label.size() > 1 ? " \u2026" : "");
      pages.text(PdfPages.MARGIN, top - LEADING + 3, first, BODY - 1, false, 0);
      for (int s = 0; s < series.size(); s++) {
        List<Double> values = series.get(s).values();
        Double v = values != null && i < values.size() ? values.get(i) : null;
        float y = top - 2 - (s + 1) * (bar + 2);
        float length = v == null || max <= 0 || v <= 0 ? 0 : (float) (v / max) * room;
        float x = PdfPages.MARGIN + labelWidth;
        if (length > 0) {
          pages.rectangle(x, y, length, bar, COLOURS[s % COLOURS.length], true);
        }
        pages.text(x + length + 3, y + 1, NumberText.format(v), BODY - 1, false, 0.2f);
      }
      pages.down(group);
    }
    pages.down(6);
  }
}
