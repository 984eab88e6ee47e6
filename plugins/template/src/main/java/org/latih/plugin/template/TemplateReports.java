package org.latih.plugin.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.latih.api.reports.Chart;
import org.latih.api.reports.ChartKind;
import org.latih.api.reports.EnrolmentRow;
import org.latih.api.reports.KeyFigure;
import org.latih.api.reports.OutcomeView;
import org.latih.api.reports.Report;
import org.latih.api.reports.ReportDefinition;
import org.latih.api.reports.ReportRequest;
import org.latih.api.reports.Reports;
import org.latih.api.reports.ResponseRow;
import org.latih.api.reports.Series;
import org.latih.api.reports.Table;
import org.latih.plugin.support.Outcomes;
import org.latih.plugin.support.Texts;
import org.pf4j.Extension;

/**
 * The region's reports.
 *
 * <p>{@link #build} gets a read-only view of the region's outcome data and returns a model the host
 * renders to screen, PDF, XLSX and CSV. Compute from the rows only; never throw on missing data: an
 * empty view gets a report whose narrative says there is no data yet. {@link Outcomes} applies the
 * request's filters and drops null rows.
 *
 * <p>Every text a reader sees comes from {@link Texts}, in the language the request names: {@code
 * texts.properties} (Indonesian) and {@code texts_en.properties} (English) next to this class.
 */
@Extension
public class TemplateReports implements Reports {

  static final String SUMMARY = "contoh-ringkasan";

  @Override
  public List<ReportDefinition> reports() {
    return reports(Texts.INDONESIAN);
  }

  @Override
  public List<ReportDefinition> reports(String language) {
    Texts texts = Texts.of(TemplateReports.class, language);
    return List.of(
        new ReportDefinition(
            SUMMARY, texts.get("summary.title"), texts.get("summary.description")));
  }

  @Override
  public Report build(String reportId, ReportRequest request, OutcomeView view) {
    if (!SUMMARY.equals(reportId)) {
      throw new IllegalArgumentException(
          "Laporan '" + reportId + "' tidak ada; tersedia: " + SUMMARY);
    }
    Texts texts = Texts.of(TemplateReports.class, request);
    Outcomes outcomes = new Outcomes(request, view);
    List<EnrolmentRow> rows = outcomes.enrolments();
    String title = texts.get("summary.title");
    if (rows.isEmpty()) {
      return new Report(
          title, List.of(), List.of(), List.of(), List.of(texts.get("summary.noData")));
    }
    long completed = rows.stream().filter(EnrolmentRow::completed).count();
    Map<String, long[]> perCourse = new TreeMap<>(); // course -> {enrolled, completed}
    for (EnrolmentRow row : rows) {
      long[] c = perCourse.computeIfAbsent(String.valueOf(row.course()), k -> new long[2]);
      c[0]++;
      c[1] += row.completed() ? 1 : 0;
    }
    List<List<String>> table = new ArrayList<>();
    List<Double> rates = new ArrayList<>();
    perCourse.forEach(
        (course, c) -> {
          Double rate = Outcomes.percent(c[1], c[0]);
          table.add(
              List.of(course, String.valueOf(c[0]), String.valueOf(c[1]), texts.decimal(rate)));
          rates.add(Outcomes.chartValue(rate));
        });
    List<Double> overall = new ArrayList<>();
    for (ResponseRow response : outcomes.responses(TemplateForms.FEEDBACK)) {
      overall.add(Outcomes.number(response.answers(), "nilai-keseluruhan"));
    }
    Double meanRating = Outcomes.mean(overall);
    return new Report(
        title,
        List.of(
            new KeyFigure(
                texts.get("summary.figure.participants"),
                String.valueOf(rows.size()),
                texts.get("summary.unit.people")),
            new KeyFigure(
                texts.get("summary.figure.completionRate"),
                texts.decimal(Outcomes.percent(completed, rows.size())),
                "%"),
            new KeyFigure(
                texts.get("summary.figure.rating"),
                texts.decimal(meanRating),
                texts.get("summary.unit.outOf5"))),
        List.of(
            new Table(
                texts.get("summary.table"),
                List.of(
                    texts.get("summary.column.course"),
                    texts.get("summary.column.participants"),
                    texts.get("summary.column.completed"),
                    texts.get("summary.column.completedPercent")),
                table)),
        List.of(
            new Chart(
                ChartKind.BAR,
                texts.get("summary.chart"),
                List.copyOf(perCourse.keySet()),
                List.of(new Series(texts.get("summary.column.completedPercent"), rates)))),
        List.of(
            texts.get("summary.narrative.completed", completed, rows.size()),
            meanRating == null
                ? texts.get("summary.narrative.noRating")
                : texts.get("summary.narrative.rating", meanRating)));
  }
}
