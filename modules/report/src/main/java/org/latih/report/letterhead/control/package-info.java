/** Keeping letterheads and handing them to other modules as the kernel's {@code Letterhead}. */
package org.latih.report.letterhead.control;
