/** The plugins' reports over a region's outcome data. */
package org.latih.evaluation.report.control;
