package org.latih.plugin.batanghari;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
import org.latih.plugin.support.Texts;
import org.pf4j.Extension;

/** Batanghari's reports: unit performance before and after, and survey plus follow-up. */
@Extension
public class BatanghariReports implements Reports {

  static final String PERFORMANCE = "kinerja-unit-sebelum-sesudah";
  static final String FOLLOW_UP = "survei-dan-tindak-lanjut";

  /** The survey's Likert items by the aspect they measure, in the form's order. */
  private static final Map<String, List<String>> LIKERT_ITEMS_BY_ASPECT = likertItemsByAspect();

  @Override
  public List<ReportDefinition> reports() {
    return reports(Texts.INDONESIAN);
  }

  @Override
  public List<ReportDefinition> reports(String language) {
    Texts texts = Texts.of(BatanghariReports.class, language);
    return List.of(
        new ReportDefinition(
            PERFORMANCE, texts.get("performance.title"), texts.get("performance.description")),
        new ReportDefinition(
            FOLLOW_UP, texts.get("followUp.title"), texts.get("followUp.description")));
  }

  @Override
  public Report build(String reportId, ReportRequest request, OutcomeView view) {
    Outcomes outcomes = new Outcomes(request, view);
    Texts texts = Texts.of(BatanghariReports.class, request);
    if (PERFORMANCE.equals(reportId)) {
      return performance(outcomes, texts);
    }
    if (FOLLOW_UP.equals(reportId)) {
      return followUp(outcomes, texts);
    }
    throw new IllegalArgumentException(
        "Laporan '" + reportId + "' tidak ada; tersedia: " + PERFORMANCE + ", " + FOLLOW_UP);
  }

