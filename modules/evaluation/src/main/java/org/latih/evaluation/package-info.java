/**
 * Evaluation: the regional plugins' forms filled in by the people they are meant for, their answers
 * aggregated, and the plugins' reports built over region-scoped outcome data.
 */
package org.latih.evaluation;
