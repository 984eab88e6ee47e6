package org.latih.plugin.bengkulu;

import java.util.ArrayList;
import java.util.Comparator;
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
import org.latih.plugin.support.Presence;
import org.latih.plugin.support.Texts;
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

  /** The groups of delivery modes, by the key of their name in the texts. */
  static final String FACE_TO_FACE = "group.faceToFace";

  static final String ONLINE = "group.online";

  @Override
  public List<ReportDefinition> reports() {
    return reports(Texts.INDONESIAN);
  }

  @Override
  public List<ReportDefinition> reports(String language) {
    Texts texts = Texts.of(BengkuluReports.class, language);
    return List.of(
        new ReportDefinition(EXAMS, texts.get("exams.title"), texts.get("exams.description")),
        new ReportDefinition(
            DELIVERY, texts.get("delivery.title"), texts.get("delivery.description")));
  }

  @Override
  public Report build(String reportId, ReportRequest request, OutcomeView view) {
    Outcomes outcomes = new Outcomes(request, view);
    Texts texts = Texts.of(BengkuluReports.class, request);
    if (EXAMS.equals(reportId)) {
      return exams(outcomes, texts);
    }
    if (DELIVERY.equals(reportId)) {
      return delivery(outcomes, texts);
    }
    throw new IllegalArgumentException(
        "Laporan '" + reportId + "' tidak ada; tersedia: " + EXAMS + ", " + DELIVERY);
  }

  private Report exams(Outcomes outcomes, Texts texts) {
    String title = texts.get("exams.title");
    List<ScoreRow> scores = outcomes.testScores();
    List<ResponseRow> feedback = outcomes.responses(BengkuluForms.FEEDBACK);
    if (scores.isEmpty() && feedback.isEmpty()) {
      return new Report(title, List.of(), List.of(), List.of(), List.of(texts.get("exams.noData")));
    }
    Map<String, List<ScoreRow>> perCourse = new TreeMap<>();
    scores.forEach(
        s -> perCourse.computeIfAbsent(String.valueOf(s.course()), k -> new ArrayList<>()).add(s));
    Map<String, Pace> pace = new HashMap<>();
    for (ResponseRow r : feedback) {
      String answer = Outcomes.text(r.answers(), BengkuluForms.PACE);
      if (answer != null) {
        pace.merge(String.valueOf(r.course()), Pace.of(answer), Pace::plus);
        perCourse.computeIfAbsent(String.valueOf(r.course()), k -> new ArrayList<>());
      }
    }
    List<List<String>> rows = new ArrayList<>();
    List<Double> preSeries = new ArrayList<>(), postSeries = new ArrayList<>();
    List<String> tooFastCourses = new ArrayList<>();
    for (Map.Entry<String, List<ScoreRow>> e : perCourse.entrySet()) {
      Stats s = new Stats(e.getValue());
      Double tooFast = pace.getOrDefault(e.getKey(), Pace.NONE).tooFastRate();
      if (tooFast != null && tooFast > TOO_FAST_ALERT) {
        tooFastCourses.add(e.getKey());
      }
      rows.add(
          List.of(
              e.getKey(),
              String.valueOf(s.withPost),
              texts.decimal(s.pre),
              texts.decimal(s.post),
              texts.decimal(s.gain),
              texts.decimal(s.passRate),
              texts.decimal(tooFast)));
      preSeries.add(Outcomes.chartValue(s.pre));
      postSeries.add(Outcomes.chartValue(s.post));
    }
    Stats all = new Stats(scores);
    Pace allPace = pace.values().stream().reduce(Pace.NONE, Pace::plus);
    List<String> narrative = new ArrayList<>();
    narrative.add(
        all.withPost == 0
            ? texts.get("exams.narrative.noPost")
            : texts.get("exams.narrative.passed", all.passed, all.withPost, PASS_MARK));
    if (all.gain != null) {
      narrative.add(texts.get("exams.narrative.gain", all.gain, all.paired));
    }
    narrative.add(
        tooFastCourses.isEmpty()
            ? texts.get("exams.narrative.paceFine", TOO_FAST_ALERT)
            : texts.get(
                "exams.narrative.tooFast", TOO_FAST_ALERT, String.join(", ", tooFastCourses)));
    return new Report(
        title,
        List.of(
            new KeyFigure(
                texts.get("exams.figure.withPost"),
                String.valueOf(all.withPost),
                texts.get("exams.unit.people")),
            new KeyFigure(texts.get("exams.figure.pre"), texts.decimal(all.pre), "%"),
            new KeyFigure(texts.get("exams.figure.post"), texts.decimal(all.post), "%"),
            new KeyFigure(
                texts.get("exams.figure.gain"),
                texts.decimal(all.gain),
                texts.get("exams.unit.points")),
            new KeyFigure(texts.get("exams.figure.passRate"), texts.decimal(all.passRate), "%"),
            new KeyFigure(
                texts.get("exams.figure.tooFast"), texts.decimal(allPace.tooFastRate()), "%")),
        List.of(
            new Table(
                texts.get("exams.table"),
                List.of(
                    texts.get("exams.column.course"),
                    texts.get("exams.column.participants"),
                    texts.get("exams.column.pre"),
                    texts.get("exams.column.post"),
                    texts.get("exams.column.gain"),
                    texts.get("exams.column.passedPercent"),
                    texts.get("exams.column.tooFastPercent")),
                rows)),
        List.of(
            new Chart(
                ChartKind.BAR,
                texts.get("exams.chart"),
                List.copyOf(perCourse.keySet()),
                List.of(
                    new Series(texts.get("exams.column.pre"), preSeries),
                    new Series(texts.get("exams.column.post"), postSeries)))),
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
  private Report delivery(Outcomes outcomes, Texts texts) {
    String title = texts.get("delivery.title");
    if (outcomes.attendance().isEmpty()) {
      return new Report(
          title, List.of(), List.of(), List.of(), List.of(texts.get("delivery.noData")));
    }
    DeliveryTally tally = DeliveryTally.of(outcomes.attendance());
    Map<String, List<ScoreRow>> scores = tally.scoresByGroup(outcomes.testScores());
    List<List<String>> rows = new ArrayList<>();
    List<Double> attendanceSeries = new ArrayList<>();
    List<Double> postSeries = new ArrayList<>();
    tally.groups.forEach(
        (group, presence) -> {
          Stats s = new Stats(scores.getOrDefault(group, List.of()));
          rows.add(
              List.of(
                  texts.get(group),
                  String.valueOf(presence.records()),
                  String.valueOf(presence.present()),
                  texts.decimal(presence.rate()),
                  String.valueOf(s.withPost),
                  texts.decimal(s.post),
                  texts.decimal(s.gain)));
          attendanceSeries.add(Outcomes.chartValue(presence.rate()));
          postSeries.add(Outcomes.chartValue(s.post));
        });
    // sessions where fewer than half were present
    long lowSessions =
        tally.sessions.values().stream().filter(p -> 2 * p.present() < p.records()).count();
    String faceToFace = rows.get(0).get(3);
    String online = rows.get(1).get(3);
    String attendancePercent = texts.get("delivery.column.attendancePercent");
    String meanPost = texts.get("delivery.column.meanPost");
    List<String> narrative = new ArrayList<>();
    narrative.add(
        texts.get(
            "delivery.narrative.overall",
            tally.overall.rate(),
            tally.overall.present(),
            tally.overall.records()));
    narrative.add(texts.get("delivery.narrative.groups", faceToFace, online));
    if (lowSessions > 0) {
      narrative.add(texts.get("delivery.narrative.lowSessions", lowSessions));
    }
    return new Report(
        title,
        List.of(
            new KeyFigure(
                texts.get("delivery.figure.attendanceRate"),
                texts.decimal(tally.overall.rate()),
                "%"),
            new KeyFigure(texts.get("delivery.figure.faceToFace"), faceToFace, "%"),
            new KeyFigure(texts.get("delivery.figure.online"), online, "%"),
            new KeyFigure(
                texts.get("delivery.figure.lowSessions"),
                String.valueOf(lowSessions),
                texts.get("delivery.unit.sessions"))),
        List.of(
            new Table(
                texts.get("delivery.table.groups"),
                List.of(
                    texts.get("delivery.column.group"),
                    texts.get("delivery.column.records"),
                    texts.get("delivery.column.present"),
                    attendancePercent,
                    texts.get("delivery.column.scored"),
                    meanPost,
                    texts.get("delivery.column.meanGain")),
                rows),
            lowestSessions(texts, tally.sessions, attendancePercent)),
        List.of(
            new Chart(
                ChartKind.BAR,
                texts.get("delivery.chart"),
                List.of(texts.get(FACE_TO_FACE), texts.get(ONLINE)),
                List.of(
                    new Series(attendancePercent, attendanceSeries),
                    new Series(meanPost, postSeries)))),
        narrative);
  }

  /** The ten sessions with the lowest attendance rate, lowest first. */
  private static Table lowestSessions(
      Texts texts, Map<String, Presence> sessions, String attendancePercent) {
    List<List<String>> rows =
        sessions.entrySet().stream()
            .sorted(Comparator.comparingDouble(e -> e.getValue().rate()))
            .limit(10)
            .map(
                e ->
                    List.of(
                        e.getKey(),
                        String.valueOf(e.getValue().records()),
                        String.valueOf(e.getValue().present()),
                        texts.decimal(e.getValue().rate())))
            .toList();
    return new Table(
        texts.get("delivery.table.sessions"),
        List.of(
            texts.get("delivery.column.session"),
            texts.get("delivery.column.participants"),
            texts.get("delivery.column.present"),
            attendancePercent),
        rows);
  }

  /**
   * The attendance of a request: overall, per group (face-to-face first, then online), per session
   * (by "course / cohort / session"), and how many records each course's cohort held in each group.
   */
  private static final class DeliveryTally {
    private final Presence overall = new Presence();
    private final Map<String, Presence> groups = new LinkedHashMap<>();
    private final Map<String, Presence> sessions = new TreeMap<>();
    private final Map<String, Map<String, Integer>> cohortModes = new HashMap<>();

    static DeliveryTally of(List<AttendanceRow> attendance) {
      DeliveryTally tally = new DeliveryTally();
      tally.groups.put(FACE_TO_FACE, new Presence());
      tally.groups.put(ONLINE, new Presence());
      attendance.forEach(tally::count);
      return tally;
    }

    private void count(AttendanceRow row) {
      overall.count(row);
      String label = row.course() + " / " + row.cohort() + " / " + row.session();
      sessions.computeIfAbsent(label, k -> new Presence()).count(row);
      String group = group(row.deliveryMode());
      if (group != null) {
        groups.get(group).count(row);
        cohortModes
            .computeIfAbsent(row.course() + "|" + row.cohort(), k -> new HashMap<>())
            .merge(group, 1, Integer::sum);
      }
    }

    /** The scores by the group in which their course's cohort held most records. */
    Map<String, List<ScoreRow>> scoresByGroup(List<ScoreRow> scores) {
      Map<String, List<ScoreRow>> byGroup = new HashMap<>();
      for (ScoreRow s : scores) {
        Map<String, Integer> modes = cohortModes.get(s.course() + "|" + s.cohort());
        if (modes != null) {
          String group = modes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
          byGroup.computeIfAbsent(group, k -> new ArrayList<>()).add(s);
        }
      }
      return byGroup;
    }
  }

  /** Answers to the pace question, and how many of them said too fast. */
  private record Pace(long answers, long tooFast) {

    static final Pace NONE = new Pace(0, 0);

    static Pace of(String answer) {
      return new Pace(1, BengkuluForms.PACE_TOO_FAST.equalsIgnoreCase(answer) ? 1 : 0);
    }

    Pace plus(Pace other) {
      return new Pace(answers + other.answers, tooFast + other.tooFast);
    }

    /** The share that said too fast, in percent; null without answers. */
    Double tooFastRate() {
      return Outcomes.percent(tooFast, answers);
    }
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
