package org.latih.api.reports;

/** A headline number. */
public record KeyFigure(String label, String value, String unit) {}
