package org.latih.kernel.plugin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.latih.api.reports.ReportDefinition;

class DefinitionsTest {

  private static final ReportDefinition SUMMARY =
      new ReportDefinition("ringkasan", "Ringkasan", "Jumlah peserta");
  private static final ReportDefinition DELIVERY =
      new ReportDefinition("bauran", "Bauran Metode", "Kehadiran per metode");

  private final Definitions kept =
      new Definitions(
          List.of(),
          List.of(SUMMARY, DELIVERY),
          Map.of("en", List.of(new ReportDefinition("ringkasan", "Summary", "Participants"))));

  @Test
  void reportsAreListedInTheReadersLanguageWhereThePluginTitledThem() {
    List<ReportDefinition> english = kept.reports("en");

    assertEquals(
        List.of("Summary", "Bauran Metode"), english.stream().map(r -> r.title()).toList());
    assertEquals(List.of(SUMMARY, DELIVERY), kept.reports("id"));
    assertEquals(List.of(SUMMARY, DELIVERY), kept.reports(null));
    assertEquals(List.of(SUMMARY, DELIVERY), kept.reports("fr"));
  }

  @Test
  void everyLanguageIsKeptWithTheInstall() {
    Definitions back = Definitions.parse(kept.json());

    assertEquals(kept, back);
    assertEquals("Summary", back.reports("en").get(0).title());
  }

  @Test
  void anInstallKeptBeforeLanguagesListsItsReportsInIndonesian() {
    Definitions old =
        Definitions.parse(
            "{\"forms\":[],\"reports\":[{\"id\":\"ringkasan\",\"title\":\"Ringkasan\","
                + "\"description\":\"Jumlah peserta\"}]}");

    assertTrue(old.reportsIn().isEmpty());
    assertTrue(old.keptBeforeLanguages(), "read again from the worker");
    assertEquals(List.of(SUMMARY), old.reports("en"));
    assertFalse(kept.keptBeforeLanguages());
    assertFalse(new Definitions(List.of(), List.of()).keptBeforeLanguages(), "forms only");
  }
}