  /**
   * A unit's training year is the first year one of its staff completed a course in scope. "Before"
   * means periods in earlier years; "after" the training year and later.
   */
  private Report performance(Outcomes outcomes, Texts texts) {
    String title = texts.get("performance.title");
    Map<String, Integer> trainingYear = new TreeMap<>();
    for (EnrolmentRow row : outcomes.enrolments()) {
      if (row.completed()) {
        trainingYear.merge(texts.unit(row.unitKerja()), row.year(), Math::min);
      }
    }
    // unit -> {productivity before, after, complaints before, after} as lists of values
    Map<String, List<List<Double>>> values = new TreeMap<>();
    for (IndicatorRow row : outcomes.indicators()) {
      String unit = texts.unit(row.unitKerja());
      Integer year = trainingYear.get(unit);
      Integer period = Outcomes.yearOf(row.period());
      int kind = kind(row.indicator());
      if (year == null || period == null || kind < 0) {
        continue;
      }
      List<List<Double>> v =
          values.computeIfAbsent(
              unit,
              k ->
                  List.of(
                      new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
      v.get(kind * 2 + (period < year ? 0 : 1)).add(row.value());
    }
    if (values.isEmpty()) {
      return new Report(
          title, List.of(), List.of(), List.of(), List.of(texts.get("performance.noData")));
    }
    List<List<String>> rows = new ArrayList<>();
    List<Double> complaintsBefore = new ArrayList<>(), complaintsAfter = new ArrayList<>();
    int productivityUp = 0, complaintsDown = 0, compared = 0;
    for (Map.Entry<String, List<List<Double>>> e : values.entrySet()) {
      Double pb = Outcomes.mean(e.getValue().get(0)), pa = Outcomes.mean(e.getValue().get(1));
      Double cb = Outcomes.mean(e.getValue().get(2)), ca = Outcomes.mean(e.getValue().get(3));
      rows.add(
          List.of(
              e.getKey(),
              String.valueOf(trainingYear.get(e.getKey())),
              texts.decimal(pb),
              texts.decimal(pa),
              texts.decimal(change(pb, pa)),
              texts.decimal(cb),
              texts.decimal(ca),
              texts.decimal(change(cb, ca))));
      complaintsBefore.add(Outcomes.chartValue(cb));
      complaintsAfter.add(Outcomes.chartValue(ca));
      if ((pb != null && pa != null) || (cb != null && ca != null)) {
        compared++;
      }
      productivityUp += pb != null && pa != null && pa > pb ? 1 : 0;
      complaintsDown += cb != null && ca != null && ca < cb ? 1 : 0;
    }
    List<String> labels = List.copyOf(values.keySet());
    String units = texts.get("performance.unit.units");
    return new Report(
        title,
        List.of(
            new KeyFigure(
                texts.get("performance.figure.compared"), String.valueOf(compared), units),
            new KeyFigure(
                texts.get("performance.figure.productivityUp"),
                String.valueOf(productivityUp),
                units),
            new KeyFigure(
                texts.get("performance.figure.complaintsDown"),
                String.valueOf(complaintsDown),
                units)),
        List.of(
            new Table(
                texts.get("performance.table"),
                List.of(
                    texts.get("performance.column.unit"),
                    texts.get("performance.column.trainingYear"),
                    texts.get("performance.column.productivityBefore"),
                    texts.get("performance.column.productivityAfter"),
                    texts.get("performance.column.change"),
                    texts.get("performance.column.complaintsBefore"),
                    texts.get("performance.column.complaintsAfter"),
                    texts.get("performance.column.change")),
                rows)),
        List.of(
            new Chart(
                ChartKind.BAR,
                texts.get("performance.chart"),
                labels,
                List.of(
                    new Series(texts.get("performance.series.before"), complaintsBefore),
                    new Series(texts.get("performance.series.after"), complaintsAfter)))),
        List.of(
            texts.get("performance.narrative.periods"),
            texts.get("performance.narrative.result", productivityUp, complaintsDown, compared)));
  }

  /** 0 for productivity, 1 for citizen complaints, -1 for other indicators. */
  private static int kind(String indicator) {
    String name = indicator == null ? "" : indicator.toLowerCase(Locale.ROOT);
    if (name.contains("produktiv")) {
      return 0;
    }
    return name.contains("keluhan") || name.contains("pengaduan") ? 1 : -1;
  }

  private static Double change(Double before, Double after) {
    return before == null || after == null || before == 0
        ? null
        : 100.0 * (after - before) / before;
  }

  private Report followUp(Outcomes outcomes, Texts texts) {
    String title = texts.get("followUp.title");
    List<ResponseRow> surveys = outcomes.responses(BatanghariForms.SURVEY);
    List<ResponseRow> supervisions = outcomes.responses(BatanghariForms.SUPERVISION);
    if (surveys.isEmpty() && supervisions.isEmpty()) {
      return new Report(
          title, List.of(), List.of(), List.of(), List.of(texts.get("followUp.noData")));
    }
    List<List<String>> aspectRows = new ArrayList<>();
    List<String> aspectLabels = new ArrayList<>();
    List<Double> aspectMeans = new ArrayList<>();
    List<KeyFigure> figures = new ArrayList<>();
    for (List<String> aspect : BatanghariForms.ASPECTS) {
      List<Double> answers = new ArrayList<>();
      for (ResponseRow r : surveys) {
        for (String item : LIKERT_ITEMS_BY_ASPECT.getOrDefault(aspect.get(0), List.of())) {
          answers.add(Outcomes.number(r.answers(), item));
        }
      }
      Double mean = Outcomes.mean(answers);
      String label = texts.get("aspect." + aspect.get(0));
      aspectRows.add(
          List.of(
              label,
              String.valueOf(answers.stream().filter(v -> v != null).count()),
              texts.decimal(mean)));
      aspectLabels.add(label);
      aspectMeans.add(Outcomes.chartValue(mean));
      figures.add(
          new KeyFigure(
              texts.get("followUp.figure.aspect." + aspect.get(0)),
              texts.decimal(mean),
              texts.get("followUp.unit.outOf5")));
    }
    Supervisions supervised = Supervisions.of(supervisions, texts);
    figures.add(
        new KeyFigure(
            texts.get("followUp.figure.fullyApplied"),
            texts.decimal(supervised.share(BatanghariForms.STATUSES.get(2))),
            "%"));
    return new Report(
        title,
        figures,
        List.of(
            new Table(
                texts.get("followUp.table.aspects"),
                List.of(
                    texts.get("followUp.column.aspect"),
                    texts.get("followUp.column.answers"),
                    texts.get("followUp.column.mean")),
                aspectRows),
            supervised.table(texts)),
        List.of(
            new Chart(
                ChartKind.BAR,
                texts.get("followUp.chart"),
                aspectLabels,
                List.of(new Series(texts.get("followUp.column.mean"), aspectMeans)))),
        supervised.narrative(texts, surveys.size(), supervisions.size()));
  }

  private static Map<String, List<String>> likertItemsByAspect() {
    Map<String, List<String>> items = new LinkedHashMap<>();
    for (var section : new BatanghariForms().forms().get(0).sections()) {
      for (var item : section.items()) {
        if (item.kind() == org.latih.api.forms.ItemKind.LIKERT) {
          items.computeIfAbsent(item.aspect(), k -> new ArrayList<>()).add(item.id());
        }
      }
    }
    return items;
  }

  /**
   * The supervisors' answers: how many staff gave each status of applying what they learned (the
   * form's statuses first, in order, then any other answer), and the units kerja said to need
   * support.
   */
  private static final class Supervisions {
    private final Map<String, Long> statuses = new LinkedHashMap<>();
    private final Map<String, Long> needSupport = new TreeMap<>();
    private long answered;

    static Supervisions of(List<ResponseRow> supervisions, Texts texts) {
      Supervisions tally = new Supervisions();
      BatanghariForms.STATUSES.forEach(s -> tally.statuses.put(s, 0L));
      for (ResponseRow r : supervisions) {
        String status = Outcomes.text(r.answers(), BatanghariForms.STATUS);
        if (status != null) {
          tally.statuses.merge(status, 1L, Long::sum);
          tally.answered++;
        }
        if ("ya".equalsIgnoreCase(Outcomes.text(r.answers(), BatanghariForms.NEEDS_SUPPORT))) {
          tally.needSupport.merge(texts.unit(r.unitKerja()), 1L, Long::sum);
        }
      }
      return tally;
    }

    /** The share of answers giving {@code status}, in percent; null without answers. */
    Double share(String status) {
      return Outcomes.percent(statuses.getOrDefault(status, 0L), answered);
    }

    Table table(Texts texts) {
      List<List<String>> rows = new ArrayList<>();
      statuses.forEach(
          (s, n) ->
              rows.add(
                  List.of(
                      status(s, texts),
                      String.valueOf(n),
                      texts.decimal(Outcomes.percent(n, answered)))));
      return new Table(
          texts.get("followUp.table.statuses"),
          List.of(
              texts.get("followUp.column.status"),
              texts.get("followUp.column.staff"),
              texts.get("followUp.column.sharePercent")),
          rows);
    }

    List<String> narrative(Texts texts, int surveyCount, int supervisionCount) {
      List<String> narrative = new ArrayList<>();
      narrative.add(texts.get("followUp.narrative.counts", surveyCount, supervisionCount));
      if (answered > 0) {
        narrative.add(
            texts.get(
                "followUp.narrative.notApplied",
                statuses.get(BatanghariForms.STATUSES.get(0)),
                answered));
      }
      if (!needSupport.isEmpty()) {
        narrative.add(
            texts.get("followUp.narrative.needSupport", String.join(", ", needSupport.keySet())));
      }
      return narrative;
    }
  }

  /** One of the form's statuses in the reader's language; any other answer as it was given. */
  private static String status(String answer, Texts texts) {
    int index = BatanghariForms.STATUSES.indexOf(answer);
    return index < 0 ? answer : texts.get("status." + index);
  }
}
