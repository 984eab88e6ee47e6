/** Cohorts (angkatan): scheduled runs of a course in a region. */
package org.latih.course.cohort.entity;
