/**
 * The outcome report across courses: every enrolment in scope read as one row with its test
 * results, attendance, JP, action plan and reaction answers attached (a fixed number of
 * statements), then grouped and summed up here, with the previous year beside each group.
 */
package org.latih.report.outcome.control;
