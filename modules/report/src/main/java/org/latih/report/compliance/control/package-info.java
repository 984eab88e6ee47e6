/**
 * JP compliance: every active learner of a region with the JP credited to them in a year, against
 * the yearly target, per unit kerja, per person (paged and sorted by the database) and per month.
 * People with no training at all count with 0 JP: they are who the report is for.
 */
package org.latih.report.compliance.control;
