package org.latih.api.reports;

/** One value of a unit's performance indicator; {@code period} is e.g. 2025 or 2025-Q3. */
public record IndicatorRow(String unitKerja, String indicator, String period, double value) {}
