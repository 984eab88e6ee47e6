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
import org.pf4j.Extension;

/**
 * Participation and budget: with a tight budget every seat counts, so the report shows how many
 * enrolments ended unfinished and how many JP were paid for but not earned, per unit kerja.
 */
@Extension
public class BukittinggiReports implements Reports {

  static final String PARTICIPATION = "partisipasi-dan-anggaran";
  private static final String TITLE = "Partisipasi dan Efisiensi Anggaran Pelatihan";

  @Override
  public List<ReportDefinition> reports() {
    return List.of(
        new ReportDefinition(
            PARTICIPATION,
            TITLE,
            "Jumlah peserta, tingkat penyelesaian, JP yang diperoleh dan JP yang terbuang per unit kerja, kehadiran, serta penilaian kinerja oleh atasan."));
  }

  @Override
  public Report build(String reportId, ReportRequest request, OutcomeView view) {
    if (!PARTICIPATION.equals(reportId)) {
      throw new IllegalArgumentException(
          "Laporan '" + reportId + "' tidak ada; tersedia: " + PARTICIPATION);
    }
    Outcomes outcomes = new Outcomes(request, view);
    List<EnrolmentRow> enrolments = outcomes.enrolments();
    if (enrolments.isEmpty()) {
      return new Report(
          TITLE,
          List.of(),
          List.of(),
          List.of(),
          List.of("Belum ada data peserta untuk pilihan ini."));
    }
    // unit -> {enrolled, completed, jp earned, jp lost}
    Map<String, long[]> units = new TreeMap<>();
    for (EnrolmentRow row : enrolments) {
      long[] u = units.computeIfAbsent(Outcomes.unit(row.unitKerja()), k -> new long[4]);
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
      long[] p = presence.computeIfAbsent(Outcomes.unit(row.unitKerja()), k -> new long[2]);
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
              Outcomes.fmt(rate),
              String.valueOf(u[2]),
              String.valueOf(u[3]),
              Outcomes.fmt(Outcomes.percent(p[1], p[0]))));
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
    narrative.add(
        completed
            + " dari "
            + enrolled
            + " peserta menuntaskan pelatihan ("
            + Outcomes.fmt(completionRate)
            + "%).");
    narrative.add(
        jpLost == 0
            ? "Tidak ada JP yang terbuang karena peserta tidak tuntas."
            : jpLost
                + " JP telah dianggarkan tetapi tidak diperoleh karena "
                + (enrolled - completed)
                + " peserta tidak tuntas; kursi ini sebaiknya dialihkan ke pegawai yang siap mengikuti.");
    if (units.size() > 1) {
      narrative.add(
          "Tingkat penyelesaian terendah ada di "
              + lowestUnit
              + " ("
              + Outcomes.fmt(lowestRate)
              + "%): perlu pendekatan untuk mendorong partisipasi.");
    }
    narrative.add(
        meanPerformance == null
            ? "Belum ada penilaian kinerja pascapelatihan dari atasan."
            : "Rata-rata penilaian kinerja oleh atasan "
                + Outcomes.fmt(meanPerformance)
                + " dari 5 ("
                + performance.stream().filter(v -> v != null).count()
                + " penilaian).");

    return new Report(
        TITLE,
        List.of(
            new KeyFigure("Peserta", String.valueOf(enrolled), "orang"),
            new KeyFigure("Tingkat penyelesaian", Outcomes.fmt(completionRate), "%"),
            new KeyFigure("JP diperoleh", String.valueOf(jpEarned), "JP"),
            new KeyFigure("JP terbuang", String.valueOf(jpLost), "JP"),
            new KeyFigure("Tingkat kehadiran", Outcomes.fmt(attendanceRate), "%"),
            new KeyFigure(
                "Penilaian kinerja oleh atasan", Outcomes.fmt(meanPerformance), "dari 5")),
        List.of(
            new Table(
                "Partisipasi per unit kerja",
                List.of(
                    "Unit kerja",
                    "Peserta",
                    "Tuntas",
                    "Tuntas (%)",
                    "JP diperoleh",
                    "JP terbuang",
                    "Kehadiran (%)"),
                rows)),
        List.of(
            new Chart(
                ChartKind.BAR,
                "Tingkat penyelesaian per unit kerja (%)",
                List.copyOf(units.keySet()),
                List.of(new Series("Tuntas (%)", rates)))),
        narrative);
  }
}
