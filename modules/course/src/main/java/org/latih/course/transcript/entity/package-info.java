/** JP credits: one per completed course, in the year of completion. */
package org.latih.course.transcript.entity;
