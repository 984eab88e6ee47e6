package org.latih.plugin.solok;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.latih.api.reports.AttendanceRow;
import org.latih.api.reports.Chart;
import org.latih.api.reports.ChartKind;
import org.latih.api.reports.EnrolmentRow;
import org.latih.api.reports.IndicatorRow;
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
 * Solok's reports. Citizen response is read from indicators whose name mentions IKM (Indeks
 * Kepuasan Masyarakat) or kepuasan; participation rate from a unit's {@code jumlah-asn} indicator
 * (head count, latest period).
 */
@Extension
public class SolokReports implements Reports {

  static final String PERIODIC = "evaluasi-berkala-respon-masyarakat";
  static final String PARTICIPATION = "partisipasi-dan-pemerataan";
  static final String HEADCOUNT = "jumlah-asn";

  @Override
  public List<ReportDefinition> reports() {
    return reports(Texts.INDONESIAN);
  }

  @Override
  public List<ReportDefinition> reports(String language) {
    Texts texts = Texts.of(SolokReports.class, language);
    return List.of(
        new ReportDefinition(
            PERIODIC, texts.get("periodic.title"), texts.get("periodic.description")),
        new ReportDefinition(
            PARTICIPATION,
            texts.get("participation.title"),
            texts.get("participation.description")));
  }

  @Override
  public Report build(String reportId, ReportRequest request, OutcomeView view) {
    Outcomes outcomes = new Outcomes(request, view);
    Texts texts = Texts.of(SolokReports.class, request);
    if (PERIODIC.equals(reportId)) {
      return periodic(outcomes, texts);
    }
    if (PARTICIPATION.equals(reportId)) {
      return participation(outcomes, texts);
    }
    throw new IllegalArgumentException(
        "Laporan '" + reportId + "' tidak ada; tersedia: " + PERIODIC + ", " + PARTICIPATION);
  }

  private static boolean citizenResponse(String indicator) {
    String name = indicator == null ? "" : indicator.toLowerCase(Locale.ROOT);
    return name.contains("ikm") || name.contains("kepuasan");
  }

  /** The year compared is the requested one, else the latest year with data. */
  private Report periodic(Outcomes outcomes, Texts texts) {
    String title = texts.get("periodic.title");
    Map<Integer, List<Double>> perYear = new TreeMap<>();
    Map<String, Map<Integer, List<Double>>> perUnit = new TreeMap<>();
    for (IndicatorRow row : outcomes.indicators()) {
      Integer year = Outcomes.yearOf(row.period());
      if (year == null || !citizenResponse(row.indicator())) {
        continue;
      }
      perYear.computeIfAbsent(year, k -> new ArrayList<>()).add(row.value());
      perUnit
          .computeIfAbsent(texts.unit(row.unitKerja()), k -> new TreeMap<>())
          .computeIfAbsent(year, k -> new ArrayList<>())
          .add(row.value());
    }
    if (perYear.isEmpty()) {
      return new Report(
          title, List.of(), List.of(), List.of(), List.of(texts.get("periodic.noData")));
    }
    int year =
        outcomes.year() != null
            ? outcomes.year()
            : ((TreeMap<Integer, List<Double>>) perYear).lastKey();
    Double current = Outcomes.mean(perYear.getOrDefault(year, List.of()));
    Double previous = Outcomes.mean(perYear.getOrDefault(year - 1, List.of()));
    List<List<String>> unitRows = new ArrayList<>();
    int better = 0;
    for (Map.Entry<String, Map<Integer, List<Double>>> e : perUnit.entrySet()) {
      Double now = Outcomes.mean(e.getValue().getOrDefault(year, List.of()));
      Double before = Outcomes.mean(e.getValue().getOrDefault(year - 1, List.of()));
      Double diff = now == null || before == null ? null : now - before;
      better += diff != null && diff > 0 ? 1 : 0;
      unitRows.add(
          List.of(e.getKey(), texts.decimal(before), texts.decimal(now), texts.decimal(diff)));
    }
    List<String> years = new ArrayList<>();
    List<Double> means = new ArrayList<>();
    perYear.forEach(
        (y, v) -> {
          years.add(String.valueOf(y));
          means.add(Outcomes.chartValue(Outcomes.mean(v)));
        });
    List<Double> ethics = new ArrayList<>();
    for (ResponseRow r : outcomes.responses(SolokForms.ETHICS)) {
      for (String item : SolokForms.ETHICS_ITEMS) {
        ethics.add(Outcomes.number(r.answers(), item));
      }
    }
    Double ethicsMean = Outcomes.mean(ethics);
    Double diff = current == null || previous == null ? null : current - previous;
    List<String> narrative = new ArrayList<>();
    narrative.add(
        diff == null
            ? texts.get("periodic.narrative.noComparison", year, year - 1)
            : texts.get(
                diff >= 0 ? "periodic.narrative.up" : "periodic.narrative.down",
                year,
                current,
                Math.abs(diff),
                previous,
                year - 1));
    narrative.add(texts.get("periodic.narrative.better", better, perUnit.size()));
    if (ethicsMean != null) {
      narrative.add(texts.get("periodic.narrative.ethics", ethicsMean));
    }
    String index = texts.get("periodic.unit.index");
    return new Report(
        title,
        List.of(
            new KeyFigure(texts.get("periodic.figure.ikm", year), texts.decimal(current), index),
            new KeyFigure(
                texts.get("periodic.figure.ikm", year - 1), texts.decimal(previous), index),
            new KeyFigure(
                texts.get("periodic.figure.change"),
                texts.decimal(diff),
                texts.get("periodic.unit.points")),
            new KeyFigure(
                texts.get("periodic.figure.ethics"),
                texts.decimal(ethicsMean),
                texts.get("periodic.unit.outOf5"))),
        List.of(
            new Table(
                texts.get("periodic.table"),
                List.of(
                    texts.get("periodic.column.unit"),
                    texts.get("periodic.figure.ikm", year - 1),
                    texts.get("periodic.figure.ikm", year),
                    texts.get("periodic.column.change")),
                unitRows)),
        List.of(
            new Chart(
                ChartKind.LINE,
                texts.get("periodic.chart"),
                years,
                List.of(new Series(texts.get("periodic.series"), means)))),
        narrative);
  }

