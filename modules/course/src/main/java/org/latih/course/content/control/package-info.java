/**
 * Course packages: reading (zip, folder), validating every file and link, importing idempotently by
 * id and version, rendering lessons to safe HTML, and exporting back to the same format.
 */
package org.latih.course.content.control;
