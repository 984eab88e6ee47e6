package org.latih.plugin.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.latih.api.reports.Report;
import org.latih.api.reports.ReportRequest;
import org.latih.plugin.testing.FakeOutcomes;
import org.latih.plugin.testing.FormRules;
import org.latih.plugin.testing.ReportLanguages;
import org.latih.plugin.testing.ReportRules;

class TemplatePluginTest {

  private final TemplateReports reports = new TemplateReports();

  @Test
  void formsAreValid() {
    FormRules.check(new TemplateForms().forms());
  }

  @Test
  void summaryCountsParticipantsAndCompletion() {
    FakeOutcomes data = summaryData();
    Report report = reports.build(TemplateReports.SUMMARY, new ReportRequest(null, 2025), data);
    assertEquals("3", report.keyFigures().get(0).value());
    assertEquals("66,7", report.keyFigures().get(1).value()); // 2 of 3
    assertEquals("4,5", report.keyFigures().get(2).value());
    assertEquals(List.of("etika", "2", "1", "50,0"), report.tables().get(0).rows().get(0));
    assertEquals(List.of(50.0, 100.0), report.charts().get(0).series().get(0).values());
  }

  @Test
  void reportsKeepTheRules() {
    ReportRules.check(reports);
  }

  /** An English reader gets every title, heading and sentence in English, the same figures. */
  @Test
  void reportsSpeakEnglish() {
    ReportLanguages.checkBundles(TemplateReports.class);
    ReportLanguages.check(reports, summaryData());
    Report english =
        reports.build(TemplateReports.SUMMARY, new ReportRequest(null, 2025, "en"), summaryData());
    assertEquals("66.7", english.keyFigures().get(1).value());
    assertEquals("Participants per course", english.tables().get(0).title());
  }

  @Test
  void emptyDataHasNoKeyFigures() {
    for (var view : List.of(new FakeOutcomes(), FakeOutcomes.nulls())) {
      assertTrue(reports.build(TemplateReports.SUMMARY, null, view).keyFigures().isEmpty());
    }
  }

  @Test
  void unknownReportNamesTheAvailableOnes() {
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> reports.build("x", null, new FakeOutcomes()));
    assertTrue(e.getMessage().contains(TemplateReports.SUMMARY));
  }

  /** Two courses in 2025 (one enrolment of 2024 filtered out) and two feedback ratings. */
  private static FakeOutcomes summaryData() {
    return new FakeOutcomes()
        .enrol("etika", "A", "Dinas X", 2025, true, 20)
        .enrol("etika", "A", "Dinas X", 2025, false, 20)
        .enrol("waktu", "B", "Dinas Y", 2025, true, 10)
        .enrol("waktu", "B", "Dinas Y", 2024, true, 10)
        .respond(TemplateForms.FEEDBACK, "etika", "A", "Dinas X", Map.of("nilai-keseluruhan", "4"))
        .respond(TemplateForms.FEEDBACK, "etika", "A", "Dinas X", Map.of("nilai-keseluruhan", "5"));
  }
}
