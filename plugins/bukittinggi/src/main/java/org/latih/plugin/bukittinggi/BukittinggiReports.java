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
    List<EnrolmentRow> enrolments = outcomes.enrolments();
    if (enrolments.isEmpty()) {
      return new Report(title, List.of(), List.of(), List.of(), List.of(texts.get("noData")));
    }
    // unit -> {enrolled, completed, jp earned, jp lost}
    Map<String, long[]> units = new TreeMap<>();
    for (EnrolmentRow row : enrolments) {
      long[] u = units.computeIfAbsent(texts.unit(row.unitKerja()), k -> new long[4]);
      u[0]++;
      if (row.completed()) {
        u[1]++;
        u[2] += Math.max(0, row.jp());
      } else {
        u[3] += Math.max(0, row.jp());
      }
    }
    Map<String, long[]> presence = new TreeMap<>(); // unit -> {records, present}
    for (AttendanceRow row : outcomes.attendance()) {
      long[] p = presence.computeIfAbsent(texts.unit(row.unitKerja()), k -> new long[2]);
      p[0]++;
      p[1] += row.present() ? 1 : 0;
    }
    long enrolled = 0, completed = 0, jpEarned = 0, jpLost = 0, records = 0, present = 0;
    List<List<String>> rows = new ArrayList<>();
    List<Double> rates = new ArrayList<>();
    String lowestUnit = null;
    Double lowestRate = null;
    for (Map.Entry<String, long[]> e : units.entrySet()) {
      long[] u = e.getValue();
      long[] p = presence.getOrDefault(e.getKey(), new long[2]);
      Double rate = Outcomes.percent(u[1], u[0]);
      rows.add(
          List.of(
              e.getKey(),
              String.valueOf(u[0]),
              String.valueOf(u[1]),
              texts.decimal(rate),
              String.valueOf(u[2]),
              String.valueOf(u[3]),
              texts.decimal(Outcomes.percent(p[1], p[0]))));
      rates.add(Outcomes.chartValue(rate));
      if (lowestRate == null || rate < lowestRate) {
        lowestRate = rate;
        lowestUnit = e.getKey();
      }
      enrolled += u[0];
      completed += u[1];
      jpEarned += u[2];
      jpLost += u[3];
    }
    for (long[] p : presence.values()) {
      records += p[0];
      present += p[1];
    }
    List<Double> performance = new ArrayList<>();
    for (ResponseRow r : outcomes.responses(BukittinggiForms.PERFORMANCE)) {
      performance.add(Outcomes.number(r.answers(), BukittinggiForms.OVERALL_PERFORMANCE));
    }
    Double meanPerformance = Outcomes.mean(performance);
    Double completionRate = Outcomes.percent(completed, enrolled);
    Double attendanceRate = Outcomes.percent(present, records);

    List<String> narrative = new ArrayList<>();
    narrative.add(texts.get("narrative.completed", completed, enrolled, completionRate));
    narrative.add(
        jpLost == 0
            ? texts.get("narrative.noJpLost")
            : texts.get("narrative.jpLost", jpLost, enrolled - completed));
    if (units.size() > 1) {
      narrative.add(texts.get("narrative.lowestUnit", lowestUnit, lowestRate));
    }
    narrative.add(
        meanPerformance == null
            ? texts.get("narrative.noPerformance")
            : texts.get(
                "narrative.performance",
                meanPerformance,
                performance.stream().filter(v -> v != null).count()));

    return new Report(
        title,
        List.of(
            new KeyFigure(
                texts.get("figure.participants"),
                String.valueOf(enrolled),
                texts.get("unit.people")),
            new KeyFigure(texts.get("figure.completionRate"), texts.decimal(completionRate), "%"),
            new KeyFigure(texts.get("figure.jpEarned"), String.valueOf(jpEarned), "JP"),
            new KeyFigure(texts.get("figure.jpLost"), String.valueOf(jpLost), "JP"),
            new KeyFigure(texts.get("figure.attendanceRate"), texts.decimal(attendanceRate), "%"),
            new KeyFigure(
                texts.get("figure.performance"),
                texts.decimal(meanPerformance),
                texts.get("unit.outOf5"))),
        List.of(
            new Table(
                texts.get("table.title"),
                List.of(
                    texts.get("column.unit"),
                    texts.get("column.participants"),
                    texts.get("column.completed"),
                    texts.get("column.completedPercent"),
                    texts.get("column.jpEarned"),
                    texts.get("column.jpLost"),
                    texts.get("column.attendancePercent")),
                rows)),
        List.of(
            new Chart(
                ChartKind.BAR,
                texts.get("chart.title"),
                List.copyOf(units.keySet()),
                List.of(new Series(texts.get("column.completedPercent"), rates)))),
        narrative);
  }
}
