/**
 * Evaluation: the regional plugins' forms filled in by the people they are meant for, their answers
 * aggregated, attendance per session (who was there, the rates per cohort and unit kerja), unit
 * indicators such as complaints or the IKM (Kirkpatrick level 4), and the plugins' reports built
 * over all of this as region-scoped outcome data.
 */
package org.latih.evaluation;
