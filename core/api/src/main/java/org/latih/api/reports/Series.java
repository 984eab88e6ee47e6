package org.latih.api.reports;

import java.util.List;

/** One named series of a chart. */
public record Series(String name, List<Double> values) {}
