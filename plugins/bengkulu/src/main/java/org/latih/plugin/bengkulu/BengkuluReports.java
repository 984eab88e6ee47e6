package org.latih.plugin.bengkulu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
import org.latih.api.reports.ScoreRow;
import org.latih.api.reports.Series;
import org.latih.api.reports.Table;
import org.latih.plugin.support.Outcomes;
import org.pf4j.Extension;

/** Bengkulu's reports: exam results with pace feedback, and face-to-face against online. */
@Extension
public class BengkuluReports implements Reports {

  static final String EXAMS = "hasil-ujian-dan-umpan-balik";
  static final String DELIVERY = "tatap-muka-dan-online";

  /** Post-test score, in percent, from which a participant passes. */
  static final double PASS_MARK = 70;

  /** Share of "too fast" answers above which the report advises slowing down. */
  static final double TOO_FAST_ALERT = 30;

  static final String FACE_TO_FACE = "Tatap muka";
  static final String ONLINE = "Online";
  private static final String EXAMS_TITLE = "Hasil Ujian Pascapelatihan dan Umpan Balik Peserta";
  private static final String DELIVERY_TITLE = "Perbandingan Pelatihan Tatap Muka dan Online";

  @Override
  public List<ReportDefinition> reports() {
    return List.of(
        new ReportDefinition(
            EXAMS,
            EXAMS_TITLE,
            "Nilai pre-test dan post-test, kenaikan dan kelulusan per pelatihan, serta porsi peserta yang menilai tempo terlalu cepat."),
        new ReportDefinition(
            DELIVERY,
            DELIVERY_TITLE,
            "Kehadiran dan hasil ujian pelatihan tatap muka (kelas, workshop) dibanding online (webinar, e-learning), serta sesi dengan kehadiran terendah."));
  }

  @Override
  public Report build(String reportId, ReportRequest request, OutcomeView view) {
    Outcomes outcomes = new Outcomes(request, view);
    if (EXAMS.equals(reportId)) {
      return exams(outcomes);
    }
    if (DELIVERY.equals(reportId)) {
      return delivery(outcomes);
    }
    throw new IllegalArgumentException(
        "Laporan '" + reportId + "' tidak ada; tersedia: " + EXAMS + ", " + DELIVERY);
  }

