package org.latih.evaluation.attendance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateTest {

  @Test
  void theRateIsPresentOfRecordedWithOneDecimal() {
    assertEquals(66.7, new Rate(2, 3).percent());
    assertEquals(100.0, new Rate(4, 4).percent());
    assertEquals(0.0, new Rate(0, 5).percent());
  }

  @Test
  void nothingRecordedHasNoRateRatherThanZero() {
    assertNull(Rate.NONE.percent());
  }

  @Test
  void morePresentThanRecordedIsImpossible() {
    assertThrows(IllegalArgumentException.class, () -> new Rate(3, 2));
    assertThrows(IllegalArgumentException.class, () -> new Rate(-1, 2));
  }

  @Test
  void groupedCountsAddUpPerKeyInTheKeysOrder() {
    Map<String, Rate> rates =
        Rate.of(
            List.of(
                new Rate.Count<>("Dinas Kesehatan", true, 3),
                new Rate.Count<>("Bappeda", false, 1),
                new Rate.Count<>("Dinas Kesehatan", false, 1),
                new Rate.Count<>("Bappeda", true, 1)),
            k -> k);
    assertEquals(List.of("Bappeda", "Dinas Kesehatan"), List.copyOf(rates.keySet()));
    assertEquals(new Rate(1, 2), rates.get("Bappeda"));
    assertEquals(new Rate(3, 4), rates.get("Dinas Kesehatan"));
    assertEquals(75.0, rates.get("Dinas Kesehatan").percent());
    assertEquals(new Rate(4, 6), Rate.total(rates.values()));
  }
}
