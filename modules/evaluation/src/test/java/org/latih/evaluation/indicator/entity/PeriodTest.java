package org.latih.evaluation.indicator.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

  @ParameterizedTest
  @ValueSource(strings = {"2025", "2025-S1", "2025-S2", "2025-Q1", "2025-Q4", "2025-01", "2025-12"})
  void yearsSemestersQuartersAndMonthsAreAccepted(String label) {
    Period period = Period.parse(label);
    assertEquals(label, period.label());
    assertEquals(2025, period.year());
  }

  @Test
  void blanksAndCaseAreForgivenAndTheLabelIsWrittenOneWay() {
    assertEquals(new Period("2024-Q3", 2024), Period.parse(" 2024-q3 "));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "25",
        "2025-S3",
        "2025-Q5",
        "2025-13",
        "2025-00",
        "2025-7",
        "Q3-2025",
        "2025/07",
        "tahun 2025"
      })
  void otherFormsAreRefused(String label) {
    var e = assertThrows(Period.InvalidPeriodException.class, () -> Period.parse(label));
    assertFalse(e.yearOutOfRange());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1999", "2101-S1", "0000"})
  void yearsOutsideTwoThousandToTwentyOneHundredAreRefusedAsSuch(String label) {
    var e = assertThrows(Period.InvalidPeriodException.class, () -> Period.parse(label));
    assertTrue(e.yearOutOfRange());
  }

  @Test
  void theBoundaryYearsAreAccepted() {
    assertEquals(2000, Period.parse("2000").year());
    assertEquals(2100, Period.parse("2100-12").year());
  }

  @Test
  void nullIsRefused() {
    assertThrows(Period.InvalidPeriodException.class, () -> Period.parse(null));
  }
}