  private Report exams(Outcomes outcomes) {
    List<ScoreRow> scores = outcomes.testScores();
    List<ResponseRow> feedback = outcomes.responses(BengkuluForms.FEEDBACK);
    if (scores.isEmpty() && feedback.isEmpty()) {
      return new Report(
          EXAMS_TITLE,
          List.of(),
          List.of(),
          List.of(),
          List.of("Belum ada nilai ujian maupun umpan balik peserta untuk pilihan ini."));
    }
    Map<String, List<ScoreRow>> perCourse = new TreeMap<>();
    scores.forEach(
        s -> perCourse.computeIfAbsent(String.valueOf(s.course()), k -> new ArrayList<>()).add(s));
    Map<String, long[]> pace = new HashMap<>(); // course -> {answers, too fast}
    for (ResponseRow r : feedback) {
      String answer = Outcomes.text(r.answers(), BengkuluForms.PACE);
      if (answer != null) {
        long[] p = pace.computeIfAbsent(String.valueOf(r.course()), k -> new long[2]);
        p[0]++;
        p[1] += BengkuluForms.PACE_TOO_FAST.equalsIgnoreCase(answer) ? 1 : 0;
        perCourse.computeIfAbsent(String.valueOf(r.course()), k -> new ArrayList<>());
      }
    }
    List<List<String>> rows = new ArrayList<>();
    List<Double> preSeries = new ArrayList<>(), postSeries = new ArrayList<>();
    List<String> tooFastCourses = new ArrayList<>();
    for (Map.Entry<String, List<ScoreRow>> e : perCourse.entrySet()) {
      Stats s = new Stats(e.getValue());
      long[] p = pace.getOrDefault(e.getKey(), new long[2]);
      Double tooFast = Outcomes.percent(p[1], p[0]);
      if (tooFast != null && tooFast > TOO_FAST_ALERT) {
        tooFastCourses.add(e.getKey());
      }
      rows.add(
          List.of(
              e.getKey(),
              String.valueOf(s.withPost),
              Outcomes.fmt(s.pre),
              Outcomes.fmt(s.post),
              Outcomes.fmt(s.gain),
              Outcomes.fmt(s.passRate),
              Outcomes.fmt(tooFast)));
      preSeries.add(Outcomes.chartValue(s.pre));
      postSeries.add(Outcomes.chartValue(s.post));
    }
    Stats all = new Stats(scores);
    long paceAnswers = pace.values().stream().mapToLong(p -> p[0]).sum();
    long tooFastAll = pace.values().stream().mapToLong(p -> p[1]).sum();
    List<String> narrative = new ArrayList<>();
    narrative.add(
        all.withPost == 0
            ? "Belum ada nilai post-test."
            : all.passed
                + " dari "
                + all.withPost
                + " peserta lulus ujian (nilai post-test minimal "
                + Outcomes.fmt(PASS_MARK)
                + ").");
    if (all.gain != null) {
      narrative.add(
          "Kenaikan rata-rata dari pre-test ke post-test "
              + Outcomes.fmt(all.gain)
              + " poin ("
              + all.paired
              + " peserta dengan kedua nilai).");
    }
    narrative.add(
        tooFastCourses.isEmpty()
            ? "Tidak ada pelatihan yang dinilai terlalu cepat oleh lebih dari "
                + Outcomes.fmt(TOO_FAST_ALERT)
                + "% peserta."
            : "Lebih dari "
                + Outcomes.fmt(TOO_FAST_ALERT)
                + "% peserta menilai tempo terlalu cepat pada: "
                + String.join(", ", tooFastCourses)
                + ". Pertimbangkan memperlambat tempo atau menambah sesi.");
    return new Report(
        EXAMS_TITLE,
        List.of(
            new KeyFigure("Peserta dengan nilai post-test", String.valueOf(all.withPost), "orang"),
            new KeyFigure("Rata-rata pre-test", Outcomes.fmt(all.pre), "%"),
            new KeyFigure("Rata-rata post-test", Outcomes.fmt(all.post), "%"),
            new KeyFigure("Kenaikan rata-rata", Outcomes.fmt(all.gain), "poin"),
            new KeyFigure("Tingkat kelulusan", Outcomes.fmt(all.passRate), "%"),
            new KeyFigure(
                "Tempo terlalu cepat",
                Outcomes.fmt(Outcomes.percent(tooFastAll, paceAnswers)),
                "%")),
        List.of(
            new Table(
                "Hasil ujian per pelatihan",
                List.of(
                    "Pelatihan",
                    "Peserta",
                    "Pre-test",
                    "Post-test",
                    "Kenaikan",
                    "Lulus (%)",
                    "Terlalu cepat (%)"),
                rows)),
        List.of(
            new Chart(
                ChartKind.BAR,
                "Rata-rata nilai pre-test dan post-test (%)",
                List.copyOf(perCourse.keySet()),
                List.of(new Series("Pre-test", preSeries), new Series("Post-test", postSeries)))),
        narrative);
  }

  /** Face-to-face or online for an attendance mode; null when the mode is unknown. */
  static String group(String deliveryMode) {
    String mode = deliveryMode == null ? "" : deliveryMode.trim().toLowerCase(Locale.ROOT);
    return switch (mode) {
      case "classroom", "workshop" -> FACE_TO_FACE;
      case "webinar", "e-learning" -> ONLINE;
      default -> null;
    };
  }

