/**
 * Issuing (numbering under a row lock), reading and rendering certificates as PDF with a QR code.
 */
package org.latih.report.certificate.control;
