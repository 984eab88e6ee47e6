package org.latih.plugin.kupang;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.latih.plugin.support.Presence;
import org.latih.plugin.support.Texts;
import org.pf4j.Extension;

/** Kupang's reports: how training is delivered, and what it changed and what people ask for. */
@Extension
public class KupangReports implements Reports {

  static final String DELIVERY = "bauran-metode";
  static final String IMPACT = "dampak-dan-kebutuhan-materi";

  /** The delivery modes attendance records name, in the order the report lists them. */
  private static final List<String> MODES =
      List.of("classroom", "workshop", "e-learning", "webinar");

  @Override
  public List<ReportDefinition> reports() {
    return reports(Texts.INDONESIAN);
  }

  @Override
  public List<ReportDefinition> reports(String language) {
    Texts texts = Texts.of(KupangReports.class, language);
    return List.of(
        new ReportDefinition(
            DELIVERY, texts.get("delivery.title"), texts.get("delivery.description")),
        new ReportDefinition(IMPACT, texts.get("impact.title"), texts.get("impact.description")));
  }

  @Override
  public Report build(String reportId, ReportRequest request, OutcomeView view) {
    Outcomes outcomes = new Outcomes(request, view);
    Texts texts = Texts.of(KupangReports.class, request);
    if (DELIVERY.equals(reportId)) {
      return delivery(outcomes, texts);
    }
    if (IMPACT.equals(reportId)) {
      return impact(outcomes, texts);
    }
    throw new IllegalArgumentException(
        "Laporan '" + reportId + "' tidak ada; tersedia: " + DELIVERY + ", " + IMPACT);
  }

  private Report delivery(Outcomes outcomes, Texts texts) {
    String title = texts.get("delivery.title");
    List<AttendanceRow> rows = outcomes.attendance();
    if (rows.isEmpty()) {
      return new Report(
          title, List.of(), List.of(), List.of(), List.of(texts.get("delivery.noData")));
    }
    Map<String, Mode> perMode = modes(rows, texts);
    List<List<String>> table = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    long present = 0;
    int totalSessions = 0;
    for (Map.Entry<String, Mode> e : perMode.entrySet()) {
      Mode m = e.getValue();
      totalSessions += m.sessions.size();
      present += m.presence.present();
      Double share = Outcomes.percent(m.presence.records(), rows.size());
      table.add(
          List.of(
              e.getKey(),
              String.valueOf(m.sessions.size()),
              String.valueOf(m.presence.records()),
              String.valueOf(m.presence.present()),
              texts.decimal(m.presence.rate()),
              texts.decimal(share)));
      if (m.presence.records() > 0) {
        labels.add(e.getKey());
        shares.add(Outcomes.chartValue(share));
      }
    }
    return new Report(
        title,
        List.of(
            new KeyFigure(
                texts.get("delivery.figure.sessions"),
                String.valueOf(totalSessions),
                texts.get("delivery.unit.sessions")),
            new KeyFigure(
                texts.get("delivery.figure.attendanceRate"),
                texts.decimal(Outcomes.percent(present, rows.size())),
                "%"),
            new KeyFigure(
                texts.get("delivery.figure.modes"),
                String.valueOf(labels.size()),
                texts.get("delivery.unit.modes"))),
        List.of(
            new Table(
                texts.get("delivery.table"),
                List.of(
                    texts.get("delivery.column.mode"),
                    texts.get("delivery.column.sessions"),
                    texts.get("delivery.column.records"),
                    texts.get("delivery.column.present"),
                    texts.get("delivery.column.attendancePercent"),
                    texts.get("delivery.column.sharePercent")),
                table)),
        List.of(
            new Chart(
                ChartKind.PIE,
                texts.get("delivery.chart"),
                labels,
                List.of(new Series(texts.get("delivery.column.sharePercent"), shares)))),
        List.of(texts.get("delivery.narrative", rows.size(), present, String.join(", ", labels))));
  }

  /** The attendance by delivery mode's label: the known modes in their order, then any other. */
  private static Map<String, Mode> modes(List<AttendanceRow> rows, Texts texts) {
    Map<String, Mode> perMode = new LinkedHashMap<>();
    for (String mode : MODES) {
      perMode.put(texts.get("mode." + mode), new Mode());
    }
    for (AttendanceRow row : rows) {
      String mode =
          row.deliveryMode() == null ? "" : row.deliveryMode().trim().toLowerCase(Locale.ROOT);
      String label = texts.get(MODES.contains(mode) ? "mode." + mode : "mode.other");
      perMode.computeIfAbsent(label, k -> new Mode()).count(row);
    }
    return perMode;
  }

