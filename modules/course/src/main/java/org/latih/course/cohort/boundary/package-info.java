/** REST: cohorts and enrolment into them, singly or from a CSV of NIPs. */
package org.latih.course.cohort.boundary;
