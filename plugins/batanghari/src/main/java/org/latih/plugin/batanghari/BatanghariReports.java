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
import org.pf4j.Extension;

/** Batanghari's reports: unit performance before and after, and survey plus follow-up. */
@Extension
public class BatanghariReports implements Reports {

  static final String PERFORMANCE = "kinerja-unit-sebelum-sesudah";
  static final String FOLLOW_UP = "survei-dan-tindak-lanjut";
  private static final String PERFORMANCE_TITLE = "Kinerja Unit Sebelum dan Sesudah Pelatihan";
  private static final String FOLLOW_UP_TITLE = "Survei Peserta dan Tindak Lanjut Penerapan";

  @Override
  public List<ReportDefinition> reports() {
    return List.of(
        new ReportDefinition(
            PERFORMANCE,
            PERFORMANCE_TITLE,
            "Indikator produktivitas dan jumlah keluhan masyarakat per unit kerja, sebelum tahun pelatihan dibanding tahun pelatihan dan sesudahnya."),
        new ReportDefinition(
            FOLLOW_UP,
            FOLLOW_UP_TITLE,
            "Nilai survei untuk materi, instruktur dan fasilitas, serta status penerapan hasil pelatihan menurut supervisi atasan."));
  }

  @Override
  public Report build(String reportId, ReportRequest request, OutcomeView view) {
    Outcomes outcomes = new Outcomes(request, view);
    if (PERFORMANCE.equals(reportId)) {
      return performance(outcomes);
    }
    if (FOLLOW_UP.equals(reportId)) {
      return followUp(outcomes);
    }
    throw new IllegalArgumentException(
        "Laporan '" + reportId + "' tidak ada; tersedia: " + PERFORMANCE + ", " + FOLLOW_UP);
  }

