package org.latih.api.reports;

/**
 * One participant at one session; {@code deliveryMode} is classroom, webinar, e-learning or
 * workshop.
 */
public record AttendanceRow(
    String course,
    String cohort,
    String session,
    String deliveryMode,
    String unitKerja,
    boolean present) {}
