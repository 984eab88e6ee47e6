package org.latih.testing.seed;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Unit indicators (Kirkpatrick level 4) of every unit kerja for every seeded year: the IKM
 * (satisfaction index, which the Solok plugin reads), complaints (which Batanghari counts, fewer is
 * better) and the unit's head count, as a regional admin records them early the next year.
 */
final class Indicators {

  private Indicators() {}

  static void write(Seeding s, People people) throws SQLException {
    Rows.Table rows =
        s.rows()
            .table(
                "unit_indicators",
                "id",
                "region_id",
                "unit_kerja",
                "indicator",
                "period_label",
                "period_year",
                "indicator_value",
                "note",
                "recorded_by",
                "recorded_at");
    int[] headCount = new int[s.size().unitKerja()];
    people.learners.forEach(p -> headCount[p.unit()]++);
    for (int u = 0; u < headCount.length; u++) {
      String unit = Words.nth(Words.UNITS, u);
      for (int y = 0; y < s.size().years(); y++) {
        int year = s.firstYear() + y;
        Instant recorded = Seeding.at(LocalDate.of(year + 1, 1, 20), LocalTime.of(10, 0));
        if (recorded.isAfter(s.now())) {
          recorded = s.now().minusSeconds(86_400);
        }
        double ikm = 70 + 3 * y + (u * 7) % 15 + s.random().nextInt(30) / 10.0;
        double complaints = Math.max(0, 40 - 6 * y + (u * 5) % 11 - s.random().nextInt(5));
        Object[][] values = {
          {"ikm", ikm}, {"jumlah-pengaduan", complaints}, {"jumlah-asn", (double) headCount[u]}
        };
        for (Object[] v : values) {
          rows.add(
              s.ids().next("unit_indicators"),
              s.regionId(),
              unit,
              v[0],
              String.valueOf(year),
              year,
              v[1],
              null,
              people.admin.id(),
              Seeding.utc(recorded));
        }
      }
    }
    s.rows().flush();
  }
}
