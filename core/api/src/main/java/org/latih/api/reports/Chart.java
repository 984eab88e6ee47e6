package org.latih.api.reports;

import java.util.List;

/** A chart: one value per label in each series. */
public record Chart(ChartKind kind, String title, List<String> labels, List<Series> series) {}
