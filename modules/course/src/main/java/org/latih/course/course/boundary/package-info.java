/** REST: the catalogue, a course's page, publication, attachments and package export. */
package org.latih.course.course.boundary;
