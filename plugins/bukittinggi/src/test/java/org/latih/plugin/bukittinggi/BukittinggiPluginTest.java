package org.latih.plugin.bukittinggi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.latih.api.forms.Audience;
import org.latih.api.forms.FormDefinition;
import org.latih.api.forms.TimingKind;
import org.latih.api.reports.KeyFigure;
import org.latih.api.reports.Report;
import org.latih.api.reports.ReportRequest;
import org.latih.plugin.support.Outcomes;
import org.latih.plugin.testing.FakeOutcomes;
import org.latih.plugin.testing.FormRules;
import org.latih.plugin.testing.ReportLanguages;
import org.latih.plugin.testing.ReportRules;

class BukittinggiPluginTest {

  private final BukittinggiReports reports = new BukittinggiReports();

  @Test
  void formsAreValid() {
    List<FormDefinition> forms = new BukittinggiForms().forms();
    FormRules.check(forms);
    FormDefinition performance =
        forms.stream()
            .filter(f -> f.id().equals(BukittinggiForms.PERFORMANCE))
            .findFirst()
            .orElseThrow();
    assertEquals(Audience.SUPERVISOR, performance.audience());
    assertEquals(TimingKind.AFTER_COMPLETION, performance.timing().kind());
    assertEquals(60, performance.timing().daysAfter());
    assertTrue(forms.stream().anyMatch(f -> f.timing().kind() == TimingKind.PER_SESSION));
  }

  @Test
  void participationAndBudgetPerUnit() {
    FakeOutcomes data = participationData();
    Report report =
        reports.build(BukittinggiReports.PARTICIPATION, new ReportRequest(null, 2025), data);
    Map<String, String> figures = figures(report);
    assertEquals("4", figures.get("Peserta"));
    assertEquals("75,0", figures.get("Tingkat penyelesaian")); // 3 of 4
    assertEquals("78", figures.get("JP diperoleh")); // 24 + 24 + 30
    assertEquals("24", figures.get("JP terbuang"));
    assertEquals("66,7", figures.get("Tingkat kehadiran")); // 2 of 3
    assertEquals("3,5", figures.get("Penilaian kinerja oleh atasan"));
    List<List<String>> rows = report.tables().get(0).rows();
    assertEquals(List.of("Bappeda", "1", "1", "100,0", "30", "0", "100,0"), rows.get(0));
    assertEquals(List.of("Dinas Kesehatan", "3", "2", "66,7", "48", "24", "50,0"), rows.get(1));
    assertEquals(List.of(100.0, 66.7), report.charts().get(0).series().get(0).values());
    assertTrue(report.narrative().stream().anyMatch(s -> s.contains("Dinas Kesehatan")));
  }

  @Test
  void courseFilterAndMissingValues() {
    FakeOutcomes data =
        new FakeOutcomes()
            .enrol("pelayanan", "1", null, 2025, true, 10)
            .enrol("proyek", "1", "Bappeda", 2025, true, 30);
    Report report =
        reports.build(BukittinggiReports.PARTICIPATION, new ReportRequest("PELAYANAN", null), data);
    assertEquals("1", figures(report).get("Peserta"));
    assertEquals("–", figures(report).get("Tingkat kehadiran"));
    assertEquals(Outcomes.NO_UNIT, report.tables().get(0).rows().get(0).get(0));
  }

  @Test
  void attendanceOfAUnitWithoutEnrolmentsCountsInTheRegionOnly() {
    FakeOutcomes data =
        new FakeOutcomes()
            .enrol("pelayanan", "1", "Bappeda", 2025, true, 10)
            .attend("pelayanan", "1", "s1", "classroom", "Bappeda", true)
            .attend("pelayanan", "1", "s1", "classroom", "Inspektorat", false);
    Report report =
        reports.build(BukittinggiReports.PARTICIPATION, new ReportRequest(null, 2025), data);
    assertEquals("50,0", figures(report).get("Tingkat kehadiran"));
    List<List<String>> rows = report.tables().get(0).rows();
    assertEquals(List.of(List.of("Bappeda", "1", "1", "100,0", "10", "0", "100,0")), rows);
    assertEquals(List.of("Bappeda"), report.charts().get(0).labels());
  }

  @Test
  void reportsKeepTheRules() {
    ReportRules.check(reports);
  }

  @Test
  void reportsSpeakEnglish() {
    ReportLanguages.checkBundles(BukittinggiReports.class);
    ReportLanguages.check(reports, participationData());
    Report english =
        reports.build(
            BukittinggiReports.PARTICIPATION,
            new ReportRequest(null, 2025, "en"),
            participationData());
    assertEquals("Participation and Training Budget Efficiency", english.title());
    assertEquals("75.0", figures(english).get("Completion rate"));
    assertEquals("Unit kerja (work unit)", english.tables().get(0).columns().get(0));
    assertEquals(
        "3 of 4 participants completed their training (75.0%).", english.narrative().get(0));
  }

  /** Two units in 2025 with unfinished enrolments, attendance and supervisors' ratings. */
  private static FakeOutcomes participationData() {
    return new FakeOutcomes()
        .enrol("pelayanan", "1", "Dinas Kesehatan", 2025, true, 24)
        .enrol("pelayanan", "1", "Dinas Kesehatan", 2025, true, 24)
        .enrol("pelayanan", "1", "Dinas Kesehatan", 2025, false, 24)
        .enrol("proyek", "1", "Bappeda", 2025, true, 30)
        .enrol("proyek", "2", "Bappeda", 2024, false, 30) // other year: filtered out
        .attend("pelayanan", "1", "s1", "classroom", "Dinas Kesehatan", true)
        .attend("pelayanan", "1", "s1", "classroom", "Dinas Kesehatan", false)
        .attend("proyek", "1", "s1", "workshop", "Bappeda", true)
        .attend("proyek", "2", "s1", "workshop", "Bappeda", false) // cohort of 2024
        .respond(
            BukittinggiForms.PERFORMANCE,
            "pelayanan",
            "1",
            "Dinas Kesehatan",
            Map.of("nilai-kinerja", "4"))
        .respond(
            BukittinggiForms.PERFORMANCE, "proyek", "1", "Bappeda", Map.of("nilai-kinerja", "3"));
  }

  private static Map<String, String> figures(Report report) {
    return report.keyFigures().stream()
        .collect(java.util.stream.Collectors.toMap(KeyFigure::label, KeyFigure::value));
  }
}
