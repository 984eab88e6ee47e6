package org.latih.plugin.kupang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.latih.api.reports.AttendanceRow;
import org.latih.api.reports.Chart;
import org.latih.api.reports.ChartKind;
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

/** Kupang's reports: how training is delivered, and what it changed and what people ask for. */
@Extension
public class KupangReports implements Reports {

  static final String DELIVERY = "bauran-metode";
  static final String IMPACT = "dampak-dan-kebutuhan-materi";
  private static final String DELIVERY_TITLE = "Bauran Metode Pelatihan";
  private static final String IMPACT_TITLE = "Dampak Jangka Panjang dan Kebutuhan Materi";
  private static final Map<String, String> MODES = new LinkedHashMap<>();

  static {
    MODES.put("classroom", "Kelas");
    MODES.put("workshop", "Workshop");
    MODES.put("e-learning", "E-learning");
    MODES.put("webinar", "Webinar");
  }

  @Override
  public List<ReportDefinition> reports() {
    return List.of(
        new ReportDefinition(
            DELIVERY,
            DELIVERY_TITLE,
            "Sesi, catatan kehadiran dan tingkat kehadiran per metode: kelas, workshop, e-learning, webinar."),
        new ReportDefinition(
            IMPACT,
            IMPACT_TITLE,
            "Penilaian atasan 90 hari setelah pelatihan atas soft skills dan kinerja, serta materi spesifik yang paling banyak diminta peserta."));
  }

  @Override
  public Report build(String reportId, ReportRequest request, OutcomeView view) {
    Outcomes outcomes = new Outcomes(request, view);
    if (DELIVERY.equals(reportId)) {
      return delivery(outcomes);
    }
    if (IMPACT.equals(reportId)) {
      return impact(outcomes);
    }
    throw new IllegalArgumentException(
        "Laporan '" + reportId + "' tidak ada; tersedia: " + DELIVERY + ", " + IMPACT);
  }

  private Report delivery(Outcomes outcomes) {
    List<AttendanceRow> rows = outcomes.attendance();
    if (rows.isEmpty()) {
      return new Report(
          DELIVERY_TITLE,
          List.of(),
          List.of(),
          List.of(),
          List.of("Belum ada data kehadiran untuk pilihan ini."));
    }
    Map<String, long[]> perMode = new LinkedHashMap<>(); // label -> {records, present}
    Map<String, java.util.Set<String>> sessions = new LinkedHashMap<>();
    for (String label : MODES.values()) {
      perMode.put(label, new long[2]);
      sessions.put(label, new java.util.HashSet<>());
    }
    for (AttendanceRow row : rows) {
      String mode =
          row.deliveryMode() == null ? "" : row.deliveryMode().trim().toLowerCase(Locale.ROOT);
      String label = MODES.getOrDefault(mode, "Lainnya");
      perMode.computeIfAbsent(label, k -> new long[2]);
      sessions
          .computeIfAbsent(label, k -> new java.util.HashSet<>())
          .add(row.course() + "|" + row.cohort() + "|" + row.session());
      long[] m = perMode.get(label);
      m[0]++;
      m[1] += row.present() ? 1 : 0;
    }
    List<List<String>> table = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    long present = 0;
    int totalSessions = 0;
    for (Map.Entry<String, long[]> e : perMode.entrySet()) {
      long[] m = e.getValue();
      int s = sessions.get(e.getKey()).size();
      totalSessions += s;
      present += m[1];
      table.add(
          List.of(
              e.getKey(),
              String.valueOf(s),
              String.valueOf(m[0]),
              String.valueOf(m[1]),
              Outcomes.fmt(Outcomes.percent(m[1], m[0])),
              Outcomes.fmt(Outcomes.percent(m[0], rows.size()))));
      if (m[0] > 0) {
        labels.add(e.getKey());
        shares.add(Outcomes.chartValue(Outcomes.percent(m[0], rows.size())));
      }
    }
    return new Report(
        DELIVERY_TITLE,
        List.of(
            new KeyFigure("Sesi", String.valueOf(totalSessions), "sesi"),
            new KeyFigure(
                "Tingkat kehadiran", Outcomes.fmt(Outcomes.percent(present, rows.size())), "%"),
            new KeyFigure("Metode dipakai", String.valueOf(labels.size()), "metode")),
        List.of(
            new Table(
                "Kehadiran per metode",
                List.of(
                    "Metode", "Sesi", "Catatan kehadiran", "Hadir", "Kehadiran (%)", "Porsi (%)"),
                table)),
        List.of(
            new Chart(
                ChartKind.PIE,
                "Porsi catatan kehadiran per metode (%)",
                labels,
                List.of(new Series("Porsi (%)", shares)))),
        List.of(
            "Dari "
                + rows.size()
                + " catatan kehadiran, "
                + present
                + " hadir; metode dipakai: "
                + String.join(", ", labels)
                + "."));
  }

