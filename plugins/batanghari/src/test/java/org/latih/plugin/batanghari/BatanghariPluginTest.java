package org.latih.plugin.batanghari;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.latih.api.forms.Audience;
import org.latih.api.forms.FormDefinition;
import org.latih.api.reports.Report;
import org.latih.api.reports.ReportRequest;
import org.latih.plugin.testing.FakeOutcomes;
import org.latih.plugin.testing.FormRules;
import org.latih.plugin.testing.ReportLanguages;
import org.latih.plugin.testing.ReportRules;

class BatanghariPluginTest {

  private final BatanghariReports reports = new BatanghariReports();

  @Test
  void formsAreValid() {
    List<FormDefinition> forms = new BatanghariForms().forms();
    FormRules.check(forms);
    assertEquals(Audience.ORGANISER, find(forms, BatanghariForms.INTERVIEW).audience());
    assertEquals(Audience.SUPERVISOR, find(forms, BatanghariForms.OBSERVATION).audience());
    var aspects =
        find(forms, BatanghariForms.SURVEY).sections().stream()
            .flatMap(s -> s.items().stream())
            .map(i -> i.aspect())
            .distinct()
            .toList();
    assertTrue(aspects.containsAll(List.of("materi", "instruktur", "fasilitas")));
  }

  @Test
  void indicatorsBeforeAndAfterPerUnit() {
    FakeOutcomes data = indicatorData();
    Report report = reports.build(BatanghariReports.PERFORMANCE, null, data);
    List<List<String>> rows = report.tables().get(0).rows();
    assertEquals(1, rows.size());
    // before: 2023 = 40; after: mean(50, 60) = 55, +37,5 %; complaints 20 -> 15, -25 %
    assertEquals(
        List.of("Dinas Dukcapil", "2024", "40,0", "55,0", "37,5", "20,0", "15,0", "-25,0"),
        rows.get(0));
    assertEquals("1", report.keyFigures().get(1).value());
    assertEquals("1", report.keyFigures().get(2).value());
    assertEquals(List.of(20.0), report.charts().get(0).series().get(0).values());
    assertEquals(List.of(15.0), report.charts().get(0).series().get(1).values());
  }

  @Test
  void surveyAspectsAndApplication() {
    FakeOutcomes data = surveyData();
    Report report = reports.build(BatanghariReports.FOLLOW_UP, null, data);
    List<List<String>> aspects = report.tables().get(0).rows();
    assertEquals(List.of("Materi", "3", "4,0"), aspects.get(0));
    assertEquals(List.of("Instruktur", "1", "3,0"), aspects.get(1));
    assertEquals(List.of("Fasilitas", "0", "–"), aspects.get(2)); // "x" is not a number
    assertEquals(
        List.of("Sepenuhnya diterapkan", "2", "50,0"), report.tables().get(1).rows().get(2));
    assertEquals("50,0", report.keyFigures().get(3).value());
    assertTrue(report.narrative().stream().anyMatch(s -> s.contains("Bagian Umum")));
  }

  @Test
  void reportsKeepTheRules() {
    ReportRules.check(reports);
  }

  @Test
  void reportsSpeakEnglish() {
    ReportLanguages.checkBundles(BatanghariReports.class);
    ReportLanguages.check(reports, indicatorData());
    ReportLanguages.check(reports, surveyData());
    Report english =
        reports.build(
            BatanghariReports.FOLLOW_UP, new ReportRequest(null, null, "en"), surveyData());
    assertEquals(List.of("Course content", "3", "4.0"), english.tables().get(0).rows().get(0));
    assertEquals(List.of("Fully applied", "2", "50.0"), english.tables().get(1).rows().get(2));
    assertEquals("Course content rating", english.keyFigures().get(0).label());
  }

  /** A trained unit with indicators before and after, and an untrained one. */
  private static FakeOutcomes indicatorData() {
    return new FakeOutcomes()
        .enrol("pelayanan", "1", "Dinas Dukcapil", 2024, true, 20)
        .enrol("pelayanan", "2", "Dinas Dukcapil", 2025, true, 20)
        .enrol("pelayanan", "2", "Dinas PU", 2025, false, 20) // not completed: no training year
        .indicator("Dinas Dukcapil", "Produktivitas (berkas/hari)", "2023", 40)
        .indicator("Dinas Dukcapil", "Produktivitas (berkas/hari)", "2024-Q1", 50)
        .indicator("Dinas Dukcapil", "Produktivitas (berkas/hari)", "2024-Q2", 60)
        .indicator("Dinas Dukcapil", "Keluhan masyarakat", "2023", 20)
        .indicator("Dinas Dukcapil", "Keluhan masyarakat", "2025", 15)
        .indicator("Dinas Dukcapil", "Kepuasan", "2025", 80) // other indicator: ignored
        .indicator("Dinas PU", "Keluhan masyarakat", "2023", 9);
  }

  /** Two surveys and four supervision reports, one of them asking for mentoring. */
  private static FakeOutcomes surveyData() {
    return new FakeOutcomes()
        .respond(
            BatanghariForms.SURVEY,
            "w",
            "1",
            "A",
            Map.of(
                "materi-sesuai-tugas",
                "4",
                "materi-prosedur-jelas",
                "5",
                "instruktur-menguasai",
                "3"))
        .respond(
            BatanghariForms.SURVEY,
            "w",
            "1",
            "A",
            Map.of("materi-sesuai-tugas", "3", "fasilitas-ruang", "x"))
        .respond(
            BatanghariForms.SUPERVISION,
            "w",
            "1",
            "Bagian Umum",
            Map.of("status-penerapan", "Belum diterapkan", "perlu-pendampingan", "Ya"))
        .respond(
            BatanghariForms.SUPERVISION,
            "w",
            "1",
            "A",
            Map.of("status-penerapan", "Sepenuhnya diterapkan", "perlu-pendampingan", "Tidak"))
        .respond(
            BatanghariForms.SUPERVISION,
            "w",
            "1",
            "A",
            Map.of("status-penerapan", "Sepenuhnya diterapkan"))
        .respond(
            BatanghariForms.SUPERVISION,
            "w",
            "1",
            "A",
            Map.of("status-penerapan", "Sebagian diterapkan"));
  }

  private static FormDefinition find(List<FormDefinition> forms, String id) {
    return forms.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }
}
