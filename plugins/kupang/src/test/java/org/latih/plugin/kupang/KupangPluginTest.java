package org.latih.plugin.kupang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.latih.api.forms.Audience;
import org.latih.api.forms.FormDefinition;
import org.latih.api.forms.ItemKind;
import org.latih.api.forms.TimingKind;
import org.latih.api.reports.Report;
import org.latih.api.reports.ReportRequest;
import org.latih.plugin.testing.FakeOutcomes;
import org.latih.plugin.testing.FormRules;
import org.latih.plugin.testing.ReportLanguages;
import org.latih.plugin.testing.ReportRules;

class KupangPluginTest {

  private final KupangReports reports = new KupangReports();

  @Test
  void formsAreValid() {
    List<FormDefinition> forms = new KupangForms().forms();
    FormRules.check(forms);
    FormDefinition interview = find(forms, KupangForms.INTERVIEW);
    assertEquals(Audience.ORGANISER, interview.audience());
    assertTrue(
        interview.sections().stream()
                .flatMap(s -> s.items().stream())
                .filter(i -> i.kind() == ItemKind.TEXT)
                .count()
            >= 5);
    FormDefinition impact = find(forms, KupangForms.IMPACT);
    assertEquals(Audience.SUPERVISOR, impact.audience());
    assertEquals(TimingKind.AFTER_COMPLETION, impact.timing().kind());
    assertEquals(90, impact.timing().daysAfter());
  }

  @Test
  void deliveryMixFromAttendance() {
    FakeOutcomes data =
        new FakeOutcomes()
            .attend("waktu", "1", "s1", "classroom", "Setda", true)
            .attend("waktu", "1", "s1", "classroom", "Setda", false)
            .attend("waktu", "1", "s2", "workshop", "Setda", true)
            .attend("waktu", "1", "s3", "e-learning", "Setda", true)
            .attend("waktu", "1", "s3", "e-learning", "Setda", true)
            .attend("waktu", "1", "s4", "E-Learning", "Setda", false);
    Report report = reports.build(KupangReports.DELIVERY, null, data);
    assertEquals("4", report.keyFigures().get(0).value()); // s1, s2, s3, s4
    assertEquals("66,7", report.keyFigures().get(1).value()); // 4 of 6
    List<List<String>> rows = report.tables().get(0).rows();
    assertEquals(List.of("Kelas", "1", "2", "1", "50,0", "33,3"), rows.get(0));
    assertEquals(List.of("Workshop", "1", "1", "1", "100,0", "16,7"), rows.get(1));
    assertEquals(List.of("E-learning", "2", "3", "2", "66,7", "50,0"), rows.get(2));
    assertEquals(List.of("Kelas", "Workshop", "E-learning"), report.charts().get(0).labels());
  }

  @Test
  void anUnknownDeliveryModeCountsAsOtherAfterTheKnownOnes() {
    FakeOutcomes data =
        new FakeOutcomes()
            .attend("waktu", "1", "s1", "classroom", "Setda", true)
            .attend("waktu", "1", "s2", "hybrid", "Setda", false)
            .attend("waktu", "1", "s3", null, "Setda", true);
    Report report = reports.build(KupangReports.DELIVERY, null, data);
    List<List<String>> rows = report.tables().get(0).rows();
    assertEquals(List.of("Webinar", "0", "0", "0", "–", "0,0"), rows.get(3));
    assertEquals(List.of("Lainnya", "2", "2", "1", "50,0", "66,7"), rows.get(4));
    assertEquals(List.of("Kelas", "Lainnya"), report.charts().get(0).labels());
    assertEquals("2", report.keyFigures().get(2).value());
  }

  @Test
  void impactAndRequestedTopics() {
    FakeOutcomes data =
        new FakeOutcomes()
            .respond(
                KupangForms.IMPACT,
                "waktu",
                "1",
                "Setda",
                Map.of(
                    "kepemimpinan",
                    "4",
                    "komunikasi",
                    "5",
                    "perubahan-kinerja",
                    "Sedikit meningkat"))
            .respond(
                KupangForms.IMPACT,
                "waktu",
                "1",
                "Setda",
                Map.of("kepemimpinan", "3", "perubahan-kinerja", "Tidak berubah"))
            .respond(
                KupangForms.SURVEY,
                "waktu",
                "1",
                "Setda",
                Map.of(KupangForms.REQUESTED_TOPICS, "Perizinan; Teknologi informasi"))
            .respond(
                KupangForms.SURVEY,
                "waktu",
                "1",
                "Dinkes",
                Map.of(KupangForms.REQUESTED_TOPICS, "Teknologi informasi"))
            .respond(KupangForms.SURVEY, "waktu", "1", "Dinkes", Map.of());
    Report report = reports.build(KupangReports.IMPACT, null, data);
    assertEquals("50,0", report.keyFigures().get(1).value()); // 1 of 2 improved
    List<List<String>> skills = report.tables().get(0).rows();
    assertEquals(List.of("Kepemimpinan", "2", "3,5"), skills.get(0));
    assertEquals(List.of("Komunikasi", "1", "5,0"), skills.get(1));
    assertEquals(List.of("Kerja sama tim", "0", "–"), skills.get(2));
    List<List<String>> topics = report.tables().get(1).rows();
    assertEquals(List.of("Teknologi informasi", "2", "66,7"), topics.get(0));
    assertEquals(List.of("Perizinan", "1", "33,3"), topics.get(1));
    assertTrue(report.narrative().get(1).contains("Teknologi informasi"));
  }

  @Test
  void reportsSpeakEnglish() {
    FakeOutcomes data =
        new FakeOutcomes()
            .attend("waktu", "1", "s1", "classroom", "Setda", true)
            .attend("waktu", "1", "s2", "e-learning", "Setda", false)
            .attend("waktu", "1", "s3", "hybrid", "Setda", true)
            .respond(
                KupangForms.IMPACT,
                "waktu",
                "1",
                "Setda",
                Map.of("kepemimpinan", "4", "perubahan-kinerja", "Sedikit meningkat"))
            .respond(
                KupangForms.SURVEY,
                "waktu",
                "1",
                "Setda",
                Map.of(KupangForms.REQUESTED_TOPICS, "Perizinan"));
    ReportLanguages.checkBundles(KupangReports.class);
    ReportLanguages.check(reports, data);
    Report english =
        reports.build(KupangReports.DELIVERY, new ReportRequest(null, null, "en"), data);
    assertEquals("Training Delivery Mix", english.title());
    assertEquals(
        List.of("Classroom", "1", "1", "1", "100.0", "33.3"),
        english.tables().get(0).rows().get(0));
    assertEquals("Other", english.tables().get(0).rows().get(4).get(0));
    Report impact = reports.build(KupangReports.IMPACT, new ReportRequest(null, null, "en"), data);
    assertEquals(List.of("Leadership", "1", "4.0"), impact.tables().get(0).rows().get(0));
  }

  @Test
  void reportsKeepTheRules() {
    ReportRules.check(reports);
  }

  private static FormDefinition find(List<FormDefinition> forms, String id) {
    return forms.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }
}
