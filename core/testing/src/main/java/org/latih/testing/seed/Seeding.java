package org.latih.testing.seed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * What every step of one seed run shares: where rows go, where ids come from, the region, the clock
 * ("now", so a run is repeatable in tests) and one random source seeded per run.
 */
record Seeding(
    Rows rows,
    Ids ids,
    RegionSeed.Options options,
    long regionId,
    String regionName,
    String prefix,
    Random random) {

  /** Dates are the participants' calendar days, and Latih's people work in WIB. */
  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  RegionSeed.Size size() {
    return options.size();
  }

  Instant now() {
    return options.now();
  }

  LocalDate today() {
    return now().atZone(WIB).toLocalDate();
  }

  /** The first year that has cohorts: this year and the ones before it. */
  int firstYear() {
    return today().getYear() - size().years() + 1;
  }

  /** The first day of the first year: users and courses exist from before then. */
  Instant start() {
    return at(LocalDate.of(firstYear(), 1, 1), LocalTime.of(8, 0));
  }

  static Instant at(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(WIB).toInstant();
  }

  /** How a timestamp column takes an instant: UTC, as the app's converter stores it. */
  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
