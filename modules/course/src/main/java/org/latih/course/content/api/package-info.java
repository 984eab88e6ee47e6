/**
 * What the course module publishes about course packages to the other modules: the validated
 * package, the check another module runs on its question files ({@link
 * org.latih.course.content.api.QuestionFileCheck}) with the problems it reports, and the event
 * fired when a package created or updated a course.
 */
package org.latih.course.content.api;
