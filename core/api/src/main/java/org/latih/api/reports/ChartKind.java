package org.latih.api.reports;

/** How a chart is drawn. */
public enum ChartKind {
  BAR,
  LINE,
  PIE
}
