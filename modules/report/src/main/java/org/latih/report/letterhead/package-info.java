/**
 * The region's letterhead (kop surat): agency, address, logo and signatory, set by the region's
 * admins and printed on every official PDF through the kernel's {@code Letterheads} seam.
 */
package org.latih.report.letterhead;
