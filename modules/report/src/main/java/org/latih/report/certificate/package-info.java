/**
 * Certificates (STTPP) for completed courses: issued once per enrolment with a number per region
 * and year and an unguessable verification code, verified publicly, revoked by the region's admins.
 */
package org.latih.report.certificate;
