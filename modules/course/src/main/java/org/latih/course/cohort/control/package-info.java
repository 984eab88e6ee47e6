/** Scheduling cohorts within a region, and bulk enrolment. */
package org.latih.course.cohort.control;
