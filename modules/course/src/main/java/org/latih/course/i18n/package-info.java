/** The course module's message bundle. */
package org.latih.course.i18n;