  /**
   * A unit's training year is the first year one of its staff completed a course in scope. "Before"
   * means periods in earlier years; "after" the training year and later.
   */
  private Report performance(Outcomes outcomes) {
    Map<String, Integer> trainingYear = new TreeMap<>();
    for (EnrolmentRow row : outcomes.enrolments()) {
      if (row.completed()) {
        trainingYear.merge(Outcomes.unit(row.unitKerja()), row.year(), Math::min);
      }
    }
    // unit -> {productivity before, after, complaints before, after} as lists of values
    Map<String, List<List<Double>>> values = new TreeMap<>();
    for (IndicatorRow row : outcomes.indicators()) {
      String unit = Outcomes.unit(row.unitKerja());
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
          PERFORMANCE_TITLE,
          List.of(),
          List.of(),
          List.of(),
          List.of(
              "Belum ada data indikator kinerja (produktivitas, keluhan masyarakat) untuk unit kerja yang pegawainya sudah tuntas pelatihan."));
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
              Outcomes.fmt(pb),
              Outcomes.fmt(pa),
              Outcomes.fmt(change(pb, pa)),
              Outcomes.fmt(cb),
              Outcomes.fmt(ca),
              Outcomes.fmt(change(cb, ca))));
      complaintsBefore.add(Outcomes.chartValue(cb));
      complaintsAfter.add(Outcomes.chartValue(ca));
      if ((pb != null && pa != null) || (cb != null && ca != null)) {
        compared++;
      }
      productivityUp += pb != null && pa != null && pa > pb ? 1 : 0;
      complaintsDown += cb != null && ca != null && ca < cb ? 1 : 0;
    }
    List<String> labels = List.copyOf(values.keySet());
    return new Report(
        PERFORMANCE_TITLE,
        List.of(
            new KeyFigure("Unit kerja dibandingkan", String.valueOf(compared), "unit"),
            new KeyFigure("Produktivitas naik", String.valueOf(productivityUp), "unit"),
            new KeyFigure("Keluhan masyarakat turun", String.valueOf(complaintsDown), "unit")),
        List.of(
            new Table(
                "Indikator per unit kerja (rata-rata per periode)",
                List.of(
                    "Unit kerja",
                    "Tahun pelatihan",
                    "Produktivitas sebelum",
                    "Produktivitas sesudah",
                    "Perubahan (%)",
                    "Keluhan sebelum",
                    "Keluhan sesudah",
                    "Perubahan (%)"),
                rows)),
        List.of(
            new Chart(
                ChartKind.BAR,
                "Keluhan masyarakat sebelum dan sesudah pelatihan",
                labels,
                List.of(
                    new Series("Sebelum", complaintsBefore),
                    new Series("Sesudah", complaintsAfter)))),
        List.of(
            "Sebelum = periode sebelum tahun pelatihan unit; sesudah = tahun pelatihan dan sesudahnya.",
            "Produktivitas naik di "
                + productivityUp
                + " unit dan keluhan masyarakat turun di "
                + complaintsDown
                + " dari "
                + compared
                + " unit yang dapat dibandingkan."));
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

  private Report followUp(Outcomes outcomes) {
    List<ResponseRow> surveys = outcomes.responses(BatanghariForms.SURVEY);
    List<ResponseRow> supervisions = outcomes.responses(BatanghariForms.SUPERVISION);
    if (surveys.isEmpty() && supervisions.isEmpty()) {
      return new Report(
          FOLLOW_UP_TITLE,
          List.of(),
          List.of(),
          List.of(),
          List.of("Belum ada data survei maupun supervisi untuk pilihan ini."));
    }
    Map<String, List<String>> itemsByAspect = new LinkedHashMap<>();
    for (var section : new BatanghariForms().forms().get(0).sections()) {
      for (var item : section.items()) {
        if (item.kind() == org.latih.api.forms.ItemKind.LIKERT) {
          itemsByAspect.computeIfAbsent(item.aspect(), k -> new ArrayList<>()).add(item.id());
        }
      }
    }
    List<List<String>> aspectRows = new ArrayList<>();
    List<String> aspectLabels = new ArrayList<>();
    List<Double> aspectMeans = new ArrayList<>();
    List<KeyFigure> figures = new ArrayList<>();
    for (List<String> aspect : BatanghariForms.ASPECTS) {
      List<Double> answers = new ArrayList<>();
      for (ResponseRow r : surveys) {
        for (String item : itemsByAspect.getOrDefault(aspect.get(0), List.of())) {
          answers.add(Outcomes.number(r.answers(), item));
        }
      }
      Double mean = Outcomes.mean(answers);
      aspectRows.add(
          List.of(
              aspect.get(1),
              String.valueOf(answers.stream().filter(v -> v != null).count()),
              Outcomes.fmt(mean)));
      aspectLabels.add(aspect.get(1));
      aspectMeans.add(Outcomes.chartValue(mean));
      figures.add(
          new KeyFigure(
              "Nilai " + aspect.get(1).toLowerCase(Locale.ROOT), Outcomes.fmt(mean), "dari 5"));
    }
    Map<String, Long> statuses = new LinkedHashMap<>();
    BatanghariForms.STATUSES.forEach(s -> statuses.put(s, 0L));
    Map<String, Long> needSupport = new TreeMap<>();
    long answered = 0;
    for (ResponseRow r : supervisions) {
      String status = Outcomes.text(r.answers(), BatanghariForms.STATUS);
      if (status != null) {
        statuses.merge(status, 1L, Long::sum);
        answered++;
      }
      if ("ya".equalsIgnoreCase(Outcomes.text(r.answers(), BatanghariForms.NEEDS_SUPPORT))) {
        needSupport.merge(Outcomes.unit(r.unitKerja()), 1L, Long::sum);
      }
    }
    long total = answered;
    List<List<String>> statusRows = new ArrayList<>();
    statuses.forEach(
        (s, n) ->
            statusRows.add(
                List.of(s, String.valueOf(n), Outcomes.fmt(Outcomes.percent(n, total)))));
    Double fullyApplied =
        Outcomes.percent(statuses.getOrDefault(BatanghariForms.STATUSES.get(2), 0L), answered);
    figures.add(new KeyFigure("Sepenuhnya diterapkan", Outcomes.fmt(fullyApplied), "%"));
    List<String> narrative = new ArrayList<>();
    narrative.add(
        surveys.size() + " survei peserta dan " + supervisions.size() + " laporan supervisi.");
    if (answered > 0) {
      narrative.add(
          statuses.get(BatanghariForms.STATUSES.get(0))
              + " dari "
              + answered
              + " pegawai belum menerapkan hasil pelatihan: perlu tindak lanjut dan pengawasan pascapelatihan.");
    }
    if (!needSupport.isEmpty()) {
      narrative.add(
          "Unit kerja dengan pegawai yang perlu pendampingan: "
              + String.join(", ", needSupport.keySet())
              + ".");
    }
    return new Report(
        FOLLOW_UP_TITLE,
        figures,
        List.of(
            new Table(
                "Nilai survei per aspek (skala 1-5)",
                List.of("Aspek", "Jawaban", "Rata-rata"),
                aspectRows),
            new Table(
                "Status penerapan menurut supervisi",
                List.of("Status", "Pegawai", "Porsi (%)"),
                statusRows)),
        List.of(
            new Chart(
                ChartKind.BAR,
                "Nilai survei per aspek (1-5)",
                aspectLabels,
                List.of(new Series("Rata-rata", aspectMeans)))),
        narrative);
  }
}
