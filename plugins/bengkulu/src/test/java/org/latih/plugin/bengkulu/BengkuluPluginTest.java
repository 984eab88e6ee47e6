package org.latih.plugin.bengkulu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.latih.api.forms.FormDefinition;
import org.latih.api.forms.TimingKind;
import org.latih.api.reports.Report;
import org.latih.api.reports.ReportRequest;
import org.latih.plugin.testing.FakeOutcomes;
import org.latih.plugin.testing.FormRules;
import org.latih.plugin.testing.ReportLanguages;
import org.latih.plugin.testing.ReportRules;

class BengkuluPluginTest {

  private final BengkuluReports reports = new BengkuluReports();

  @Test
  void formsAreValid() {
    List<FormDefinition> forms = new BengkuluForms().forms();
    FormRules.check(forms);
    assertTrue(forms.stream().anyMatch(f -> f.timing().kind() == TimingKind.PER_SESSION));
  }

  @Test
  void examResultsAndPace() {
    FakeOutcomes data = examData();
    Report report = reports.build(BengkuluReports.EXAMS, null, data);
    // pre: mean(40, 60, 50) = 50; post: mean(80, 65, 90) = 78,3; gain: mean(40, 5) = 22,5; pass 2
    // of 3
    assertEquals("3", report.keyFigures().get(0).value());
    assertEquals("50,0", report.keyFigures().get(1).value());
    assertEquals("78,3", report.keyFigures().get(2).value());
    assertEquals("22,5", report.keyFigures().get(3).value());
    assertEquals("66,7", report.keyFigures().get(4).value());
    assertEquals("33,3", report.keyFigures().get(5).value());
    List<List<String>> rows = report.tables().get(0).rows();
    assertEquals(List.of("proyek", "0", "50,0", "–", "–", "–", "0,0"), rows.get(0));
    assertEquals(List.of("sim", "3", "50,0", "78,3", "22,5", "66,7", "50,0"), rows.get(1));
    assertTrue(report.narrative().get(2).contains("sim"));
  }

  @Test
  void faceToFaceAgainstOnline() {
    FakeOutcomes data = deliveryData();
    Report report = reports.build(BengkuluReports.DELIVERY, null, data);
    assertEquals("42,9", report.keyFigures().get(0).value()); // 3 of 7
    assertEquals("66,7", report.keyFigures().get(1).value()); // 2 of 3
    assertEquals("25,0", report.keyFigures().get(2).value()); // 1 of 4
    assertEquals("2", report.keyFigures().get(3).value()); // sim/A/s2 0 of 1, sim/B/s2 0 of 2
    assertEquals(
        List.of("Tatap muka", "3", "2", "66,7", "1", "90,0", "40,0"),
        report.tables().get(0).rows().get(0));
    assertEquals(
        List.of("Online", "4", "1", "25,0", "1", "70,0", "20,0"),
        report.tables().get(0).rows().get(1));
    assertEquals(List.of(66.7, 25.0), report.charts().get(0).series().get(0).values());
    assertEquals(
        List.of(
            List.of("sim / A / s2", "1", "0", "0,0"),
            List.of("sim / B / s2", "2", "0", "0,0"),
            List.of("sim / B / s1", "2", "1", "50,0"),
            List.of("sim / A / s1", "2", "2", "100,0")),
        report.tables().get(1).rows(),
        "lowest attendance first; equal rates in name order");
  }

  @Test
  void reportsKeepTheRules() {
    ReportRules.check(reports);
  }

  @Test
  void reportsSpeakEnglish() {
    ReportLanguages.checkBundles(BengkuluReports.class);
    ReportLanguages.check(reports, examData());
    ReportLanguages.check(reports, deliveryData());
    ReportLanguages.check(reports, new FakeOutcomes().score("sim", "1", "X", 40.0, 80.0));
    Report exams =
        reports.build(BengkuluReports.EXAMS, new ReportRequest(null, null, "en"), examData());
    assertEquals(
        "2 of 3 participants passed the exam (post-test score of at least 70.0).",
        exams.narrative().get(0));
    Report delivery =
        reports.build(
            BengkuluReports.DELIVERY, new ReportRequest(null, null, "en"), deliveryData());
    assertEquals(
        List.of("Face-to-face", "3", "2", "66.7", "1", "90.0", "40.0"),
        delivery.tables().get(0).rows().get(0));
    assertEquals(List.of("Face-to-face", "Online"), delivery.charts().get(0).labels());
  }

  /** Scores of two courses, one of them found too fast by half its participants. */
  private static FakeOutcomes examData() {
    return new FakeOutcomes()
        .score("sim", "1", "Biro Umum", 40.0, 80.0)
        .score("sim", "1", "Biro Umum", 60.0, 65.0)
        .score("sim", "1", "Biro Umum", null, 90.0)
        .score("proyek", "1", "Bappeda", 50.0, null)
        .respond(BengkuluForms.FEEDBACK, "sim", "1", "Biro Umum", Map.of("tempo", "Terlalu cepat"))
        .respond(BengkuluForms.FEEDBACK, "sim", "1", "Biro Umum", Map.of("tempo", "Sesuai"))
        .respond(BengkuluForms.FEEDBACK, "proyek", "1", "Bappeda", Map.of("tempo", "Sesuai"));
  }

  /** A face-to-face cohort and an online one, with scores. */
  private static FakeOutcomes deliveryData() {
    return new FakeOutcomes()
        .attend("sim", "A", "s1", "classroom", "X", true)
        .attend("sim", "A", "s1", "classroom", "X", true)
        .attend("sim", "A", "s2", "workshop", "X", false)
        .attend("sim", "B", "s1", "e-learning", "X", true)
        .attend("sim", "B", "s1", "e-learning", "X", false)
        .attend("sim", "B", "s2", "webinar", "X", false)
        .attend("sim", "B", "s2", "webinar", "X", false)
        .score("sim", "A", "X", 50.0, 90.0)
        .score("sim", "B", "X", 50.0, 70.0)
        .score("sim", "C", "X", 10.0, 20.0); // cohort without attendance: left out
  }
}
