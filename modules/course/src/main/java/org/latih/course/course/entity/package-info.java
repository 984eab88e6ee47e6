/** Courses with their modules, lessons, attachments and question files. */
package org.latih.course.course.entity;
