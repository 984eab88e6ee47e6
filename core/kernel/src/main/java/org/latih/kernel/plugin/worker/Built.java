package org.latih.kernel.plugin.worker;

import org.latih.api.reports.Report;
import org.latih.worker.protocol.OutcomeParts;

/**
 * What a worker answered to a build: the report, or none when the plugin read parts of the outcome
 * data it was not sent; and every part it read.
 */
public record Built(Report report, OutcomeParts reads) {}
