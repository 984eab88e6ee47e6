package org.latih.api.reports;

import java.util.List;

/** A table of text cells. */
public record Table(String title, List<String> columns, List<List<String>> rows) {}
