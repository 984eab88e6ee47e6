/**
 * The dashboard's choices, read in a fixed number of statements: a person picks a course and a
 * cohort by title and a year from those that have data, never types a code.
 */
package org.latih.report.dashboard.control;
