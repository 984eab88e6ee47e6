package org.latih.plugin.support;

import org.latih.api.reports.AttendanceRow;

/**
 * Attendance records and how many of them were present: a unit kerja's, a session's, a delivery
 * mode's, or a region's when such tallies are added up.
 */
public final class Presence {

  private long records;
  private long present;

  public void count(AttendanceRow row) {
    records++;
    present += row.present() ? 1 : 0;
  }

  public void add(Presence other) {
    records += other.records;
    present += other.present;
  }

  public long records() {
    return records;
  }

  public long present() {
    return present;
  }

  /** The attendance rate in percent; null without records. */
  public Double rate() {
    return Outcomes.percent(present, records);
  }
}
