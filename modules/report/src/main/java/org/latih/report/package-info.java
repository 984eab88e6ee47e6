/**
 * Reports: the core's own outcome figures across courses (JP compliance against the yearly target,
 * learning outcomes per course, cohort, unit kerja and year), their exports, the official documents
 * of a region (letterhead and signatory), certificates and transcripts. The plugins' reports stay
 * in the evaluation module; this module shows its own beside them.
 */
package org.latih.report;
