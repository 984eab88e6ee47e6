package org.latih.plugin.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.latih.api.reports.ReportRequest;

class TextsTest {

  @Test
  void indonesianByDefault() {
    for (String language : new String[] {null, "", "id", "id-ID", "fr"}) {
      Texts texts = Texts.of(TextsTest.class, language);
      assertEquals("id", texts.language(), language);
      assertEquals("3 dari 4 peserta tuntas (75,0%).", texts.get("completed", 3L, 4, 75.0));
    }
    assertEquals("id", Texts.of(TextsTest.class, (ReportRequest) null).language());
    assertEquals("id", Texts.of(TextsTest.class, new ReportRequest(null, 2025)).language());
  }

  @Test
  void englishWithItsDecimalPoint() {
    for (String language : new String[] {"en", "EN", "en-GB"}) {
      Texts texts = Texts.of(TextsTest.class, new ReportRequest(null, null, language));
      assertEquals("en", texts.language());
      assertEquals("3 of 4 participants completed (75.0%).", texts.get("completed", 3L, 4, 75.0));
      assertEquals("87.5", texts.decimal(87.46));
    }
  }

  @Test
  void indonesianOnAMachineWhoseDefaultLocaleIsEnglish() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
    try {
      assertEquals(
          "3 dari 4 peserta tuntas (75,0%).",
          Texts.of(TextsTest.class, "id").get("completed", 3, 4, 75.0));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void missingEnglishFallsBackToIndonesian() {
    assertEquals(
        "Hanya dalam bahasa Indonesia", Texts.of(TextsTest.class, "en").get("onlyIndonesian"));
    assertEquals("no.such.key", Texts.of(TextsTest.class, "en").get("no.such.key"));
  }

  @Test
  void yearsStayDigitsAndMissingValuesADash() {
    Texts texts = Texts.of(TextsTest.class, "id");
    assertEquals("IKM 2025", texts.get("year", 2025));
    assertEquals("IKM –", texts.get("year", (Object) null));
    assertEquals("–", texts.decimal(null));
    assertEquals("(tanpa unit kerja)", texts.unit(" "));
    assertEquals("(no unit kerja given)", Texts.of(TextsTest.class, "en").unit(null));
    assertEquals("Bappeda", texts.unit(" Bappeda "));
  }
}
