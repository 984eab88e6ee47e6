package org.latih.api.reports;

import java.util.List;

/** The report model the host renders to screen, PDF, XLSX and CSV. */
public record Report(
    String title,
    List<KeyFigure> keyFigures,
    List<Table> tables,
    List<Chart> charts,
    List<String> narrative) {}
