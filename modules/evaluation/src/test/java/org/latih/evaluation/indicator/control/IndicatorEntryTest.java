package org.latih.evaluation.indicator.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.latih.kernel.rest.DomainException.FieldProblem;
import org.latih.kernel.rest.InvalidInputException;

class IndicatorEntryTest {

  @Test
  void aValidEntryIsCleaned() {
    IndicatorEntry e = IndicatorEntry.of("  Dinas   Kesehatan ", " IKM ", "2025-s1", 82.5, "  ");
    assertEquals("Dinas Kesehatan", e.unitKerja());
    assertEquals("ikm", e.indicator());
    assertEquals("2025-S1", e.period().label());
    assertEquals(82.5, e.value());
    assertNull(e.note());
  }

  @Test
  void everyWrongFieldIsNamedAtOnce() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> IndicatorEntry.of(" ", "jumlah pengaduan", "2025-Q5", Double.NaN, null));
    assertEquals(
        List.of("unitKerja", "indicator", "period", "value"),
        e.fieldProblems().stream().map(FieldProblem::field).toList());
  }

  @Test
  void indicatorNamesAreKebabCaseOfAtMostSixtyCharacters() {
    IndicatorEntry.of("Bappeda", "jumlah-asn", "2025", 10.0, null);
    IndicatorEntry.of("Bappeda", "a".repeat(60), "2025", 10.0, null);
    for (String bad :
        List.of("a".repeat(61), "-ikm", "ikm-", "ikm--baru", "ikm_baru", "ikm baru")) {
      InvalidInputException e =
          assertThrows(
              InvalidInputException.class,
              () -> IndicatorEntry.of("Bappeda", bad, "2025", 1.0, null),
              bad);
      assertEquals("indicator.name", e.fieldProblems().get(0).messageKey(), bad);
    }
  }

  @Test
  void aYearOutOfRangeSaysSo() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> IndicatorEntry.of("Bappeda", "ikm", "1999", 1.0, null));
    assertEquals("indicator.periodYear", e.fieldProblems().get(0).messageKey());
  }

  @Test
  void numbersAreReadWithADecimalCommaOrPoint() {
    assertEquals(87.5, IndicatorEntry.number("87,5"));
    assertEquals(87.5, IndicatorEntry.number(" 87.5 "));
    assertEquals(1234.5, IndicatorEntry.number("1.234,5"));
    assertEquals(1234.5, IndicatorEntry.number("1,234.5"));
    assertEquals(-3.0, IndicatorEntry.number("-3"));
    assertNull(IndicatorEntry.number("delapan"));
    assertNull(IndicatorEntry.number(""));
    assertNull(IndicatorEntry.number("1,2,3"));
  }
}
