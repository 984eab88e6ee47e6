package org.latih.api.reports;

/** One enrolment. */
public record EnrolmentRow(
    String course, String cohort, String unitKerja, int year, boolean completed, int jp) {}
