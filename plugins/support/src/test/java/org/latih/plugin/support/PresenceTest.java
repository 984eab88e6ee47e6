package org.latih.plugin.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.latih.api.reports.AttendanceRow;

class PresenceTest {

  private static AttendanceRow row(boolean present) {
    return new AttendanceRow("kursus", "1", "s1", "classroom", "Bappeda", present, null);
  }

  @Test
  void countsRecordsAndPresentAndAddsUp() {
    Presence unit = new Presence();
    assertNull(unit.rate(), "no rate without records");
    unit.count(row(true));
    unit.count(row(false));
    unit.count(row(true));
    Presence other = new Presence();
    other.count(row(false));
    Presence region = new Presence();
    region.add(unit);
    region.add(other);

    assertEquals(3, unit.records());
    assertEquals(2, unit.present());
    assertEquals(200.0 / 3, unit.rate());
    assertEquals(4, region.records());
    assertEquals(50.0, region.rate());
  }
}