  /**
   * Scores count for the group in which their course and cohort held most attendance records; a
   * cohort without attendance is left out of the comparison.
   */
  private Report delivery(Outcomes outcomes) {
    List<AttendanceRow> attendance = outcomes.attendance();
    if (attendance.isEmpty()) {
      return new Report(
          DELIVERY_TITLE,
          List.of(),
          List.of(),
          List.of(),
          List.of("Belum ada data kehadiran untuk pilihan ini."));
    }
    Map<String, long[]> perGroup = new LinkedHashMap<>(); // group -> {records, present}
    perGroup.put(FACE_TO_FACE, new long[2]);
    perGroup.put(ONLINE, new long[2]);
    Map<String, Map<String, Integer>> cohortModes = new HashMap<>();
    Map<String, long[]> perSession = new TreeMap<>();
    long records = 0, present = 0;
    for (AttendanceRow row : attendance) {
      records++;
      present += row.present() ? 1 : 0;
      String label = row.course() + " / " + row.cohort() + " / " + row.session();
      long[] s = perSession.computeIfAbsent(label, k -> new long[2]);
      s[0]++;
      s[1] += row.present() ? 1 : 0;
      String group = group(row.deliveryMode());
      if (group == null) {
        continue;
      }
      long[] g = perGroup.get(group);
      g[0]++;
      g[1] += row.present() ? 1 : 0;
      cohortModes
          .computeIfAbsent(row.course() + "|" + row.cohort(), k -> new HashMap<>())
          .merge(group, 1, Integer::sum);
    }
    Map<String, List<ScoreRow>> scores = new HashMap<>();
    for (ScoreRow s : outcomes.testScores()) {
      Map<String, Integer> modes = cohortModes.get(s.course() + "|" + s.cohort());
      if (modes != null) {
        String group = modes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        scores.computeIfAbsent(group, k -> new ArrayList<>()).add(s);
      }
    }
    List<List<String>> rows = new ArrayList<>();
    List<Double> attendanceSeries = new ArrayList<>(), postSeries = new ArrayList<>();
    for (Map.Entry<String, long[]> e : perGroup.entrySet()) {
      long[] g = e.getValue();
      Stats s = new Stats(scores.getOrDefault(e.getKey(), List.of()));
      Double rate = Outcomes.percent(g[1], g[0]);
      rows.add(
          List.of(
              e.getKey(),
              String.valueOf(g[0]),
              String.valueOf(g[1]),
              Outcomes.fmt(rate),
              String.valueOf(s.withPost),
              Outcomes.fmt(s.post),
              Outcomes.fmt(s.gain)));
      attendanceSeries.add(Outcomes.chartValue(rate));
      postSeries.add(Outcomes.chartValue(s.post));
    }
    List<Map.Entry<String, long[]>> sessions = new ArrayList<>(perSession.entrySet());
    sessions.sort(
        (a, b) ->
            Double.compare(
                Outcomes.percent(a.getValue()[1], a.getValue()[0]),
                Outcomes.percent(b.getValue()[1], b.getValue()[0])));
    List<List<String>> sessionRows = new ArrayList<>();
    for (Map.Entry<String, long[]> e : sessions.subList(0, Math.min(10, sessions.size()))) {
      sessionRows.add(
          List.of(
              e.getKey(),
              String.valueOf(e.getValue()[0]),
              String.valueOf(e.getValue()[1]),
              Outcomes.fmt(Outcomes.percent(e.getValue()[1], e.getValue()[0]))));
    }
    Double overall = Outcomes.percent(present, records);
    long lowSessions = perSession.values().stream().filter(s -> 2 * s[1] < s[0]).count();
    List<String> narrative = new ArrayList<>();
    narrative.add(
        "Tingkat kehadiran keseluruhan "
            + Outcomes.fmt(overall)
            + "% ("
            + present
            + " dari "
            + records
            + " catatan).");
    narrative.add(
        "Kehadiran tatap muka " + rows.get(0).get(3) + "%, online " + rows.get(1).get(3) + "%.");
    if (lowSessions > 0) {
      narrative.add(
          lowSessions
              + " sesi dihadiri kurang dari separuh peserta: perlu upaya meningkatkan kesadaran dan motivasi ASN.");
    }
    return new Report(
        DELIVERY_TITLE,
        List.of(
            new KeyFigure("Tingkat kehadiran", Outcomes.fmt(overall), "%"),
            new KeyFigure("Kehadiran tatap muka", rows.get(0).get(3), "%"),
            new KeyFigure("Kehadiran online", rows.get(1).get(3), "%"),
            new KeyFigure(
                "Sesi dengan kehadiran di bawah 50%", String.valueOf(lowSessions), "sesi")),
        List.of(
            new Table(
                "Tatap muka dibanding online",
                List.of(
                    "Moda",
                    "Catatan kehadiran",
                    "Hadir",
                    "Kehadiran (%)",
                    "Peserta bernilai",
                    "Rata-rata post-test",
                    "Kenaikan rata-rata"),
                rows),
            new Table(
                "Sesi dengan kehadiran terendah",
                List.of("Sesi", "Peserta", "Hadir", "Kehadiran (%)"),
                sessionRows)),
        List.of(
            new Chart(
                ChartKind.BAR,
                "Tatap muka dibanding online",
                List.of(FACE_TO_FACE, ONLINE),
                List.of(
                    new Series("Kehadiran (%)", attendanceSeries),
                    new Series("Rata-rata post-test", postSeries)))),
        narrative);
  }

  /** Means, gain and pass rate of a group of score rows; missing scores are skipped. */
  private static final class Stats {
    final Double pre;
    final Double post;
    final Double gain;
    final Double passRate;
    final long withPost;
    final long passed;
    final long paired;

    Stats(List<ScoreRow> rows) {
      List<Double> pres = new ArrayList<>(), posts = new ArrayList<>(), gains = new ArrayList<>();
      long pass = 0;
      for (ScoreRow r : rows) {
        pres.add(r.pre());
        posts.add(r.post());
        if (r.pre() != null && r.post() != null) {
          gains.add(r.post() - r.pre());
        }
        pass += r.post() != null && r.post() >= PASS_MARK ? 1 : 0;
      }
      pre = Outcomes.mean(pres);
      post = Outcomes.mean(posts);
      gain = Outcomes.mean(gains);
      withPost = posts.stream().filter(v -> v != null).count();
      passed = pass;
      paired = gains.size();
      passRate = Outcomes.percent(passed, withPost);
    }
  }
}
