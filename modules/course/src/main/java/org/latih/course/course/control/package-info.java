/**
 * Finding courses as a caller may see them and changing what staff may change; the visibility and
 * edit rules themselves are {@code api.CourseAccess}, shared with the other modules.
 */
package org.latih.course.course.control;
