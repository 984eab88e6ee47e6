/** Finding courses as a caller may see them (CourseAccess holds the visibility and edit rules). */
package org.latih.course.course.control;
