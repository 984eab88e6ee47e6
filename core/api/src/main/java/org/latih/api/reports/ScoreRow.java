package org.latih.api.reports;

/** One participant's pre- and post-test scores in percent; either may be {@code null}. */
public record ScoreRow(String course, String cohort, String unitKerja, Double pre, Double post) {}