  /** One delivery mode's attendance and its distinct sessions. */
  private static final class Mode {
    private final Set<String> sessions = new HashSet<>();
    private final Presence presence = new Presence();

    void count(AttendanceRow row) {
      sessions.add(row.course() + "|" + row.cohort() + "|" + row.session());
      presence.count(row);
    }
  }

  private Report impact(Outcomes outcomes, Texts texts) {
    String title = texts.get("impact.title");
    List<ResponseRow> followUps = outcomes.responses(KupangForms.IMPACT);
    List<ResponseRow> surveys = outcomes.responses(KupangForms.SURVEY);
    if (followUps.isEmpty() && surveys.isEmpty()) {
      return new Report(
          title, List.of(), List.of(), List.of(), List.of(texts.get("impact.noData")));
    }
    List<List<String>> skillRows = new ArrayList<>();
    List<String> skillLabels = new ArrayList<>();
    List<Double> skillMeans = new ArrayList<>();
    for (List<String> skill : KupangForms.SOFT_SKILLS) {
      List<Double> values =
          followUps.stream().map(r -> Outcomes.number(r.answers(), skill.get(0))).toList();
      Double mean = Outcomes.mean(values);
      String label = texts.get("skill." + skill.get(0));
      skillRows.add(
          List.of(
              label,
              String.valueOf(values.stream().filter(v -> v != null).count()),
              texts.decimal(mean)));
      skillLabels.add(label);
      skillMeans.add(Outcomes.chartValue(mean));
    }
    long answeredChange = 0;
    long improved = 0;
    for (ResponseRow r : followUps) {
      String change = Outcomes.text(r.answers(), KupangForms.CHANGE);
      if (change != null) {
        answeredChange++;
        improved += change.toLowerCase(Locale.ROOT).contains("meningkat") ? 1 : 0;
      }
    }
    List<Map.Entry<String, Long>> ranked = rankedTopics(surveys);
    List<List<String>> topicRows = new ArrayList<>();
    for (Map.Entry<String, Long> e : ranked) {
      topicRows.add(
          List.of(
              e.getKey(),
              String.valueOf(e.getValue()),
              texts.decimal(Outcomes.percent(e.getValue(), surveys.size()))));
    }
    Double improvedRate = Outcomes.percent(improved, answeredChange);
    List<String> narrative = new ArrayList<>();
    narrative.add(
        followUps.isEmpty()
            ? texts.get("impact.narrative.noFollowUp")
            : texts.get("impact.narrative.improved", improved, answeredChange, improvedRate));
    narrative.add(
        ranked.isEmpty()
            ? texts.get("impact.narrative.noTopics")
            : texts.get(
                "impact.narrative.topTopic",
                ranked.get(0).getKey(),
                ranked.get(0).getValue(),
                surveys.size()));
    return new Report(
        title,
        List.of(
            new KeyFigure(
                texts.get("impact.figure.followUps"),
                String.valueOf(followUps.size()),
                texts.get("impact.unit.followUps")),
            new KeyFigure(texts.get("impact.figure.improved"), texts.decimal(improvedRate), "%"),
            new KeyFigure(
                texts.get("impact.figure.surveys"),
                String.valueOf(surveys.size()),
                texts.get("impact.unit.surveys"))),
        List.of(
            new Table(
                texts.get("impact.table.skills"),
                List.of(
                    texts.get("impact.column.skill"),
                    texts.get("impact.column.answers"),
                    texts.get("impact.column.mean")),
                skillRows),
            new Table(
                texts.get("impact.table.topics"),
                List.of(
                    texts.get("impact.column.topic"),
                    texts.get("impact.column.askedBy"),
                    texts.get("impact.column.askedByPercent")),
                topicRows)),
        List.of(
            new Chart(
                ChartKind.BAR,
                texts.get("impact.chart.skills"),
                skillLabels,
                List.of(new Series(texts.get("impact.column.mean"), skillMeans))),
            new Chart(
                ChartKind.BAR,
                texts.get("impact.chart.topics"),
                ranked.stream().map(Map.Entry::getKey).toList(),
                List.of(
                    new Series(
                        texts.get("impact.column.askedBy"),
                        ranked.stream().map(e -> (double) e.getValue()).toList())))),
        narrative);
  }

  /** The topics the surveys asked for, with how many asked: most asked first, then by name. */
  private static List<Map.Entry<String, Long>> rankedTopics(List<ResponseRow> surveys) {
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
    return ranked;
  }
}
