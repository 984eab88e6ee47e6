/**
 * What the course module publishes about cohorts to the other modules: the {@link
 * org.latih.course.cohort.api.Cohort} entity, which attendance sessions belong to, and a lookup by
 * id.
 */
package org.latih.course.cohort.api;