  private Report participation(Outcomes outcomes, Texts texts) {
    String title = texts.get("participation.title");
    Map<String, Unit> units = units(outcomes, texts);
    if (units.isEmpty()) {
      return new Report(
          title, List.of(), List.of(), List.of(), List.of(texts.get("participation.noData")));
    }
    Double average = Outcomes.mean(units.values().stream().map(Unit::rate).toList());
    List<List<String>> rows = new ArrayList<>();
    List<String> below = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<Double> chart = new ArrayList<>();
    long enrolled = 0;
    for (Map.Entry<String, Unit> e : units.entrySet()) {
      Unit u = e.getValue();
      boolean isBelow = u.rate() != null && average != null && u.rate() < average;
      if (isBelow) {
        below.add(e.getKey());
      }
      if (u.rate() == null) {
        missing.add(e.getKey());
      }
      enrolled += u.enrolled;
      rows.add(
          List.of(
              e.getKey(),
              u.headcount == null ? "–" : String.valueOf(Math.round(u.headcount)),
              String.valueOf(u.enrolled),
              String.valueOf(u.completed),
              texts.decimal(u.rate()),
              texts.decimal(u.presence.rate()),
              isBelow ? texts.get("participation.below") : ""));
      chart.add(Outcomes.chartValue(u.rate()));
    }
    return new Report(
        title,
        List.of(
            new KeyFigure(
                texts.get("participation.figure.participants"),
                String.valueOf(enrolled),
                texts.get("participation.unit.people")),
            new KeyFigure(texts.get("participation.figure.average"), texts.decimal(average), "%"),
            new KeyFigure(
                texts.get("participation.figure.below"),
                String.valueOf(below.size()),
                texts.get("participation.unit.units"))),
        List.of(participationTable(texts, rows)),
        List.of(
            new Chart(
                ChartKind.BAR,
                texts.get("participation.chart"),
                List.copyOf(units.keySet()),
                List.of(new Series(texts.get("participation.column.ratePercent"), chart)))),
        participationNarrative(texts, average, below, missing));
  }

  /**
   * The units kerja with enrolments or a head count (a unit nobody enrolled from still counts), by
   * name; attendance counts only for those units.
   */
  private static Map<String, Unit> units(Outcomes outcomes, Texts texts) {
    Map<String, Unit> units = new TreeMap<>();
    for (EnrolmentRow row : outcomes.enrolments()) {
      units.computeIfAbsent(texts.unit(row.unitKerja()), k -> new Unit()).enrol(row);
    }
    for (IndicatorRow row : outcomes.indicators()) {
      if (HEADCOUNT.equalsIgnoreCase(String.valueOf(row.indicator()).trim())) {
        units.computeIfAbsent(texts.unit(row.unitKerja()), k -> new Unit()).headcount(row);
      }
    }
    for (AttendanceRow row : outcomes.attendance()) {
      Unit unit = units.get(texts.unit(row.unitKerja()));
      if (unit != null) {
        unit.presence.count(row);
      }
    }
    return units;
  }

  private static Table participationTable(Texts texts, List<List<String>> rows) {
    return new Table(
        texts.get("participation.table"),
        List.of(
            texts.get("participation.column.unit"),
            texts.get("participation.column.headcount"),
            texts.get("participation.column.participants"),
            texts.get("participation.column.completed"),
            texts.get("participation.column.ratePercent"),
            texts.get("participation.column.attendancePercent"),
            texts.get("participation.column.note")),
        rows);
  }

  private static List<String> participationNarrative(
      Texts texts, Double average, List<String> below, List<String> missing) {
    List<String> narrative = new ArrayList<>();
    narrative.add(
        average == null
            ? texts.get("participation.narrative.noHeadcount", HEADCOUNT)
            : texts.get("participation.narrative.average", average));
    if (!below.isEmpty()) {
      narrative.add(texts.get("participation.narrative.below", String.join(", ", below)));
    }
    if (average != null && !missing.isEmpty()) {
      narrative.add(texts.get("participation.narrative.missing", String.join(", ", missing)));
    }
    return narrative;
  }

  /** One unit kerja's enrolments, attendance and head count of its latest period. */
  private static final class Unit {
    private long enrolled;
    private long completed;
    private final Presence presence = new Presence();
    private String period;
    private Double headcount;

    void enrol(EnrolmentRow row) {
      enrolled++;
      completed += row.completed() ? 1 : 0;
    }

    /** Keeps the head count of the latest period; of two rows for one period, the first. */
    void headcount(IndicatorRow row) {
      String rowPeriod = String.valueOf(row.period());
      if (period == null || rowPeriod.compareTo(period) > 0) {
        period = rowPeriod;
        headcount = row.value();
      }
    }

    /** Enrolments per 100 staff; null without a head count. */
    Double rate() {
      return headcount != null && headcount > 0 ? 100.0 * enrolled / headcount : null;
    }
  }
}
