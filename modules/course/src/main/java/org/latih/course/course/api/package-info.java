/**
 * What the course module publishes about courses to the other modules: the {@link
 * org.latih.course.course.api.Course} entity (other modules' entities refer to it, and their
 * queries join it), the rules of who may see and change one, lookups through {@link
 * org.latih.course.course.api.CourseCatalog}, its material as plain data, and the event fired when
 * one changes. Modules, lessons, attachments and question files stay in {@code entity}.
 */
package org.latih.course.course.api;
