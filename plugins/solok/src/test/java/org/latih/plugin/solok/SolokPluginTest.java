package org.latih.plugin.solok;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.latih.api.forms.FormDefinition;
import org.latih.api.reports.Report;
import org.latih.api.reports.ReportRequest;
import org.latih.plugin.testing.FakeOutcomes;
import org.latih.plugin.testing.FormRules;
import org.latih.plugin.testing.ReportLanguages;
import org.latih.plugin.testing.ReportRules;

class SolokPluginTest {

  private final SolokReports reports = new SolokReports();

  @Test
  void formsAreValid() {
    List<FormDefinition> forms = new SolokForms().forms();
    FormRules.check(forms);
    FormDefinition ethics =
        forms.stream().filter(f -> f.id().equals(SolokForms.ETHICS)).findFirst().orElseThrow();
    List<String> ids =
        ethics.sections().stream().flatMap(s -> s.items().stream()).map(i -> i.id()).toList();
    assertTrue(ids.containsAll(SolokForms.ETHICS_ITEMS));
  }

  @Test
  void citizenResponseAgainstPreviousYear() {
    FakeOutcomes data = ikmData();
    Report report = reports.build(SolokReports.PERIODIC, null, data);
    // 2025: mean(82, 78, 80) = 80; 2024: mean(76, 80) = 78
    assertEquals("80,0", report.keyFigures().get(0).value());
    assertEquals("78,0", report.keyFigures().get(1).value());
    assertEquals("2,0", report.keyFigures().get(2).value());
    assertEquals("4,5", report.keyFigures().get(3).value());
    assertEquals(
        List.of("Dinas Dukcapil", "76,0", "82,0", "6,0"), report.tables().get(0).rows().get(0));
    assertEquals(List.of("RSUD", "80,0", "79,0", "-1,0"), report.tables().get(0).rows().get(1));
    assertEquals(List.of("2024", "2025"), report.charts().get(0).labels());
    assertTrue(report.narrative().get(1).startsWith("1 dari 2"));
  }

  @Test
  void requestedYearWithoutPreviousYearDoesNotThrow() {
    FakeOutcomes data = new FakeOutcomes().indicator("RSUD", "Kepuasan masyarakat", "2025", 80);
    Report report = reports.build(SolokReports.PERIODIC, new ReportRequest(null, 2025), data);
    assertEquals("–", report.keyFigures().get(2).value());
  }

  @Test
  void participationPerUnitFlagsUnitsBelowAverage() {
    FakeOutcomes data = participationData();
    Report report = reports.build(SolokReports.PARTICIPATION, null, data);
    // rates: Bappeda 2/10 = 20 %, Dinas PU 1/20 = 5 %, Kecamatan X 0/8 = 0 %; mean 8,3 %
    List<List<String>> rows = report.tables().get(0).rows();
    assertEquals(List.of("Bappeda", "10", "2", "2", "20,0", "100,0", ""), rows.get(0));
    assertEquals(
        List.of("Dinas PU", "20", "1", "0", "5,0", "0,0", "Di bawah rata-rata"), rows.get(1));
    assertEquals(
        List.of("Kecamatan X", "8", "0", "0", "0,0", "–", "Di bawah rata-rata"), rows.get(2));
    assertEquals("8,3", report.keyFigures().get(1).value());
    assertEquals("2", report.keyFigures().get(2).value());
  }

  @Test
  void aUnitWithoutHeadCountIsNamedAndAttendanceElsewhereIsLeftOut() {
    FakeOutcomes data =
        participationData()
            .enrol("etika", "1", "Inspektorat", 2025, true, 10)
            .attend("etika", "1", "s1", "workshop", "Sekretariat", true);
    Report report = reports.build(SolokReports.PARTICIPATION, null, data);
    List<List<String>> rows = report.tables().get(0).rows();
    assertEquals(List.of("Inspektorat", "–", "1", "1", "–", "–", ""), rows.get(2));
    assertEquals(4, rows.size(), "Sekretariat has attendance only: no row");
    assertEquals("8,3", report.keyFigures().get(1).value(), "the mean of the units with a count");
    assertTrue(report.narrative().contains("Tanpa data jumlah ASN: Inspektorat."));
  }

  @Test
  void reportsKeepTheRules() {
    ReportRules.check(reports);
  }

  @Test
  void reportsSpeakEnglish() {
    ReportLanguages.checkBundles(SolokReports.class);
    ReportLanguages.check(reports, ikmData());
    ReportLanguages.check(reports, participationData());
    ReportLanguages.check(
        reports,
        new FakeOutcomes().indicator(null, "IKM", "2024", 80).indicator(null, "IKM", "2025", 70));
    Report periodic =
        reports.build(SolokReports.PERIODIC, new ReportRequest(null, null, "en"), ikmData());
    assertEquals(
        "The mean IKM for 2025 is 80.0, up 2.0 points from 78.0 in 2024.",
        periodic.narrative().get(0));
    Report participation =
        reports.build(
            SolokReports.PARTICIPATION, new ReportRequest(null, null, "en"), participationData());
    assertEquals(
        List.of("Dinas PU", "20", "1", "0", "5.0", "0.0", "Below average"),
        participation.tables().get(0).rows().get(1));
  }

  /** IKM of two units in 2024 and 2025, a head count, and an ethics rating. */
  private static FakeOutcomes ikmData() {
    return new FakeOutcomes()
        .indicator("Dinas Dukcapil", "IKM", "2024", 76)
        .indicator("Dinas Dukcapil", "IKM", "2025", 82)
        .indicator("RSUD", "IKM", "2024", 80)
        .indicator("RSUD", "IKM", "2025-Q1", 78)
        .indicator("RSUD", "IKM", "2025-Q2", 80)
        .indicator("RSUD", "jumlah-asn", "2025", 300)
        .respond(
            SolokForms.ETHICS, "etika", "1", "RSUD", Map.of("integritas", "4", "responsif", "5"));
  }

  /** Three units with head counts, two of them below the mean participation. */
  private static FakeOutcomes participationData() {
    return new FakeOutcomes()
        .enrol("etika", "1", "Bappeda", 2025, true, 10)
        .enrol("etika", "1", "Bappeda", 2025, true, 10)
        .enrol("etika", "1", "Dinas PU", 2025, false, 10)
        .indicator("Bappeda", "jumlah-asn", "2024", 50)
        .indicator("Bappeda", "jumlah-asn", "2025", 10)
        .indicator("Dinas PU", "jumlah-asn", "2025", 20)
        .indicator("Kecamatan X", "jumlah-asn", "2025", 8)
        .attend("etika", "1", "s1", "workshop", "Bappeda", true)
        .attend("etika", "1", "s1", "workshop", "Dinas PU", false);
  }
}
