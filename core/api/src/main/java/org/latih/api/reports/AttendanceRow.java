package org.latih.api.reports;

/**
 * One participant at one session; {@code deliveryMode} is classroom, webinar, e-learning or
 * workshop. {@code absence} says why an absent participant was absent: {@code IZIN} (excused),
 * {@code SAKIT} (ill) or {@code ALPA} (absent without leave); null when present or not given.
 */
public record AttendanceRow(
    String course,
    String cohort,
    String session,
    String deliveryMode,
    String unitKerja,
    boolean present,
    String absence) {

  /** A row without an absence reason, as plugins written before reasons were recorded build it. */
  public AttendanceRow(
      String course,
      String cohort,
      String session,
      String deliveryMode,
      String unitKerja,
      boolean present) {
    this(course, cohort, session, deliveryMode, unitKerja, present, null);
  }
}
