package org.latih.plugin.bukittinggi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.latih.api.reports.AttendanceRow;
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
import org.latih.plugin.support.Presence;
import org.latih.plugin.support.Texts;
import org.pf4j.Extension;

/**
 * Participation and budget: with a tight budget every seat counts, so the report shows how many
 * enrolments ended unfinished and how many JP were paid for but not earned, per unit kerja.
 */
@Extension
public class BukittinggiReports implements Reports {

  static final String PARTICIPATION = "partisipasi-dan-anggaran";

  @Override
  public List<ReportDefinition> reports() {
    return reports(Texts.INDONESIAN);
  }

  @Override
  public List<ReportDefinition> reports(String language) {
    Texts texts = Texts.of(BukittinggiReports.class, language);
    return List.of(
        new ReportDefinition(
            PARTICIPATION,
            texts.get("participation.title"),
            texts.get("participation.description")));
  }

  @Override
  public Report build(String reportId, ReportRequest request, OutcomeView view) {
    if (!PARTICIPATION.equals(reportId)) {
      throw new IllegalArgumentException(
          "Laporan '" + reportId + "' tidak ada; tersedia: " + PARTICIPATION);
    }
    Texts texts = Texts.of(BukittinggiReports.class, request);
    String title = texts.get("participation.title");
    Outcomes outcomes = new Outcomes(request, view);
    if (outcomes.enrolments().isEmpty()) {
      return new Report(title, List.of(), List.of(), List.of(), List.of(texts.get("noData")));
    }
    Map<String, Unit> all = units(outcomes, texts);
    Unit total = new Unit();
    all.values().forEach(total::add);
    // a unit seen only in attendance counts in the totals, but has no row of its own
    Map<String, Unit> enrolled = new TreeMap<>(all);
    enrolled.values().removeIf(u -> u.enrolled == 0);
    List<Double> performance = new ArrayList<>();
    for (ResponseRow r : outcomes.responses(BukittinggiForms.PERFORMANCE)) {
      performance.add(Outcomes.number(r.answers(), BukittinggiForms.OVERALL_PERFORMANCE));
    }
    return new Report(
        title,
        figures(texts, total, Outcomes.mean(performance)),
        List.of(table(texts, enrolled)),
        List.of(chart(texts, enrolled)),
        narrative(texts, enrolled, total, performance));
  }

  /** The units kerja of the request's enrolments and attendance, by name. */
  private static Map<String, Unit> units(Outcomes outcomes, Texts texts) {
    Map<String, Unit> units = new TreeMap<>();
    for (EnrolmentRow row : outcomes.enrolments()) {
      units.computeIfAbsent(texts.unit(row.unitKerja()), k -> new Unit()).enrol(row);
    }
    for (AttendanceRow row : outcomes.attendance()) {
      units.computeIfAbsent(texts.unit(row.unitKerja()), k -> new Unit()).presence.count(row);
    }
    return units;
  }

  private static List<KeyFigure> figures(Texts texts, Unit total, Double meanPerformance) {
    return List.of(
        new KeyFigure(
            texts.get("figure.participants"),
            String.valueOf(total.enrolled),
            texts.get("unit.people")),
        new KeyFigure(
            texts.get("figure.completionRate"), texts.decimal(total.completionRate()), "%"),
        new KeyFigure(texts.get("figure.jpEarned"), String.valueOf(total.jpEarned), "JP"),
        new KeyFigure(texts.get("figure.jpLost"), String.valueOf(total.jpLost), "JP"),
        new KeyFigure(
            texts.get("figure.attendanceRate"), texts.decimal(total.presence.rate()), "%"),
        new KeyFigure(
            texts.get("figure.performance"),
            texts.decimal(meanPerformance),
            texts.get("unit.outOf5")));
  }

  private static Table table(Texts texts, Map<String, Unit> units) {
    List<List<String>> rows = new ArrayList<>();
    units.forEach(
        (name, u) ->
            rows.add(
                List.of(
                    name,
                    String.valueOf(u.enrolled),
                    String.valueOf(u.completed),
                    texts.decimal(u.completionRate()),
                    String.valueOf(u.jpEarned),
                    String.valueOf(u.jpLost),
                    texts.decimal(u.presence.rate()))));
    return new Table(
        texts.get("table.title"),
        List.of(
            texts.get("column.unit"),
            texts.get("column.participants"),
            texts.get("column.completed"),
            texts.get("column.completedPercent"),
            texts.get("column.jpEarned"),
            texts.get("column.jpLost"),
            texts.get("column.attendancePercent")),
        rows);
  }

  private static Chart chart(Texts texts, Map<String, Unit> units) {
    List<Double> rates =
        units.values().stream().map(u -> Outcomes.chartValue(u.completionRate())).toList();
    return new Chart(
        ChartKind.BAR,
        texts.get("chart.title"),
        List.copyOf(units.keySet()),
        List.of(new Series(texts.get("column.completedPercent"), rates)));
  }

  private static List<String> narrative(
      Texts texts, Map<String, Unit> units, Unit total, List<Double> performance) {
    List<String> narrative = new ArrayList<>();
    narrative.add(
        texts.get("narrative.completed", total.completed, total.enrolled, total.completionRate()));
    narrative.add(
        total.jpLost == 0
            ? texts.get("narrative.noJpLost")
            : texts.get("narrative.jpLost", total.jpLost, total.enrolled - total.completed));
    if (units.size() > 1) {
      // the first unit with the lowest completion rate, in name order
      Map.Entry<String, Unit> lowest = null;
      for (Map.Entry<String, Unit> e : units.entrySet()) {
        if (lowest == null || e.getValue().completionRate() < lowest.getValue().completionRate()) {
          lowest = e;
        }
      }
      narrative.add(
          texts.get("narrative.lowestUnit", lowest.getKey(), lowest.getValue().completionRate()));
    }
    Double meanPerformance = Outcomes.mean(performance);
    narrative.add(
        meanPerformance == null
            ? texts.get("narrative.noPerformance")
            : texts.get(
                "narrative.performance",
                meanPerformance,
                performance.stream().filter(v -> v != null).count()));
    return narrative;
  }

  /** One unit kerja's tally, or the region's when the units are added up. */
  private static final class Unit {
    private long enrolled;
    private long completed;
    private long jpEarned;
    private long jpLost;
    private final Presence presence = new Presence();

    void enrol(EnrolmentRow row) {
      enrolled++;
      if (row.completed()) {
        completed++;
        jpEarned += Math.max(0, row.jp());
      } else {
        jpLost += Math.max(0, row.jp());
      }
    }

    void add(Unit other) {
      enrolled += other.enrolled;
      completed += other.completed;
      jpEarned += other.jpEarned;
      jpLost += other.jpLost;
      presence.add(other.presence);
    }

    Double completionRate() {
      return Outcomes.percent(completed, enrolled);
    }
  }
}
