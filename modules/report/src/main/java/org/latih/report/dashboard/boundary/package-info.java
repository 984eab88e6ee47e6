/**
 * What the evaluator dashboard's pickers offer: the region's courses and cohorts by title, units,
 * ranks, positions and the years that have data.
 */
package org.latih.report.dashboard.boundary;
