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
  private static final String PERIODIC_TITLE =
      "Evaluasi Berkala: Respon Masyarakat dibanding Tahun Sebelumnya";
  private static final String PARTICIPATION_TITLE =
      "Partisipasi dan Pemerataan Akses per Unit Kerja";

  @Override
  public List<ReportDefinition> reports() {
    return List.of(
        new ReportDefinition(
            PERIODIC,
            PERIODIC_TITLE,
            "Indeks Kepuasan Masyarakat (IKM) per tahun dan per unit kerja, tahun ini dibanding tahun sebelumnya, serta nilai etika pelayanan dari atasan."),
        new ReportDefinition(
            PARTICIPATION,
            PARTICIPATION_TITLE,
            "Tingkat partisipasi pembinaan per unit kerja terhadap jumlah ASN, kehadiran, dan unit yang berada di bawah rata-rata."));
  }

  @Override
  public Report build(String reportId, ReportRequest request, OutcomeView view) {
    Outcomes outcomes = new Outcomes(request, view);
    if (PERIODIC.equals(reportId)) {
      return periodic(outcomes);
    }
    if (PARTICIPATION.equals(reportId)) {
      return participation(outcomes);
    }
    throw new IllegalArgumentException(
        "Laporan '" + reportId + "' tidak ada; tersedia: " + PERIODIC + ", " + PARTICIPATION);
  }

  private static boolean citizenResponse(String indicator) {
    String name = indicator == null ? "" : indicator.toLowerCase(Locale.ROOT);
    return name.contains("ikm") || name.contains("kepuasan");
  }

  /** The year compared is the requested one, else the latest year with data. */
  private Report periodic(Outcomes outcomes) {
    Map<Integer, List<Double>> perYear = new TreeMap<>();
    Map<String, Map<Integer, List<Double>>> perUnit = new TreeMap<>();
    for (IndicatorRow row : outcomes.indicators()) {
      Integer year = Outcomes.yearOf(row.period());
      if (year == null || !citizenResponse(row.indicator())) {
        continue;
      }
      perYear.computeIfAbsent(year, k -> new ArrayList<>()).add(row.value());
      perUnit
          .computeIfAbsent(Outcomes.unit(row.unitKerja()), k -> new TreeMap<>())
          .computeIfAbsent(year, k -> new ArrayList<>())
          .add(row.value());
    }
    if (perYear.isEmpty()) {
      return new Report(
          PERIODIC_TITLE,
          List.of(),
          List.of(),
          List.of(),
          List.of("Belum ada data respon masyarakat (indikator IKM atau kepuasan)."));
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
          List.of(e.getKey(), Outcomes.fmt(before), Outcomes.fmt(now), Outcomes.fmt(diff)));
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
            ? "Belum ada data IKM untuk tahun "
                + year
                + " dan tahun "
                + (year - 1)
                + " sekaligus; perbandingan belum dapat dibuat."
            : "IKM rata-rata "
                + year
                + " adalah "
                + Outcomes.fmt(current)
                + ", "
                + (diff >= 0 ? "naik " : "turun ")
                + Outcomes.fmt(Math.abs(diff))
                + " poin dari "
                + Outcomes.fmt(previous)
                + " pada "
                + (year - 1)
                + ".");
    narrative.add(
        better
            + " dari "
            + perUnit.size()
            + " unit kerja mencatat respon masyarakat yang lebih baik dari tahun sebelumnya.");
    if (ethicsMean != null) {
      narrative.add(
          "Nilai etika pelayanan publik menurut atasan rata-rata "
              + Outcomes.fmt(ethicsMean)
              + " dari 5.");
    }
    return new Report(
        PERIODIC_TITLE,
        List.of(
            new KeyFigure("IKM " + year, Outcomes.fmt(current), "indeks"),
            new KeyFigure("IKM " + (year - 1), Outcomes.fmt(previous), "indeks"),
            new KeyFigure("Perubahan", Outcomes.fmt(diff), "poin"),
            new KeyFigure("Nilai etika pelayanan", Outcomes.fmt(ethicsMean), "dari 5")),
        List.of(
            new Table(
                "Respon masyarakat per unit kerja",
                List.of("Unit kerja", "IKM " + (year - 1), "IKM " + year, "Perubahan"),
                unitRows)),
        List.of(
            new Chart(
                ChartKind.LINE,
                "IKM rata-rata per tahun",
                years,
                List.of(new Series("IKM", means)))),
        narrative);
  }

  private Report participation(Outcomes outcomes) {
    // unit -> {enrolments, completed}
    Map<String, long[]> units = new TreeMap<>();
    for (EnrolmentRow row : outcomes.enrolments()) {
      long[] u = units.computeIfAbsent(Outcomes.unit(row.unitKerja()), k -> new long[2]);
      u[0]++;
      u[1] += row.completed() ? 1 : 0;
    }
    Map<String, String> latestPeriod = new TreeMap<>();
    Map<String, Double> headcount = new TreeMap<>();
    for (IndicatorRow row : outcomes.indicators()) {
      if (!HEADCOUNT.equalsIgnoreCase(String.valueOf(row.indicator()).trim())) {
        continue;
      }
      String unit = Outcomes.unit(row.unitKerja());
      String period = String.valueOf(row.period());
      units.computeIfAbsent(unit, k -> new long[2]); // a unit nobody enrolled from still counts
      if (!latestPeriod.containsKey(unit) || period.compareTo(latestPeriod.get(unit)) > 0) {
        latestPeriod.put(unit, period);
        headcount.put(unit, row.value());
      }
    }
    if (units.isEmpty()) {
      return new Report(
          PARTICIPATION_TITLE,
          List.of(),
          List.of(),
          List.of(),
          List.of("Belum ada data peserta pembinaan untuk pilihan ini."));
    }
    Map<String, long[]> presence = new TreeMap<>();
    for (AttendanceRow row : outcomes.attendance()) {
      long[] p = presence.computeIfAbsent(Outcomes.unit(row.unitKerja()), k -> new long[2]);
      p[0]++;
      p[1] += row.present() ? 1 : 0;
    }
    Map<String, Double> rates = new TreeMap<>();
    units.forEach(
        (unit, u) -> {
          Double staff = headcount.get(unit);
          if (staff != null && staff > 0) {
            rates.put(unit, 100.0 * u[0] / staff);
          }
        });
    Double average = Outcomes.mean(rates.values());
    List<List<String>> rows = new ArrayList<>();
    List<String> below = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<Double> chart = new ArrayList<>();
    long enrolled = 0;
    for (Map.Entry<String, long[]> e : units.entrySet()) {
      String unit = e.getKey();
      long[] u = e.getValue();
      long[] p = presence.getOrDefault(unit, new long[2]);
      Double rate = rates.get(unit);
      boolean isBelow = rate != null && average != null && rate < average;
      if (isBelow) {
        below.add(unit);
      }
      if (rate == null) {
        missing.add(unit);
      }
      enrolled += u[0];
      Double staff = headcount.get(unit);
      rows.add(
          List.of(
              unit,
              staff == null ? "–" : String.valueOf(Math.round(staff)),
              String.valueOf(u[0]),
              String.valueOf(u[1]),
              Outcomes.fmt(rate),
              Outcomes.fmt(Outcomes.percent(p[1], p[0])),
              isBelow ? "Di bawah rata-rata" : ""));
      chart.add(Outcomes.chartValue(rate));
    }
    List<String> narrative = new ArrayList<>();
    narrative.add(
        average == null
            ? "Jumlah ASN per unit kerja (indikator "
                + HEADCOUNT
                + ") belum tersedia, sehingga tingkat partisipasi belum dapat dihitung."
            : "Rata-rata tingkat partisipasi antarunit " + Outcomes.fmt(average) + "%.");
    if (!below.isEmpty()) {
      narrative.add(
          "Unit di bawah rata-rata, perlu sosialisasi agar semua pegawai mendapat kesempatan yang sama: "
              + String.join(", ", below)
              + ".");
    }
    if (average != null && !missing.isEmpty()) {
      narrative.add("Tanpa data jumlah ASN: " + String.join(", ", missing) + ".");
    }
    return new Report(
        PARTICIPATION_TITLE,
        List.of(
            new KeyFigure("Peserta pembinaan", String.valueOf(enrolled), "orang"),
            new KeyFigure("Rata-rata partisipasi unit", Outcomes.fmt(average), "%"),
            new KeyFigure("Unit di bawah rata-rata", String.valueOf(below.size()), "unit")),
        List.of(
            new Table(
                "Partisipasi per unit kerja",
                List.of(
                    "Unit kerja",
                    "Jumlah ASN",
                    "Peserta",
                    "Tuntas",
                    "Partisipasi (%)",
                    "Kehadiran (%)",
                    "Catatan"),
                rows)),
        List.of(
            new Chart(
                ChartKind.BAR,
                "Tingkat partisipasi per unit kerja (%)",
                List.copyOf(units.keySet()),
                List.of(new Series("Partisipasi (%)", chart)))),
        narrative);
  }
}
