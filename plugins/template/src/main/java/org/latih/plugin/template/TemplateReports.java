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
    String title = texts.get("summary.title");
    if (outcomes.enrolments().isEmpty()) {
      return new Report(
          title, List.of(), List.of(), List.of(), List.of(texts.get("summary.noData")));
    }
    Map<String, Completion> perCourse = new TreeMap<>();
    Completion all = Completion.NONE;
    for (EnrolmentRow row : outcomes.enrolments()) {
      perCourse.merge(String.valueOf(row.course()), Completion.of(row), Completion::plus);
      all = all.plus(Completion.of(row));
    }
    List<Double> ratings = new ArrayList<>();
    for (ResponseRow response : outcomes.responses(TemplateForms.FEEDBACK)) {
      ratings.add(Outcomes.number(response.answers(), "nilai-keseluruhan"));
    }
    Double meanRating = Outcomes.mean(ratings);
    return new Report(
        title,
        figures(texts, all, meanRating),
        List.of(table(texts, perCourse)),
        List.of(chart(texts, perCourse)),
        List.of(
            texts.get("summary.narrative.completed", all.completed(), all.enrolled()),
            meanRating == null
                ? texts.get("summary.narrative.noRating")
                : texts.get("summary.narrative.rating", meanRating)));
  }

  private static List<KeyFigure> figures(Texts texts, Completion all, Double meanRating) {
    return List.of(
        new KeyFigure(
            texts.get("summary.figure.participants"),
            String.valueOf(all.enrolled()),
            texts.get("summary.unit.people")),
        new KeyFigure(texts.get("summary.figure.completionRate"), texts.decimal(all.rate()), "%"),
        new KeyFigure(
            texts.get("summary.figure.rating"),
            texts.decimal(meanRating),
            texts.get("summary.unit.outOf5")));
  }

  private static Table table(Texts texts, Map<String, Completion> perCourse) {
    List<List<String>> rows = new ArrayList<>();
    perCourse.forEach(
        (course, c) ->
            rows.add(
                List.of(
                    course,
                    String.valueOf(c.enrolled()),
                    String.valueOf(c.completed()),
                    texts.decimal(c.rate()))));
    return new Table(
        texts.get("summary.table"),
        List.of(
            texts.get("summary.column.course"),
            texts.get("summary.column.participants"),
            texts.get("summary.column.completed"),
            texts.get("summary.column.completedPercent")),
        rows);
  }

  private static Chart chart(Texts texts, Map<String, Completion> perCourse) {
    List<Double> rates =
        perCourse.values().stream().map(c -> Outcomes.chartValue(c.rate())).toList();
    return new Chart(
        ChartKind.BAR,
        texts.get("summary.chart"),
        List.copyOf(perCourse.keySet()),
        List.of(new Series(texts.get("summary.column.completedPercent"), rates)));
  }

  /** Enrolments and how many of them were completed. */
  private record Completion(long enrolled, long completed) {

    static final Completion NONE = new Completion(0, 0);

    static Completion of(EnrolmentRow row) {
      return new Completion(1, row.completed() ? 1 : 0);
    }

    Completion plus(Completion other) {
      return new Completion(enrolled + other.enrolled, completed + other.completed);
    }

    /** The completion rate in percent; null without enrolments. */
    Double rate() {
      return Outcomes.percent(completed, enrolled);
    }
  }
}