  private Report impact(Outcomes outcomes) {
    List<ResponseRow> followUps = outcomes.responses(KupangForms.IMPACT);
    List<ResponseRow> surveys = outcomes.responses(KupangForms.SURVEY);
    if (followUps.isEmpty() && surveys.isEmpty()) {
      return new Report(
          IMPACT_TITLE,
          List.of(),
          List.of(),
          List.of(),
          List.of("Belum ada data tindak lanjut maupun survei peserta untuk pilihan ini."));
    }
    List<List<String>> skillRows = new ArrayList<>();
    List<String> skillLabels = new ArrayList<>();
    List<Double> skillMeans = new ArrayList<>();
    for (List<String> skill : KupangForms.SOFT_SKILLS) {
      List<Double> values =
          followUps.stream().map(r -> Outcomes.number(r.answers(), skill.get(0))).toList();
      Double mean = Outcomes.mean(values);
      skillRows.add(
          List.of(
              skill.get(1),
              String.valueOf(values.stream().filter(v -> v != null).count()),
              Outcomes.fmt(mean)));
      skillLabels.add(skill.get(1));
      skillMeans.add(Outcomes.chartValue(mean));
    }
    long answeredChange = 0, improved = 0;
    for (ResponseRow r : followUps) {
      String change = Outcomes.text(r.answers(), KupangForms.CHANGE);
      if (change != null) {
        answeredChange++;
        improved += change.toLowerCase(Locale.ROOT).contains("meningkat") ? 1 : 0;
      }
    }
    Map<String, Long> topics = new LinkedHashMap<>();
    for (ResponseRow r : surveys) {
      for (String topic : Outcomes.choices(r.answers(), KupangForms.REQUESTED_TOPICS)) {
        topics.merge(topic, 1L, Long::sum);
      }
    }
    List<Map.Entry<String, Long>> ranked = new ArrayList<>(topics.entrySet());
    ranked.sort(
        Map.Entry.<String, Long>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    List<List<String>> topicRows = new ArrayList<>();
    for (Map.Entry<String, Long> e : ranked) {
      topicRows.add(
          List.of(
              e.getKey(),
              String.valueOf(e.getValue()),
              Outcomes.fmt(Outcomes.percent(e.getValue(), surveys.size()))));
    }
    Double improvedRate = Outcomes.percent(improved, answeredChange);
    List<String> narrative = new ArrayList<>();
    narrative.add(
        followUps.isEmpty()
            ? "Belum ada penilaian dampak jangka panjang dari atasan."
            : improved
                + " dari "
                + answeredChange
                + " pegawai dinilai atasannya meningkat kinerjanya 90 hari setelah pelatihan ("
                + Outcomes.fmt(improvedRate)
                + "%).");
    narrative.add(
        ranked.isEmpty()
            ? "Belum ada permintaan materi spesifik dari peserta."
            : "Materi yang paling banyak diminta: "
                + ranked.get(0).getKey()
                + " ("
                + ranked.get(0).getValue()
                + " dari "
                + surveys.size()
                + " peserta).");
    return new Report(
        IMPACT_TITLE,
        List.of(
            new KeyFigure("Penilaian dampak", String.valueOf(followUps.size()), "penilaian"),
            new KeyFigure("Kinerja meningkat", Outcomes.fmt(improvedRate), "%"),
            new KeyFigure("Survei peserta", String.valueOf(surveys.size()), "jawaban")),
        List.of(
            new Table(
                "Soft skills menurut atasan (skala 1-5)",
                List.of("Soft skill", "Jawaban", "Rata-rata"),
                skillRows),
            new Table(
                "Materi spesifik yang diminta",
                List.of("Materi", "Peminta", "Peminta (%)"),
                topicRows)),
        List.of(
            new Chart(
                ChartKind.BAR,
                "Soft skills 90 hari setelah pelatihan (1-5)",
                skillLabels,
                List.of(new Series("Rata-rata", skillMeans))),
            new Chart(
                ChartKind.BAR,
                "Materi yang diminta",
                ranked.stream().map(Map.Entry::getKey).toList(),
                List.of(
                    new Series(
                        "Peminta", ranked.stream().map(e -> (double) e.getValue()).toList())))),
        narrative);
  }
}
